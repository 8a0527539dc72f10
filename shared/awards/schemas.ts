import { z } from 'zod';
import { centsSchema, instrumentSchema, kvkSchema } from '#shared/kernel/vocabulary.ts';
import { SIZE_CLASSES } from '#shared/organisations/company.ts';

export const decisionBody = z.strictObject({
  /** The request id: sending the same decision again changes nothing and returns the same awards. */
  decisionId: z.uuid(),
  awards: z
    .array(
      z.strictObject({
        proposalId: z.uuid(),
        /** Contract price incl. VAT; default the requested amount, never more. */
        amountCents: centsSchema.min(1).optional(),
        startDate: z.iso.date(),
        endDate: z.iso.date(),
      }),
    )
    .min(1)
    .max(10)
    .refine((awards) => new Set(awards.map((a) => a.proposalId)).size === awards.length, 'each proposal once')
    .refine((awards) => awards.every((a) => a.startDate <= a.endDate), 'a contract ends after it starts'),
});

export const awardView = z.object({
  id: z.uuid(),
  decisionId: z.uuid(),
  challengeId: z.uuid(),
  phase: z.int(),
  proposalId: z.uuid(),
  companyKvk: kvkSchema,
  companyName: z.string(),
  sizeClass: z.enum(SIZE_CLASSES),
  instrument: instrumentSchema,
  programmeYear: z.int(),
  amountCents: z.int(),
  amountExclVatCents: z.int(),
  split: z.array(z.object({ funderOin: z.string(), holderOin: z.string(), amountCents: z.int() })),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(['awarded', 'completed', 'terminated']),
  decidedAt: z.string(),
  finalAmountCents: z.int().optional(),
  endedAt: z.string().optional(),
  terminationReason: z.string().optional(),
});
export type Award = z.infer<typeof awardView>;

export const decisionView = z.object({
  decisionId: z.uuid(),
  replayed: z.boolean(),
  awards: z.array(awardView),
});
export const awardIdParams = z.strictObject({ awardId: z.uuid() });
export const completeBody = z.strictObject({
  /** What is finally paid, if less than the award (the rest returns to the funders). */
  finalAmountCents: centsSchema.optional(),
});
export const terminateBody = z.strictObject({
  reason: z.string().trim().min(3).max(2_000),
  spentCents: centsSchema,
});
export const invitationList = z.object({
  items: z.array(
    z.object({ challengeId: z.uuid(), phase: z.int(), invitedAt: z.string(), becauseOfAwardId: z.uuid() }),
  ),
});
