import * as z from 'zod/mini';
import { centsSchema, instrumentSchema, oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';
import { ChallengePublishedV1 } from './challenge-published.v1.ts';
import { challengeSummaryV1 } from './challenge-summary.v1.ts';

/** Every phase closed and every contract ended: the challenge is done; what was never awarded went back. */
export const ChallengeCompletedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'ChallengeCompleted',
  version: 1,
  description: 'The buyer closed the books on a challenge; unawarded reservations returned to the envelopes.',
  data: z.strictObject({
    challengeId: z.uuid(),
    leadBuyerOin: oinSchema,
    programmeYear: z.int(),
    released: z
      .array(z.strictObject({ holderOin: oinSchema, instrument: instrumentSchema, amountCents: centsSchema }))
      .check(z.maxLength(20)),
    completedAt: z.iso.datetime(),
    summary: challengeSummaryV1,
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    leadBuyerOin: '00000099000000002000',
    programmeYear: 2018,
    released: [{ holderOin: '00000099000000001000', instrument: 'sbir', amountCents: 12_500_000 }],
    completedAt: '2020-12-01T09:00:00.000Z',
    summary: ChallengePublishedV1.example,
  },
});
