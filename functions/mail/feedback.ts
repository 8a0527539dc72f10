import { suppressFromFeedback } from '#shared/notifications/feedback.ts';
import { logger } from '#shared/platform/logger.ts';

/** SES bounces and complaints (EventBridge, default bus): the address is suppressed. */
export const handler = async (event: unknown) => {
  const suppressed = await suppressFromFeedback(event);
  logger.info('mail feedback', { suppressed: suppressed.length });
  return { suppressed: suppressed.length };
};
