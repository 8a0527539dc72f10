import * as z from 'zod/mini';
import { SIGNIFICANT_CHANGES } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/**
 * The buyer published a nota van inlichtingen: the numbered, dated set of a phase's questions
 * and answers (askers anonymous). It becomes part of the call; answers change only by a new nota.
 */
export const NotaPublishedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'NotaPublished',
  version: 1,
  description: "The buyer published a nota van inlichtingen: a phase's numbered questions and answers.",
  data: z.strictObject({
    challengeId: z.uuid(),
    phase: z.int().check(z.gte(1), z.lte(3)),
    /** The nota's number within its phase (1, 2, …). */
    number: z.int().check(z.gte(1)),
    publishedAt: z.iso.datetime(),
    /** Questions answered for the first time in this nota. */
    questions: z.int().check(z.gte(0)),
    /** Earlier answers this nota changes, each with its reason. */
    amendments: z.int().check(z.gte(0)),
    /** What its amendments change that is significant (additive, optional): bidders got a new period. */
    significant: z.optional(z.array(z.enum(SIGNIFICANT_CHANGES)).check(z.maxLength(4))),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    number: 1,
    publishedAt: '2018-11-20T10:00:00.000Z',
    questions: 12,
    amendments: 0,
  },
});
