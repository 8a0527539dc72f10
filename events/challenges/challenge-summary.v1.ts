import * as z from 'zod';
import { centsSchema, instrumentSchema, oinSchema, themeSchema } from '#shared/kernel/vocabulary.ts';

/**
 * What the public knows of a published challenge, carried by its lifecycle events (v1), so a
 * projection can show the latest state whatever order the bus delivers them in.
 */
export const challengeSummaryV1 = z.strictObject({
  challengeId: z.uuid(),
  instrument: instrumentSchema,
  title: z.strictObject({ nl: z.string().max(200), en: z.string().max(200).optional() }),
  theme: themeSchema,
  cpvCodes: z.array(z.string().max(10)).max(10),
  leadBuyer: z.strictObject({ oin: oinSchema, name: z.string().max(200) }),
  funders: z
    .array(
      z.strictObject({
        oin: oinSchema,
        name: z.string().max(200),
        side: z.enum(['ezk', 'co-funder']),
        shareBasisPoints: z.int().min(0).max(10_000),
      }),
    )
    .min(1)
    .max(20),
  phases: z
    .array(
      z.strictObject({
        number: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        budgetCents: centsSchema,
        maxPerContractCents: centsSchema,
        plannedContracts: z.int().min(1).max(1000),
        submissionDeadline: z.iso.datetime(),
        status: z.enum(['planned', 'open', 'closed']),
      }),
    )
    .min(1)
    .max(3),
  totalBudgetCents: centsSchema,
  /** Whose envelopes carry it, and each funder's exact share (the one split function). */
  programmeYear: z.int().min(2000).max(2100),
  fundingSplit: z
    .array(z.strictObject({ funderOin: oinSchema, amountCents: centsSchema }))
    .min(1)
    .max(20),
  publishedAt: z.iso.datetime(),
});
