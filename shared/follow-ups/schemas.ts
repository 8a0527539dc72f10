import { z } from 'zod';
import { centsSchema, kvkSchema, oinSchema } from '#shared/challenges/vocabulary.ts';

/** Follow-up rounds: one, two and three years after a contract was completed. */
export const FOLLOW_UP_ROUNDS = [1, 2, 3] as const;
export const roundSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/**
 * What a company reports about what it did with its result (the agreement's monitoring of the
 * "feitelijke economische effect" long after the contract). Amounts in cents, excl. VAT.
 */
export const followUpOutcome = z.strictObject({
  /** Revenue from the result since the contract ended (cumulative). */
  followOnRevenueCents: centsSchema,
  /** Jobs (FTE, whole) created because of the result. */
  jobsCreated: z.int().min(0).max(100_000),
  /** Private or public investment attracted for the next steps. */
  followOnInvestmentCents: centsSchema,
  /** The product or service is on the market. */
  marketLaunch: z.boolean(),
  /** A public body bought the result as launching customer (phase 3). */
  launchingCustomer: z.boolean(),
  launchingCustomerOin: oinSchema.optional(),
  remarks: z.string().trim().max(2_000).optional(),
});
export type FollowUpOutcome = z.infer<typeof followUpOutcome>;

export const followUpBody = followUpOutcome
  .extend({ round: roundSchema })
  .refine((b) => b.launchingCustomer || !b.launchingCustomerOin, {
    message: 'name a launching customer only when there is one',
    path: ['launchingCustomerOin'],
  });

export const FOLLOW_UP_STATUSES = ['scheduled', 'due', 'overdue', 'reported'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const followUpView = z.object({
  awardId: z.uuid(),
  challengeId: z.uuid(),
  companyKvk: kvkSchema,
  round: roundSchema,
  dueAt: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  requestedAt: z.string().optional(),
  reportedAt: z.string().optional(),
  outcome: followUpOutcome.optional(),
});
export type FollowUpView = z.infer<typeof followUpView>;
export const followUpList = z.object({ items: z.array(followUpView) });
