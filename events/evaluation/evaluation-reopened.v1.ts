import * as z from 'zod/mini';
import { defineEvent, SOURCES } from '../envelope.ts';

/**
 * An upheld complaint led the buyer to reopen a phase's frozen evaluation: the ranking became a
 * numbered version (kept, with the scores as they were), and the next decision freezes the next.
 */
export const EvaluationReopenedV1 = defineEvent({
  source: SOURCES.evaluation,
  detailType: 'EvaluationReopened',
  version: 1,
  description:
    'After an upheld complaint the buyer reopened a phase’s frozen evaluation; its ranking was kept as a version.',
  data: z.strictObject({
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    setAsideVersion: z.int().check(z.gte(1)),
    nextVersion: z.int().check(z.gte(2)),
    reason: z.string().check(z.maxLength(4_000)),
    reopenedAt: z.iso.datetime(),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    setAsideVersion: 1,
    nextVersion: 2,
    reason: 'De klacht over de beoordeling van het criterium impact is gegrond verklaard.',
    reopenedAt: '2019-01-05T10:00:00.000Z',
  },
});
