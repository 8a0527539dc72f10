import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { SIZE_CLASSES } from '#shared/kernel/organisations.ts';
import { centsSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** A company submitted a proposal. Carries no content: proposals are sealed until the deadline. */
export const ProposalSubmittedV1 = defineEvent({
  source: SOURCES.proposals,
  detailType: 'ProposalSubmitted',
  version: 1,
  description: 'A company submitted a proposal for an open phase (content stays sealed).',
  data: z.strictObject({
    proposalId: z.uuid(),
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    companyKvk: companyIdSchema,
    sizeClass: z.enum(SIZE_CLASSES),
    requestedAmountCents: centsSchema,
    submittedAt: z.iso.datetime(),
  }),
  example: {
    proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    companyKvk: '12345678',
    sizeClass: 'small',
    requestedAmountCents: 4_950_000,
    submittedAt: '2018-11-20T10:00:00.000Z',
  },
});
