import { describe, expect, it } from 'vitest';
import { asOfYear, type FundingConsent, sameFunding } from '#shared/funding/consent.ts';

const funding = {
  totalBudgetCents: 100_000_000,
  instrument: 'sbir' as const,
  phases: [
    { number: 1, budgetCents: 40_000_000 },
    { number: 2, budgetCents: 60_000_000 },
  ],
  funders: [
    { oin: 'EZK', name: 'EZK', side: 'ezk', shareBasisPoints: 5000 },
    { oin: 'ZH', name: 'Zuid-Holland', side: 'others', shareBasisPoints: 5000 },
  ],
} as Parameters<typeof sameFunding>[0];

describe('what a co-funder’s consent covers', () => {
  it('stands for a change that is no money (the same instrument, phases, shares and total)', () => {
    expect(sameFunding(funding, { ...funding })).toBe(true);
  });

  it('is asked again for another instrument, another split over the phases, other shares or another total', () => {
    expect(sameFunding(funding, { ...funding, instrument: 'innovation-partnership' })).toBe(false);
    const split = [
      { number: 1, budgetCents: 90_000_000 },
      { number: 2, budgetCents: 10_000_000 },
    ];
    expect(sameFunding(funding, { ...funding, phases: split })).toBe(false);
    const shares = funding.funders.map((f, i) => ({ ...f, shareBasisPoints: i === 0 ? 6000 : 4000 }));
    expect(sameFunding(funding, { ...funding, funders: shares })).toBe(false);
    expect(sameFunding(funding, { ...funding, totalBudgetCents: 100_000_001 })).toBe(false);
  });

  it('is asked again when a co-funder is to pay the company directly instead of settling, or back', () => {
    const direct = funding.funders.map((f) => (f.oin === 'ZH' ? { ...f, paysDirectly: true } : f));
    expect(sameFunding(funding, { ...funding, funders: direct })).toBe(false);
    expect(sameFunding({ ...funding, funders: direct }, funding)).toBe(false);
    // Saying `false` is saying nothing: the same.
    const stated = funding.funders.map((f) => ({ ...f, paysDirectly: false }));
    expect(sameFunding(funding, { ...funding, funders: stated })).toBe(true);
  });

  it('shows an approval of an earlier programme year as asked again', () => {
    const approved = { status: 'approved', programmeYear: 2026 } as FundingConsent;
    expect(asOfYear(approved, 2027).status).toBe('requested');
    expect(asOfYear(approved, 2026).status).toBe('approved');
    expect(asOfYear({ ...approved, status: 'declined' }, 2027).status).toBe('declined');
  });
});
