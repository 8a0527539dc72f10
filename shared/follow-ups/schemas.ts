import * as z from 'zod';
import {
  FOLLOW_UP_ROUNDS,
  type FollowUpOutcome,
  followUpOutcome,
  roundSchema,
} from '#events/awards/follow-up-reported.v1.ts';
import { companyIdSchema } from '#shared/kernel/company-id.ts';

export { FOLLOW_UP_ROUNDS, type FollowUpOutcome, followUpOutcome, roundSchema };

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
  companyKvk: companyIdSchema,
  round: roundSchema,
  dueAt: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  requestedAt: z.string().optional(),
  reportedAt: z.string().optional(),
  outcome: followUpOutcome.optional(),
});
export type FollowUpView = z.infer<typeof followUpView>;
export const followUpList = z.object({ items: z.array(followUpView) });
