import { describe, expect, it } from 'vitest';
import { SBIR_DEFAULT_CRITERIA } from '#shared/challenges/criteria.ts';
import { rank } from '#shared/evaluation/ranking.ts';

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

  it('then on the lower requested amount, then on the earlier submission', () => {
    const same: [number, number, number][] = [[7, 7, 7]];
    expect(
      rank([proposal('dear', same, 5_000_000), proposal('cheap', same, 4_000_000)], criteria).map(
        (r) => r.proposalId,
      ),
    ).toEqual(['cheap', 'dear']);
    expect(
      rank(
        [
          proposal('late', same, 1, '2026-01-02T00:00:00Z'),
          proposal('early', same, 1, '2026-01-01T00:00:00Z'),
        ],
        criteria,
      ).map((r) => r.proposalId),
    ).toEqual(['early', 'late']);
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
