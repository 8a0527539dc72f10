import { describe, expect, it } from 'vitest';
import { fieldText } from '#web/i18n/fields.ts';
import { eurosForInput, formatDateTime, formatMoney, parseEuros, timeLeft } from '#web/i18n/format.ts';
import { problemText } from '#web/i18n/problems.ts';
import { parsePercent } from '#web/kit/forms.ts';

describe('how the site writes and reads money, dates and refusals', () => {
  it('writes amounts the Dutch and the English way, with a no-break space after the euro sign in Dutch', () => {
    expect(formatMoney(250_000_000, 'nl')).toBe('€\u00a02.500.000,00');
    expect(formatMoney(250_000_000, 'en')).toBe('€2,500,000.00');
    expect(formatMoney(4_132_231, 'nl')).toBe('€\u00a041.322,31');
  });

  it('reads amounts as people type them, to the cent, and refuses what is not an amount', () => {
    expect(parseEuros('50000')).toBe(5_000_000);
    expect(parseEuros('50.000')).toBe(5_000_000);
    expect(parseEuros('€ 49.999,5')).toBe(4_999_950);
    expect(parseEuros('50.000,00')).toBe(5_000_000);
    expect(parseEuros('50,000.00')).toBe(5_000_000);
    expect(parseEuros('1.250.000')).toBe(125_000_000);
    for (const bad of ['', 'veel', '-5', '12a', '1e6']) expect(parseEuros(bad), bad).toBeUndefined();
    // What the site writes back into a form reads as the same amount.
    for (const cents of [1, 99, 4_950_000, 123_456_789])
      for (const lang of ['nl', 'en'] as const) expect(parseEuros(eurosForInput(cents, lang))).toBe(cents);
  });

  it('shows deadlines in Amsterdam time with the weekday, summer and winter alike', () => {
    expect(formatDateTime('2027-01-10T16:00:00Z', 'nl')).toBe('zondag 10 januari 2027, 17:00');
    expect(formatDateTime('2026-07-03T15:00:00Z', 'nl')).toBe('vrijdag 3 juli 2026, 17:00');
    expect(formatDateTime('2027-01-10T16:00:00Z', 'en')).toBe('Sunday, 10 January 2027, 17:00');
  });

  it('says how long is left in the two largest units, and nothing once the deadline has passed', () => {
    const now = new Date('2026-11-27T10:00:00Z');
    expect(timeLeft('2026-11-30T14:00:00Z', now, 'nl')).toBe('nog 3 dagen en 4 uur');
    expect(timeLeft('2026-11-27T10:45:00Z', now, 'en')).toBe('45 minutes left');
    expect(timeLeft('2026-11-28T11:00:00Z', now, 'nl')).toBe('nog 1 dag en 1 uur');
    expect(timeLeft('2026-11-27T09:00:00Z', now, 'nl')).toBeUndefined();
  });

  it('reads percentages in basis points', () => {
    expect(parsePercent('50')).toBe(5000);
    expect(parsePercent('33,33')).toBe(3333);
    expect(parsePercent('12.5%')).toBe(1250);
    expect(parsePercent('veel')).toBeUndefined();
  });

  it('puts the API’s refusals in the reader’s words, most specific field first, never the raw text', () => {
    expect(problemText('https://innovatiemarkt.nl/problems/deadline-passed', 'nl')).toContain(
      'sluitingsdatum',
    );
    expect(problemText('https://innovatiemarkt.nl/problems/something-new', 'en')).toBe(
      'This could not be processed. Check what you entered and try again.',
    );
    expect(fieldText('body.phases.1.budgetCents', 'nl')).toContain('budget');
    expect(fieldText('body.documents.0.url', 'en')).toContain('https://');
    expect(fieldText('body.somethingElse', 'nl')).toBe('Dit veld is niet goed ingevuld.');
  });
});
