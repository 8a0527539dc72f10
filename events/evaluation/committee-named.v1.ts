import * as z from 'zod/mini';
import { oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** The buyer named (or renamed) the assessment committee of a phase. */
export const CommitteeNamedV1 = defineEvent({
  source: SOURCES.evaluation,
  detailType: 'CommitteeNamed',
  version: 1,
  description: 'The buyer named the assessment committee of a phase.',
  data: z.strictObject({
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    assessors: z
      .array(z.strictObject({ oin: oinSchema, assessorId: z.string().check(z.maxLength(128)) }))
      .check(z.minLength(1), z.maxLength(20)),
    /** Why it changed, when an upheld complaint reopened the evaluation (a fixed committee changes only then). */
    reason: z.optional(z.string().check(z.maxLength(2_000))),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    assessors: [{ oin: '00000099000000002000', assessorId: 'j.jansen' }],
  },
});
