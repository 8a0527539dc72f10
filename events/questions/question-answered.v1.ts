import * as z from 'zod/mini';
import { defineEvent, SOURCES } from '../envelope.ts';

/** The buyer answered a question; question and answer are now public, without the asker's name. */
export const QuestionAnsweredV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'QuestionAnswered',
  version: 1,
  description: 'The buyer answered a clarification question; it is published to everyone, anonymously.',
  data: z.strictObject({
    questionId: z.uuid(),
    challengeId: z.uuid(),
    /** As published (the buyer may have taken out what identified the asker). */
    question: z.string().check(z.maxLength(2_000)),
    /** The asker's own words, when the published question differs: kept in the audit trail only. */
    originalQuestion: z.optional(z.string().check(z.maxLength(2_000))),
    answer: z.string().check(z.maxLength(5_000)),
    answeredAt: z.iso.datetime(),
  }),
  example: {
    questionId: '9d2f3c4b-5a6e-4f70-8a1b-2c3d4e5f6a7b',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    question: 'Mag een consortium van twee mkb-bedrijven inschrijven?',
    answer: 'Ja, met één penvoerder die het contract tekent.',
    answeredAt: '2018-11-05T10:00:00.000Z',
  },
});
