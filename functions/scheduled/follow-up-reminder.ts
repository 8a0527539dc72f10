import * as z from 'zod/mini';
import { remindFollowUp } from '#shared/follow-ups/use-cases.ts';
import { logger } from '#shared/platform/logger.ts';

const payload = z.strictObject({
  awardId: z.uuid(),
  round: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

/** Target of the follow-up schedules: asks the company to report (records it and emits FollowUpRequested) once. */
export const handler = async (input: unknown) => {
  const { awardId, round } = payload.parse(input);
  const requested = await remindFollowUp(awardId, round, `schedule-followup-${awardId}-${round}`);
  logger.info(requested ? 'follow-up requested' : 'follow-up already requested or not applicable', {
    awardId,
    round,
  });
  return { requested };
};
