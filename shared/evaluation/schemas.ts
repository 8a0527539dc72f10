import * as z from 'zod/mini';
import {
  criterionKeySchema,
  EXCLUSION_GROUNDS,
  type ExclusionGround,
  nameSchema,
  oinSchema,
} from '#shared/kernel/vocabulary.ts';

const assessorId = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(128),
    z.regex(/^[A-Za-z0-9._@-]+$/, 'letters, digits and . _ @ -'),
  );

export const committeeBody = z.strictObject({
  /** Each assessor signs in with role `assessor`, organisation = their body's OIN, subject = assessorId. */
  assessors: z
    .array(
      z.strictObject({
        oin: oinSchema,
        assessorId,
        name: z.optional(nameSchema(1, 200)),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  /** Why the committee changes; required (and logged) once an upheld complaint reopened the evaluation. */
  reason: z.optional(z.string().check(z.trim(), z.minLength(10), z.maxLength(2_000))),
});

export const committeeView = z.object({
  challengeId: z.uuid(),
  phase: z.int(),
  assessors: z.array(z.object({ oin: z.string(), assessorId: z.string(), name: z.optional(z.string()) })),
  namedAt: z.string(),
  reopened: z.optional(z.object({ version: z.int(), reason: z.string(), at: z.string() })),
  changes: z.optional(
    z.array(
      z.object({
        at: z.string(),
        reason: z.string(),
        assessors: z.array(
          z.object({ oin: z.string(), assessorId: z.string(), name: z.optional(z.string()) }),
        ),
      }),
    ),
  ),
});

export const declarationsBody = z.strictObject({
  declarations: z
    .array(
      z.strictObject({
        proposalId: z.uuid(),
        /** true: I have a conflict of interest and recuse myself from this proposal. */
        conflictOfInterest: z.boolean(),
        note: z.optional(z.string().check(z.trim(), z.maxLength(1_000))),
      }),
    )
    .check(z.minLength(1))
    // Two writes per declaration must fit one transaction (100 items).
    .check(z.maxLength(45)),
});

export const declarationsView = z.object({
  declarations: z.array(z.object({ proposalId: z.uuid(), recused: z.boolean(), declaredAt: z.string() })),
});

export const scoresBody = z
  .strictObject({
    /**
     * One score per criterion of the phase, whole numbers 0–10, each with why: the decision
     * letter quotes it beside the score, so a bidder reads per criterion what the committee saw.
     */
    scores: z
      .array(
        z.strictObject({
          criterion: criterionKeySchema,
          score: z.int().check(z.gte(0), z.lte(10)),
          motivation: z.optional(z.string().check(z.trim(), z.minLength(10), z.maxLength(2_000))),
        }),
      )
      .check(z.minLength(1), z.maxLength(5)),
    /** The overall judgement; may be left out when every criterion has its own motivation. */
    motivation: z.optional(z.string().check(z.trim(), z.minLength(20), z.maxLength(5_000))),
  })
  .check(
    z.refine((b) => b.motivation !== undefined || b.scores.every((s) => s.motivation !== undefined), {
      message: 'motivate each criterion, or give an overall motivation',
      path: ['motivation'],
    }),
  );

export const scoresView = z.object({
  proposalId: z.uuid(),
  assessor: z.object({ oin: z.string(), assessorId: z.string() }),
  scores: z.array(
    z.object({ criterion: criterionKeySchema, score: z.int(), motivation: z.optional(z.string()) }),
  ),
  motivation: z.string(),
  scoredAt: z.string(),
});

export { EXCLUSION_GROUNDS, type ExclusionGround };

export const exclusionBody = z
  .strictObject({
    proposalId: z.uuid(),
    ground: z.enum(EXCLUSION_GROUNDS),
    /** Why, in words the bidder reads in its letter. */
    motivation: z.string().check(z.trim(), z.minLength(20), z.maxLength(4_000)),
    /** Abnormally low: the day the bidder was asked to explain its price (required for that ground). */
    explanationRequestedOn: z.optional(z.iso.date()),
  })
  .check(
    z.refine((b) => b.ground !== 'abnormally-low' || b.explanationRequestedOn !== undefined, {
      message: 'an abnormally low tender is rejected only after its explanation was asked and judged',
      path: ['explanationRequestedOn'],
    }),
  );

export const exclusionView = z.object({
  proposalId: z.uuid(),
  companyKvk: z.string(),
  companyName: z.string(),
  /** One of the grounds, or `not-selected`: a partnership's candidate that was not invited to negotiate. */
  ground: z.enum([...EXCLUSION_GROUNDS, 'not-selected']),
  motivation: z.string(),
  explanationRequestedOn: z.optional(z.string()),
  excludedAt: z.string(),
});

export const rankingView = z.object({
  challengeId: z.uuid(),
  phase: z.int(),
  criteria: z.array(z.object({ key: criterionKeySchema, weightBasisPoints: z.int() })),
  minimumScore: z.number(),
  budgetCents: z.int(),
  plannedContracts: z.int(),
  /** The tie-break the call announced. */
  tieBreak: z.object({ nl: z.string(), en: z.string() }),
  /** When the phase's first award decision froze this ranking (absent before: it may still change). */
  frozenAt: z.optional(z.string()),
  /** The frozen ranking's number: 1, or higher after an upheld complaint reopened the evaluation. */
  version: z.optional(z.int()),
  /** SHA-256 of the phase's lot seed, published before anyone could see a tie. */
  lotCommitment: z.optional(z.string()),
  /** The seed itself, revealed once a decision froze the ranking: anyone can redo the lot. */
  lotSeed: z.optional(z.string()),
  /** The evaluation was reopened after an upheld complaint: the version the next decision freezes, and why. */
  reopened: z.optional(z.object({ version: z.int(), reason: z.string(), at: z.string() })),
  /** Bids that left the ranking, with their grounds. */
  excluded: z.array(exclusionView),
  /** Earlier versions an upheld complaint set aside (each readable in full). */
  versions: z.array(z.object({ version: z.int(), decisionId: z.uuid(), frozenAt: z.string() })),
  ranking: z.array(
    z.object({
      rank: z.int(),
      proposalId: z.uuid(),
      companyKvk: z.string(),
      companyName: z.string(),
      requestedAmountCents: z.int(),
      /** Equal on every criterion with a neighbour: lots decide at the decision, or decided in it. */
      tie: z.optional(z.enum(['lot-at-decision', 'settled-by-lot'])),
      /** Its price is more than 30% below the others' mean: ask for an explanation before awarding it. */
      abnormallyLow: z.optional(z.boolean()),
      totalScore: z.number(),
      criterionScores: z.record(z.string(), z.number()),
      assessorCount: z.int(),
      meetsThreshold: z.boolean(),
      cumulativeRequestedCents: z.int(),
    }),
  ),
});

export const selectionBody = z.strictObject({
  candidates: z
    .array(
      z.strictObject({
        proposalId: z.uuid(),
        suitable: z.boolean(),
        invited: z.boolean(),
        reasons: z.string().check(z.trim(), z.minLength(10), z.maxLength(2_000)),
      }),
    )
    .check(z.minLength(1), z.maxLength(500)),
});

export type SelectionInput = z.infer<typeof selectionBody>;

export const selectionView = z.object({
  challengeId: z.uuid(),
  phase: z.literal(1),
  selectedAt: z.string(),
  candidates: z.array(
    z.object({
      proposalId: z.uuid(),
      companyKvk: z.string(),
      companyName: z.string(),
      suitable: z.boolean(),
      invited: z.boolean(),
      reasons: z.string(),
    }),
  ),
});

export type Selection = z.infer<typeof selectionView>;
