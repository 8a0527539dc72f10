import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { SIZE_CLASSES } from '#shared/kernel/organisations.ts';
import { centsSchema, instrumentSchema, oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** A buyer awarded a contract; the amount is split exactly over the challenge's funders. */
export const AwardDecidedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'AwardDecided',
  version: 1,
  description: 'A contract was awarded to a ranked proposal, with its exact split over the funders.',
  data: z.strictObject({
    awardId: z.uuid(),
    decisionId: z.uuid(),
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    proposalId: z.uuid(),
    companyKvk: companyIdSchema,
    sizeClass: z.enum(SIZE_CLASSES),
    instrument: instrumentSchema,
    programmeYear: z.int(),
    amountCents: centsSchema,
    amountExclVatCents: centsSchema,
    split: z
      .array(z.strictObject({ funderOin: oinSchema, amountCents: centsSchema }))
      .check(z.minLength(1), z.maxLength(20)),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    decidedAt: z.iso.datetime(),
  }),
  example: {
    awardId: '3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c',
    decisionId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    companyKvk: '12345678',
    sizeClass: 'small',
    instrument: 'sbir',
    programmeYear: 2018,
    amountCents: 4_950_000,
    amountExclVatCents: 4_090_909,
    split: [
      { funderOin: '00000099000000001000', amountCents: 2_475_000 },
      { funderOin: '00000099000000002000', amountCents: 2_475_000 },
    ],
    startDate: '2019-01-07',
    endDate: '2019-07-05',
    decidedAt: '2018-12-20T10:00:00.000Z',
  },
});
