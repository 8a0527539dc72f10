import * as z from 'zod/mini';
import { defineEvent, SOURCES } from '../envelope.ts';

/** A phase's submission deadline passed: proposals are unsealed for the buyer and evaluation starts. */
export const PhaseClosedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'PhaseClosed',
  version: 1,
  description: 'A phase reached its submission deadline; its proposals are unsealed for evaluation.',
  data: z.strictObject({
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    deadline: z.iso.datetime(),
    closedAt: z.iso.datetime(),
    proposalCount: z.int().check(z.gte(0)),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    deadline: '2018-12-05T16:00:00.000Z',
    closedAt: '2018-12-05T16:00:02.000Z',
    proposalCount: 23,
  },
});
