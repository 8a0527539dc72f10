import { describe, expect, it } from 'vitest';
import { SBIR_DEFAULT_CRITERIA } from '#shared/challenges/criteria.ts';
import { lotDraw, rank } from '#shared/evaluation/ranking.ts';

const criteria = SBIR_DEFAULT_CRITERIA[1]; // impact 40, technical feasibility 30, economic prospects 30
const proposal = (
  id: string,
  scores: [number, number, number][],
  requested = 5_000_000,
  submittedAt = '2026-01-01T00:00:00Z',
) => ({
  proposalId: id,
  companyKvk: '12345678',
  requestedAmountCents: requested,
  submittedAt,
  scores: scores.map(([impact, tech, econ]) => ({
    impact,
    'technical-feasibility': tech,
    'economic-prospects': econ,
  })),
});

describe('ranking', () => {
  it('weighs the mean per criterion over the assessors who scored', () => {
    const [first, second] = rank(
      [
        proposal('low', [[5, 5, 5]]),
        proposal('high', [
          [9, 6, 6],
          [7, 6, 6],
        ]),
      ],
      criteria,
    );
    expect(first).toMatchObject({
      rank: 1,
      proposalId: 'high',
      totalScore: 6.8,
      criterionScores: { impact: 8 },
      assessorCount: 2,
    });
    expect(second).toMatchObject({ rank: 2, proposalId: 'low', totalScore: 5 });
  });

  it('breaks a tie on the most heavily weighted criterion first', () => {
    // Both total 6.0: a has impact 7.5 (weight 40%), b has impact 4.5.
    const ranked = rank([proposal('b', [[4.5, 8, 6]]), proposal('a', [[7.5, 4, 6]])], criteria);
    expect(ranked.map((r) => r.proposalId)).toEqual(['a', 'b']);
  });

  it('leaves a tie on every criterion to the lot at the decision — not to price or submission time', () => {
    const same: [number, number, number][] = [[7, 7, 7]];
    const tied = [
      proposal('dear-early', same, 5_000_000, '2026-01-01T00:00:00Z'),
      proposal('cheap-late', same, 4_000_000, '2026-01-02T00:00:00Z'),
      proposal('other', [[5, 5, 5]]),
    ];
    // Before the decision: marked as undecided; the order shown is only the ids'.
    const undecided = rank(tied, criteria);
    expect(undecided.map((r) => [r.proposalId, r.tie])).toEqual([
      ['cheap-late', 'lot-at-decision'],
      ['dear-early', 'lot-at-decision'],
      ['other', undefined],
    ]);
    // At the decision: the lowest SHA-256(decision id : proposal id) goes first, the same every time.
    const decisionId = '00000000-0000-4000-8000-000000000001';
    const drawn = rank(tied, criteria, 0, decisionId);
    const expected = ['dear-early', 'cheap-late'].sort((a, b) =>
      lotDraw(decisionId, a).localeCompare(lotDraw(decisionId, b)),
    );
    expect(drawn.slice(0, 2).map((r) => [r.proposalId, r.tie])).toEqual(
      expected.map((id) => [id, 'settled-by-lot']),
    );
    expect(rank([...tied].reverse(), criteria, 0, decisionId).map((r) => r.proposalId)).toEqual(
      drawn.map((r) => r.proposalId),
    );
    // Another decision id can draw the other way: over many, both orders occur.
    const firsts = new Set(
      Array.from({ length: 20 }, (_, i) => rank(tied, criteria, 0, `decision-${i}`)[0]!.proposalId),
    );
    expect(firsts).toEqual(new Set(['dear-early', 'cheap-late']));
  });

  it('marks who meets the minimum score and adds up the requested amounts of those who do', () => {
    const ranked = rank(
      [
        proposal('a', [[8, 8, 8]], 3_000_000),
        proposal('b', [[3, 3, 3]], 2_000_000),
        proposal('c', [[7, 7, 7]], 4_000_000),
      ],
      criteria,
      6,
    );
    expect(ranked.map((r) => [r.proposalId, r.meetsThreshold, r.cumulativeRequestedCents])).toEqual([
      ['a', true, 3_000_000],
      ['c', true, 7_000_000],
      ['b', false, 0],
    ]);
  });
});

describe('price by the announced formula', () => {
  const partnership = [
    { key: 'quality' as const, weightBasisPoints: 6000 },
    { key: 'price' as const, weightBasisPoints: 4000 },
  ];
  const offer = (id: string, quality: number[], priceCents: number) => ({
    proposalId: id,
    companyKvk: '12345678',
    requestedAmountCents: priceCents,
    submittedAt: '2026-01-01T00:00:00Z',
    scores: quality.map((q) => ({ quality: q })),
  });

  it('scores the lowest tendered price 10 and another lowest ÷ price × 10, whatever assessors might think', () => {
    const ranked = rank(
      [offer('dear', [9, 9], 6_000_000), offer('cheap', [6, 6], 3_000_000), offer('middle', [8], 4_000_000)],
      partnership,
    );
    expect(ranked.map((r) => [r.proposalId, r.criterionScores.price, r.totalScore])).toEqual([
      ['middle', 7.5, 7.8], // 8 × 0,6 + (3 ÷ 4 × 10) × 0,4
      ['cheap', 10, 7.6], // 6 × 0,6 + 10 × 0,4
      ['dear', 5, 7.4], // 9 × 0,6 + (3 ÷ 6 × 10) × 0,4
    ]);
  });

  it('flags a price more than 30% below the mean of the others, only where price is a criterion and three or more bid', () => {
    const priced = [
      { key: 'quality' as const, weightBasisPoints: 6000 },
      { key: 'price' as const, weightBasisPoints: 4000 },
    ];
    const bid = (id: string, cents: number) => ({
      proposalId: id,
      companyKvk: '12345678',
      requestedAmountCents: cents,
      submittedAt: '2026-01-01T00:00:00Z',
      scores: [{ quality: 7 }],
    });
    const flagged = (bids: ReturnType<typeof bid>[], c = priced) =>
      rank(bids, c)
        .filter((r) => r.abnormallyLow)
        .map((r) => r.proposalId);
    // 60k against a mean of 95k: 63% — flagged; 67k against 95k: 70.5% — not.
    expect(flagged([bid('a', 10_000_000), bid('b', 9_000_000), bid('c', 6_000_000)])).toEqual(['c']);
    expect(flagged([bid('a', 10_000_000), bid('b', 9_000_000), bid('c', 6_700_000)])).toEqual([]);
    // Two bids: no mean of others to speak of; no price criterion: nothing to judge.
    expect(flagged([bid('a', 10_000_000), bid('c', 1_000_000)])).toEqual([]);
    expect(
      flagged(
        [bid('a', 10_000_000), bid('b', 9_000_000), bid('c', 1_000_000)],
        [{ key: 'quality', weightBasisPoints: 10_000 }],
      ),
    ).toEqual([]);
  });
});
