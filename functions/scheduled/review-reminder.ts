import * as z from 'zod/mini';
import { sendReviewReminder } from '#shared/notifications/reminders.ts';
import { logger } from '#shared/platform/logger.ts';

const payload = z.strictObject({
  awardId: z.uuid(),
  milestone: z.int().check(z.gte(1), z.lte(12)),
  submission: z.int().check(z.gte(1), z.lte(100)),
});

/** Target of the review schedules: reminds the buyer of a deliverable still waiting on its last day, once. */
export const handler = async (input: unknown) => {
  const outcomes = await sendReviewReminder(payload.parse(input));
  logger.info('review reminders', { outcomes });
  return outcomes;
};
