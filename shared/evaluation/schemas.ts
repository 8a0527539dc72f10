import * as z from 'zod/mini';
import { criterionKeySchema, oinSchema } from '#shared/kernel/vocabulary.ts';

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
        name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
});

export const committeeView = z.object({
  challengeId: z.uuid(),
  phase: z.int(),
  assessors: z.array(z.object({ oin: z.string(), assessorId: z.string(), name: z.optional(z.string()) })),
  namedAt: z.string(),
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

export const scoresBody = z.strictObject({
  /** One score per criterion of the phase, whole numbers 0–10. */
  scores: z
    .array(z.strictObject({ criterion: criterionKeySchema, score: z.int().check(z.gte(0), z.lte(10)) }))
    .check(z.minLength(1), z.maxLength(5)),
  motivation: z.string().check(z.trim(), z.minLength(20), z.maxLength(5_000)),
});

export const scoresView = z.object({
  proposalId: z.uuid(),
  assessor: z.object({ oin: z.string(), assessorId: z.string() }),
  scores: z.array(z.object({ criterion: criterionKeySchema, score: z.int() })),
  motivation: z.string(),
  scoredAt: z.string(),
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
  ranking: z.array(
    z.object({
      rank: z.int(),
      proposalId: z.uuid(),
      companyKvk: z.string(),
      companyName: z.string(),
      requestedAmountCents: z.int(),
      /** Equal on every criterion with a neighbour: lots decide at the decision, or decided in it. */
      tie: z.optional(z.enum(['lot-at-decision', 'settled-by-lot'])),
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
