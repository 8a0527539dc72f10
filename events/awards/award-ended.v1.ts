import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { centsSchema, oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

const ended = z.strictObject({
  awardId: z.uuid(),
  challengeId: z.uuid(),
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  companyKvk: companyIdSchema,
  programmeYear: z.int(),
  /** What was finally paid; the rest went back to the funders' envelopes. */
  finalAmountCents: centsSchema,
  returned: z
    .array(z.strictObject({ funderOin: oinSchema, amountCents: centsSchema }))
    .check(z.maxLength(20)),
  at: z.iso.datetime(),
});

const example = {
  awardId: '3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c',
  challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
  phase: 1 as const,
  companyKvk: '12345678',
  programmeYear: 2018,
  finalAmountCents: 4_950_000,
  returned: [],
  at: '2019-07-05T12:00:00.000Z',
};

/** The buyer accepted the deliverable: the contract is completed (and opens the next phase to the company). */
export const AwardCompletedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'AwardCompleted',
  version: 1,
  description: 'The buyer accepted the deliverable; unspent money returned to the funders.',
  data: ended,
  example,
});

/** The buyer ended the contract early; what was not spent returned to the funders. */
export const AwardTerminatedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'AwardTerminated',
  version: 1,
  description: 'The buyer terminated the contract; unspent money returned to the funders.',
  data: z.extend(ended, {
    reason: z.string().check(z.maxLength(2_000)),
    /** Ended for cause (bankruptcy, serious breach): possible whatever the call announced. */
    cause: z.optional(z.enum(['bankruptcy', 'serious-breach'])),
  }),
  example: {
    ...example,
    finalAmountCents: 2_000_000,
    returned: [
      { funderOin: '00000099000000001000', amountCents: 1_475_000 },
      { funderOin: '00000099000000002000', amountCents: 1_475_000 },
    ],
    reason: 'Doelen niet gehaald.',
  },
});
