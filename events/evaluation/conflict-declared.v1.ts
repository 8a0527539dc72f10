import * as z from 'zod/mini';
import { oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** An assessor declared, for one proposal, no conflict of interest or recused themselves. */
export const ConflictDeclaredV1 = defineEvent({
  source: SOURCES.evaluation,
  detailType: 'ConflictDeclared',
  version: 1,
  description: 'An assessor declared no conflict of interest for a proposal, or recused.',
  data: z.strictObject({
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    proposalId: z.uuid(),
    assessor: z.strictObject({ oin: oinSchema, assessorId: z.string().check(z.maxLength(128)) }),
    recused: z.boolean(),
    declaredAt: z.iso.datetime(),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    assessor: { oin: '00000099000000002000', assessorId: 'j.jansen' },
    recused: false,
    declaredAt: '2018-12-10T09:00:00.000Z',
  },
});
