import * as z from 'zod/mini';
import { sendReminders } from '#shared/notifications/reminders.ts';
import { logger } from '#shared/platform/logger.ts';

const payload = z.strictObject({
  challengeId: z.uuid(),
  phase: z.int().check(z.gte(1), z.lte(3)),
  deadline: z.iso.datetime(),
  daysBefore: z.int().check(z.gte(1), z.lte(30)),
});

/** Target of the reminder schedules: e-mails the companies that asked about a phase and have not bid. */
export const handler = async (input: unknown) => {
  const outcomes = await sendReminders(payload.parse(input));
  logger.info('deadline reminders', { outcomes });
  return outcomes;
};
