import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';

import { defineEvent, SOURCES } from '../envelope.ts';

/** A company withdrew its proposal before the deadline; it may submit a new one. */
export const ProposalWithdrawnV1 = defineEvent({
  source: SOURCES.proposals,
  detailType: 'ProposalWithdrawn',
  version: 1,
  description: 'A company withdrew its proposal before the deadline.',
  data: z.strictObject({
    proposalId: z.uuid(),
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    companyKvk: companyIdSchema,
    withdrawnAt: z.iso.datetime(),
  }),
  example: {
    proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    companyKvk: '12345678',
    withdrawnAt: '2018-11-25T10:00:00.000Z',
  },
});
