import * as z from 'zod/mini';
import { centsSchema, instrumentSchema, oinSchema, themeSchema } from '#shared/kernel/vocabulary.ts';

/**
 * What the public knows of a published challenge, carried by its lifecycle events (v1), so a
 * projection can show the latest state whatever order the bus delivers them in.
 */
export const challengeSummaryV1 = z.strictObject({
  challengeId: z.uuid(),
  instrument: instrumentSchema,
  title: z.strictObject({
    nl: z.string().check(z.maxLength(200)),
    en: z.optional(z.string().check(z.maxLength(200))),
  }),
  theme: themeSchema,
  cpvCodes: z.array(z.string().check(z.maxLength(10))).check(z.maxLength(10)),
  leadBuyer: z.strictObject({ oin: oinSchema, name: z.string().check(z.maxLength(200)) }),
  funders: z
    .array(
      z.strictObject({
        oin: oinSchema,
        name: z.string().check(z.maxLength(200)),
        side: z.enum(['ezk', 'co-funder']),
        shareBasisPoints: z.int().check(z.gte(0), z.lte(10_000)),
        /** It pays its part of each payment itself (no settlement with the lead buyer). */
        paysDirectly: z.optional(z.boolean()),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  phases: z
    .array(
      z.strictObject({
        number: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        budgetCents: centsSchema,
        maxPerContractCents: centsSchema,
        plannedContracts: z.int().check(z.gte(1), z.lte(1000)),
        submissionDeadline: z.iso.datetime(),
        status: z.enum(['planned', 'open', 'closed']),
      }),
    )
    .check(z.minLength(1), z.maxLength(3)),
  totalBudgetCents: centsSchema,
  /** Whose envelopes carry it, and each funder's exact share (the one split function). */
  programmeYear: z.int().check(z.gte(2000), z.lte(2100)),
  fundingSplit: z
    .array(z.strictObject({ funderOin: oinSchema, amountCents: centsSchema }))
    .check(z.minLength(1), z.maxLength(20)),
  publishedAt: z.iso.datetime(),
});
