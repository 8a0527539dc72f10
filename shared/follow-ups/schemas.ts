import * as z from 'zod/mini';
import {
  FOLLOW_UP_ROUNDS,
  type FollowUpOutcome,
  followUpOutcome,
  roundSchema,
} from '#events/awards/follow-up-reported.v1.ts';
import { companyIdSchema } from '#shared/kernel/company-id.ts';

export { FOLLOW_UP_ROUNDS, type FollowUpOutcome, followUpOutcome, roundSchema };

export const followUpBody = z.extend(followUpOutcome, { round: roundSchema }).check(
  z.refine((b) => b.launchingCustomer || !b.launchingCustomerOin, {
    message: 'name a launching customer only when there is one',
    path: ['launchingCustomerOin'],
  }),
);

export const FOLLOW_UP_STATUSES = ['scheduled', 'due', 'overdue', 'reported'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const followUpView = z.object({
  awardId: z.uuid(),
  challengeId: z.uuid(),
  companyKvk: companyIdSchema,
  round: roundSchema,
  dueAt: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  requestedAt: z.optional(z.string()),
  reportedAt: z.optional(z.string()),
  outcome: z.optional(followUpOutcome),
});
export type FollowUpView = z.infer<typeof followUpView>;
export const followUpList = z.object({ items: z.array(followUpView) });
