import * as z from 'zod/mini';
import { sendFollowUpOverdue } from '#shared/notifications/reminders.ts';
import { logger } from '#shared/platform/logger.ts';

const payload = z.strictObject({
  awardId: z.uuid(),
  round: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

/** Target of the overdue schedules: reminds a company whose follow-up round is past its grace period, once. */
export const handler = async (input: unknown) => {
  const outcomes = await sendFollowUpOverdue(payload.parse(input));
  logger.info('overdue follow-up reminders', { outcomes });
  return outcomes;
};
