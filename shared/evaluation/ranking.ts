import type { Criterion } from '#shared/challenges/model.ts';

/**
 * The ranking, as a pure function. Each proposal's score per criterion is the mean over the
 * assessors who did not recuse themselves; its total is the weighted sum (0–10).
 *
 * Ties are broken, in this order, by:
 *  1. the higher mean on the most heavily weighted criterion (then the next, and so on);
 *  2. the lower requested amount (more of the budget left for others);
 *  3. the earlier submission.
 */
export interface RankInput {
  proposalId: string;
  companyKvk: string;
  requestedAmountCents: number;
  submittedAt: string;
  /** Per assessor who scored it: criterion → score 0–10. */
  scores: Record<string, number>[];
}

export interface Ranked {
  rank: number;
  proposalId: string;
  companyKvk: string;
  requestedAmountCents: number;
  /** Weighted total, 0–10, rounded to 3 decimals for display (ranking uses the exact value). */
  totalScore: number;
  criterionScores: Record<string, number>;
  assessorCount: number;
  meetsThreshold: boolean;
  /** Requested amounts of this and all better-ranked proposals that meet the threshold. */
  cumulativeRequestedCents: number;
}

export function rank(
  inputs: readonly RankInput[],
  criteria: readonly Criterion[],
  minimumScore = 0,
): Ranked[] {
  const byWeight = [...criteria].sort(
    (a, b) => b.weightBasisPoints - a.weightBasisPoints || a.key.localeCompare(b.key),
  );
  const scored = inputs.map((input) => {
    const means: Record<string, number> = {};
    for (const c of criteria) {
      const values = input.scores.map((s) => s[c.key]!);
      means[c.key] = values.reduce((a, b) => a + b, 0) / values.length;
    }
    const total = criteria.reduce((sum, c) => sum + (means[c.key]! * c.weightBasisPoints) / 10_000, 0);
    return { input, means, total };
  });
  const EPSILON = 1e-9;
  scored.sort((a, b) => {
    if (Math.abs(a.total - b.total) > EPSILON) return b.total - a.total;
    for (const c of byWeight) {
      const d = b.means[c.key]! - a.means[c.key]!;
      if (Math.abs(d) > EPSILON) return d;
    }
    return (
      a.input.requestedAmountCents - b.input.requestedAmountCents ||
      a.input.submittedAt.localeCompare(b.input.submittedAt)
    );
  });
  let cumulative = 0;
  return scored.map(({ input, means, total }, index) => {
    const meetsThreshold = total + EPSILON >= minimumScore;
    if (meetsThreshold) cumulative += input.requestedAmountCents;
    return {
      rank: index + 1,
      proposalId: input.proposalId,
      companyKvk: input.companyKvk,
      requestedAmountCents: input.requestedAmountCents,
      totalScore: Math.round(total * 1000) / 1000,
      criterionScores: Object.fromEntries(
        Object.entries(means).map(([k, v]) => [k, Math.round(v * 1000) / 1000]),
      ),
      assessorCount: input.scores.length,
      meetsThreshold,
      cumulativeRequestedCents: meetsThreshold ? cumulative : 0,
    };
  });
}
