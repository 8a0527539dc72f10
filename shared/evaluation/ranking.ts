import { createHash, randomBytes } from 'node:crypto';
import { priceScore } from '#shared/challenges/criteria.ts';
import type { Criterion } from '#shared/challenges/model.ts';

/**
 * The ranking, as a pure function. Each proposal's score per criterion is the mean over the
 * assessors who did not recuse themselves — except price, which the announced formula scores on
 * the tendered prices (PRICE_FORMULA); its total is the weighted sum (0–10).
 *
 * Ties are broken as every call announces (`TIE_BREAK`): by the higher mean on the most heavily
 * weighted criterion, then the next, and so on; a tie that survives every criterion is settled
 * by drawing lots at the award decision — not by price or by who submitted first. Nobody controls
 * the lot: at publication the server draws a secret seed per phase and publishes its SHA-256 (the
 * commitment); each tied proposal draws SHA-256(seed + ":" + proposal id), the lowest first, and
 * the decision reveals the seed, so anyone can check it against the commitment and redo the draw.
 * Before the decision such a tie is shown as undecided (`tie: 'lot-at-decision'`, in proposal-id order).
 */
export const TIE_BREAK = {
  nl: 'Bij een gelijke totaalscore gaat het voorstel met de hoogste gemiddelde score op het zwaarst wegende criterium voor, dan op het volgende criterium, enzovoort. Is het daarna nog gelijk, dan beslist loting bij de gunningsbeslissing. Niemand kan die loting sturen: bij de publicatie trekt het systeem per fase een geheim getal en publiceert daarvan alleen een controlecode. Elk gelijk geëindigd voorstel trekt een code uit dat getal en het voorstelnummer; de laagste trekking gaat voor. De beslissing maakt het getal bekend, zodat iedereen de loting kan nadoen.',
  en: 'With equal total scores, the proposal with the higher mean score on the most heavily weighted criterion goes first, then the next criterion, and so on. A tie that remains is settled by drawing lots at the award decision. Nobody can steer that lot: at publication the system draws a secret number per phase and publishes its SHA-256; each tied proposal draws the SHA-256 of that number and the proposal id, lowest first. The decision reveals the number, so anyone can redo the draw.',
};

/** A proposal's lot: the same for anyone who redoes it with the revealed seed. */
export const lotDraw = (seed: string, proposalId: string): string =>
  createHash('sha256').update(`${seed}:${proposalId}`).digest('hex');

/** The commitment published before anyone can see a tie: SHA-256 of the seed. */
export const lotCommitment = (seed: string): string => createHash('sha256').update(seed).digest('hex');

/** A fresh seed (256 bits, hex). */
export const newLotSeed = (): string => randomBytes(32).toString('hex');

/**
 * A tender whose price lies more than 30% below the mean of the other tenders' prices looks
 * abnormally low (Aw 2012 art. 2.116, Directive 2014/24 art. 69): a screening, not a verdict. The
 * buyer must ask the bidder to explain its price before awarding it, and may reject it only after
 * judging that explanation. Only where price is a criterion, and with at least three tenders.
 */
export const ABNORMALLY_LOW_SHARE = 0.7;

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
  /** Equal on every criterion with a neighbour: lots decide (at the decision), or decided (in it). */
  tie?: 'lot-at-decision' | 'settled-by-lot';
  /** Its price is more than 30% below the others' mean: explain before awarding (`ABNORMALLY_LOW_SHARE`). */
  abnormallyLow?: true;
}

export function rank(
  inputs: readonly RankInput[],
  criteria: readonly Criterion[],
  minimumScore = 0,
  /** The phase's lot seed, revealed at the award decision: settles ties that survive the criteria. */
  lotSeed?: string,
): Ranked[] {
  const byWeight = [...criteria].sort(
    (a, b) => b.weightBasisPoints - a.weightBasisPoints || a.key.localeCompare(b.key),
  );
  const lowestPrice = Math.min(...inputs.map((i) => i.requestedAmountCents));
  const scored = inputs.map((input) => {
    const means: Record<string, number> = {};
    for (const c of criteria) {
      if (c.key === 'price') {
        means[c.key] = priceScore(input.requestedAmountCents, lowestPrice);
        continue;
      }
      const values = input.scores.map((s) => s[c.key]!);
      means[c.key] = values.reduce((a, b) => a + b, 0) / values.length;
    }
    const total = criteria.reduce((sum, c) => sum + (means[c.key]! * c.weightBasisPoints) / 10_000, 0);
    return { input, means, total };
  });
  const EPSILON = 1e-9;
  const onCriteria = (a: (typeof scored)[number], b: (typeof scored)[number]) => {
    if (Math.abs(a.total - b.total) > EPSILON) return b.total - a.total;
    for (const c of byWeight) {
      const d = b.means[c.key]! - a.means[c.key]!;
      if (Math.abs(d) > EPSILON) return d;
    }
    return 0;
  };
  const lot = (id: string) => (lotSeed ? lotDraw(lotSeed, id) : id);
  scored.sort((a, b) => onCriteria(a, b) || lot(a.input.proposalId).localeCompare(lot(b.input.proposalId)));
  const tied = new Set(
    scored.flatMap((s, i) =>
      [scored[i - 1], scored[i + 1]].some((n) => n && onCriteria(n, s) === 0) ? [s.input.proposalId] : [],
    ),
  );
  const pricesCount = criteria.some((c) => c.key === 'price') && inputs.length >= 3;
  const sum = inputs.reduce((s, i) => s + i.requestedAmountCents, 0);
  const looksLow = (input: RankInput) =>
    pricesCount &&
    input.requestedAmountCents <
      ABNORMALLY_LOW_SHARE * ((sum - input.requestedAmountCents) / (inputs.length - 1));
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
      ...(tied.has(input.proposalId)
        ? { tie: lotSeed ? ('settled-by-lot' as const) : ('lot-at-decision' as const) }
        : {}),
      ...(looksLow(input) ? { abnormallyLow: true as const } : {}),
    };
  });
}
