import * as z from 'zod/mini';
import { EXCLUSION_GROUNDS } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** The buyer declared a bid invalid or excluded it (it leaves the ranking), or took that back. */
export const ProposalExcludedV1 = defineEvent({
  source: SOURCES.evaluation,
  detailType: 'ProposalExcluded',
  version: 1,
  description:
    'The buyer declared a bid invalid or excluded it, with a ground and a motivation; or reinstated it.',
  data: z.strictObject({
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    proposalId: z.uuid(),
    companyKvk: z.string().check(z.maxLength(40)),
    /** false: a mistaken exclusion taken back before the decision; the bid is ranked again. */
    excluded: z.boolean(),
    ground: z.optional(z.enum(EXCLUSION_GROUNDS)),
    at: z.iso.datetime(),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    companyKvk: '12345678',
    excluded: true,
    ground: 'late',
    at: '2018-12-10T09:00:00.000Z',
  },
});
