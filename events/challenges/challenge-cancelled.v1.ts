import * as z from 'zod/mini';
import { centsSchema, instrumentSchema, oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';
import { challengeSummaryV1 } from './challenge-summary.v1.ts';

/** A buyer cancelled a draft or published challenge; what was reserved and not awarded went back. */
export const ChallengeCancelledV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'ChallengeCancelled',
  version: 1,
  description: 'A buyer cancelled a challenge; unawarded reservations returned to the envelopes.',
  data: z.strictObject({
    challengeId: z.uuid(),
    leadBuyerOin: oinSchema,
    previousStatus: z.enum(['draft', 'published']),
    reason: z.string().check(z.maxLength(2_000)),
    programmeYear: z.optional(z.int().check(z.gte(2000), z.lte(2100))),
    released: z
      .array(z.strictObject({ holderOin: oinSchema, instrument: instrumentSchema, amountCents: centsSchema }))
      .check(z.maxLength(20)),
    cancelledAt: z.iso.datetime(),
    /** The public summary, with the cancelled status, when it had been published. */
    summary: z.optional(challengeSummaryV1),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    leadBuyerOin: '00000099000000002000',
    previousStatus: 'published',
    reason: 'Geen geschikte inschrijvingen; de vraag wordt herzien.',
    programmeYear: 2018,
    released: [{ holderOin: '00000099000000001000', instrument: 'sbir', amountCents: 50_000_000 }],
    cancelledAt: '2018-11-01T09:00:00.000Z',
  },
});
