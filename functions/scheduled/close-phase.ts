import * as z from 'zod/mini';
import { closePhase } from '#shared/challenges/phases.ts';
import { logger } from '#shared/platform/logger.ts';

const payload = z.strictObject({
  challengeId: z.uuid(),
  phase: z.int().check(z.gte(1), z.lte(3)),
  deadline: z.optional(z.iso.datetime()),
});

/** Target of the deadline schedules: closes the phase (and emits PhaseClosed) once. */
export const handler = async (input: unknown) => {
  const { challengeId, phase, deadline } = payload.parse(input);
  const closed = await closePhase(challengeId, phase, `schedule-close-${challengeId}-${phase}`, deadline);
  logger.info(closed ? 'phase closed' : 'phase already closed or not applicable', { challengeId, phase });
  return { closed };
};
