import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/**
 * An innovation partnership's buyer recorded which candidates are suitable and which are invited
 * to negotiate (at least 3 when at least 3 suitable ones applied), each with its reasons.
 */
export const CandidatesSelectedV1 = defineEvent({
  source: SOURCES.evaluation,
  detailType: 'CandidatesSelected',
  version: 1,
  description:
    'The buyer of an innovation partnership selected the candidates invited to negotiate, with reasons.',
  data: z.strictObject({
    challengeId: z.uuid(),
    phase: z.literal(1),
    selectedAt: z.iso.datetime(),
    candidates: z
      .array(
        z.strictObject({
          proposalId: z.uuid(),
          companyKvk: companyIdSchema,
          suitable: z.boolean(),
          invited: z.boolean(),
        }),
      )
      .check(z.maxLength(500)),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    selectedAt: '2019-03-01T10:00:00.000Z',
    candidates: [
      {
        proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
        companyKvk: '12345678',
        suitable: true,
        invited: true,
      },
    ],
  },
});
