import * as z from 'zod/mini';
import { centsSchema, oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/**
 * A step of a co-funder's consent to its share of a draft: asked (on drafting, and again when the
 * funding changes), approved, declined with a reason, or an approval withdrawn.
 */
export const FundingConsentRecordedV1 = defineEvent({
  source: SOURCES.funding,
  detailType: 'FundingConsentRecorded',
  version: 1,
  description: 'A co-funder was asked for, gave, declined or withdrew its consent to its share of a draft.',
  data: z.strictObject({
    challengeId: z.uuid(),
    funderOin: oinSchema,
    leadBuyerOin: oinSchema,
    status: z.enum(['requested', 'approved', 'declined', 'withdrawn']),
    fundingVersion: z.int().check(z.gte(1)),
    amountCents: centsSchema,
    reason: z.optional(z.string().check(z.maxLength(2_000))),
    at: z.iso.datetime(),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    funderOin: '00000099000000001000',
    leadBuyerOin: '00000099000000002000',
    status: 'approved',
    fundingVersion: 1,
    amountCents: 50_000_000,
    at: '2018-10-01T09:00:00.000Z',
  },
});
