import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';

import { defineEvent, SOURCES } from '../envelope.ts';

/** A company asked a clarification question (its name is never published with the answer). */
export const QuestionAskedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'QuestionAsked',
  version: 1,
  description: 'A company asked a clarification question about a challenge.',
  data: z.strictObject({
    questionId: z.uuid(),
    challengeId: z.uuid(),
    askedBy: companyIdSchema,
    askedAt: z.iso.datetime(),
    /** The phase the question is about (added later: absent means phase 1). */
    phase: z.optional(z.int().check(z.gte(1), z.lte(3))),
  }),
  example: {
    questionId: '9d2f3c4b-5a6e-4f70-8a1b-2c3d4e5f6a7b',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    askedBy: '12345678',
    askedAt: '2018-11-01T10:00:00.000Z',
    phase: 1,
  },
});
