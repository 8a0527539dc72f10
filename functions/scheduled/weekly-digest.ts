import * as z from 'zod/mini';
import { sendWeeklyDigest } from '#shared/notifications/digest.ts';
import { logger } from '#shared/platform/logger.ts';

const payload = z.strictObject({ scheduledAt: z.iso.datetime() });

/** Target of the Monday schedule: the weekly digest for officers and the programme office. */
export const handler = async (input: unknown) => {
  const outcomes = await sendWeeklyDigest(payload.parse(input));
  logger.info('weekly digest', { outcomes });
  return outcomes;
};
