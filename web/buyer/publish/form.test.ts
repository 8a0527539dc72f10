import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { publishMapping } from './form.ts';

describe('publishing a call', () => {
  it('names each funder that is short, and by how much, or each that has not consented', () => {
    const mapped = publishMapping({}, testView());
    expect(mapped.body).toBeUndefined();
    const short = mapped.explain?.({
      type: 'envelope-exhausted',
      status: 422,
      detail: '',
      shortfalls: [{ funder: 'Provincie Zuid-Holland', shortfallCents: 2_500_000 }],
    });
    expect(short).toHaveLength(1);
    expect(short?.[0]).toContain('Provincie Zuid-Holland');
    expect(short?.[0]).toContain('25.000,00');
    const missing = mapped.explain?.({
      type: 'consent-missing',
      status: 409,
      detail: '',
      missing: [{ funder: 'Ministerie van IenW', status: 'declined' }],
    });
    expect(missing?.[0]).toContain('Ministerie van IenW');
    const overCap = mapped.explain?.({
      type: 'over-per-challenge-cap',
      status: 422,
      detail: '',
      caps: [{ funder: 'EZK', maxPerChallengeCents: 50_000_000, neededCents: 60_000_000 }],
    });
    expect(overCap?.[0]).toMatch(/EZK.*500\.000,00.*100\.000,00/);
    const absent = mapped.explain?.({
      type: 'no-envelope',
      status: 422,
      detail: '',
      year: 2027,
      funders: [{ funder: 'Provincie Zeeland' }],
    });
    expect(absent?.[0]).toMatch(/Provincie Zeeland.*2027.*programmabureau/);
    // Any other refusal: nothing to explain, so the problem's own text is shown.
    expect(mapped.explain?.({ type: 'not-a-draft', status: 409, detail: '' })).toEqual([]);
  });
});
