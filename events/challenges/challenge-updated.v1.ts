import * as z from 'zod/mini';
import { oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** A buyer edited a draft (drafts only: a published challenge changes through its lifecycle). */
export const ChallengeUpdatedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'ChallengeUpdated',
  version: 1,
  description: 'A buyer edited a draft challenge.',
  data: z.strictObject({
    challengeId: z.uuid(),
    leadBuyerOin: oinSchema,
    changedFields: z.array(z.string().check(z.maxLength(40))).check(z.minLength(1), z.maxLength(20)),
    version: z.int().check(z.gte(1)),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    leadBuyerOin: '00000099000000002000',
    changedFields: ['title', 'phases'],
    version: 2,
  },
});
