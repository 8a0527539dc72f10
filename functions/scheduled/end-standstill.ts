import * as z from 'zod/mini';
import { concludeDecision } from '#shared/awards/standstill.ts';
import { logger } from '#shared/platform/logger.ts';

const payload = z.strictObject({ challengeId: z.uuid(), decisionId: z.uuid() });

/** Target of the standstill schedules: the decision's awards become definitive, once, if nothing stands in the way. */
export const handler = async (input: unknown) => {
  const { challengeId, decisionId } = payload.parse(input);
  const outcome = await concludeDecision(challengeId, decisionId, `schedule-standstill-${decisionId}`);
  logger.info('standstill ended', { challengeId, decisionId, outcome });
  return { outcome };
};
