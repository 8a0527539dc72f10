import { describe, expect, it } from 'vitest';
import { compose, render } from '#shared/notifications/messages.ts';

const call = {
  challengeId: 'c1',
  title: { nl: 'SBIR Schone sluizen', en: 'SBIR Clean locks' },
  theme: 'landbouw-water-voedsel' as const,
  buyerName: 'Provincie Zuid-Holland',
  buyerOin: '00000001234567890000',
  funderOins: [],
  firstDeadline: '2027-01-02T16:00:00.000Z',
};
const urls = { page: 'https://x/p', unsubscribe: 'https://x/u', preferences: 'https://x/e' };

describe('message texts', () => {
  it('names a follow-up round’s due day, not a minute past midnight', () => {
    for (const [language, expected] of [
      ['nl', 'Verwacht sinds 23 januari 2029.'],
      ['en', 'Due since 23 January 2029.'],
    ] as const)
      expect(compose.followUpDue(call, 2, '2029-01-22T23:01:00.000Z', language).lines).toContain(expected);
  });

  it('tells the buyer a phase closed without proposals has nothing to score', () => {
    expect(compose.phaseClosed(call, 1, 0, 'nl').lines[1]).toMatch(/geen voorstel binnengekomen/);
    expect(compose.phaseClosed(call, 1, 3, 'nl').lines[1]).toMatch(/open voor de commissieleden/);
    expect(compose.phaseClosed(call, 1, 0, 'en').lines[1]).toMatch(/nothing to score/);
  });

  it('counts the scored proposals in words', () => {
    expect(compose.committeeFinished(call, 1, 4, 'en').lines[0]).toMatch(
      /^All 4 proposals of phase 1 have been scored/,
    );
    expect(compose.committeeFinished(call, 1, 1, 'nl').lines[0]).toMatch(
      /^Het enige voorstel van fase 1 is beoordeeld/,
    );
  });

  it('escapes what people typed in the HTML and keeps the text plain', () => {
    const hostile = { ...call, title: { nl: 'Sluis <script>alert(1)</script> & co' } };
    const mail = render(compose.newCall(hostile, 'Water', 'nl'), 'new-call', 'nl', urls);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Sluis &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(mail.text).toContain('Sluis <script>alert(1)</script> & co');
    expect(mail.text).toContain('Stop deze e-mails: https://x/u');
  });
});
