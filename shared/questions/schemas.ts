import * as z from 'zod/mini';
import { phaseNumberSchema } from '#shared/challenges/schemas.ts';
import { CALL_CHANGES } from '#shared/kernel/vocabulary.ts';

/** What the API takes and answers about questions and notas: shared with the route table and the site. */
export const askBody = z.strictObject({
  question: z.string().check(z.trim(), z.minLength(10), z.maxLength(2_000)),
  /** The phase it is about; default: the first phase still taking questions that the company may bid for. */
  phase: z.optional(phaseNumberSchema),
});

export const answerBody = z.strictObject({
  answer: z.string().check(z.trim(), z.minLength(2), z.maxLength(5_000)),
  /**
   * The question as it is published: the buyer may take out what identifies the asker (a name, a
   * product). The asker's own words stay with the question, for the buyer and in the audit trail.
   */
  publishedQuestion: z.optional(z.string().check(z.trim(), z.minLength(10), z.maxLength(2_000))),
});

export const questionView = z.object({
  id: z.uuid(),
  challengeId: z.uuid(),
  phase: z.int(),
  /** As published (edited by the buyer where it identified the asker); the asker sees its own words. */
  question: z.string(),
  /** The asker's own words, when the published question was edited: for the buyer only. */
  originalQuestion: z.optional(z.string()),
  askedAt: z.string(),
  /** The answer as it stands: the last nota that amended it, else the first answer. */
  answer: z.optional(z.string()),
  answeredAt: z.optional(z.string()),
  /** Where it was published: the nota (of its phase) and its number in that nota. */
  nota: z.optional(z.object({ number: z.int(), item: z.int() })),
  /** Changes of the answer, each by a later nota with its reason. */
  amendments: z.optional(
    z.array(
      z.object({
        notaNumber: z.int(),
        answer: z.string(),
        reason: z.string(),
        at: z.string(),
        change: z.optional(z.enum(CALL_CHANGES)),
      }),
    ),
  ),
  /** True for the caller's own question (only the asker is told). */
  mine: z.optional(z.boolean()),
});

export const questionList = z.object({ items: z.array(questionView) });

/**
 * The nota van inlichtingen: after a phase's question deadline the buyer publishes that phase's
 * questions and answers as one numbered, dated document, askers anonymous. It becomes part of
 * the call. Every question of the phase is in exactly one nota; an answer changes afterwards only
 * through a later nota that amends it, with the reason.
 */
export const publishNotaBody = z.strictObject({
  /** A word before the questions (what the nota covers, where the call documents are). */
  introduction: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(5_000))),
  /** Changes to answers published in an earlier nota of this phase. */
  amendments: z.optional(
    z
      .array(
        z.strictObject({
          questionId: z.uuid(),
          answer: z.string().check(z.trim(), z.minLength(2), z.maxLength(5_000)),
          reason: z.string().check(z.trim(), z.minLength(2), z.maxLength(1_000)),
          /**
           * What the new answer changes: a clarification, or the requirements, criteria, budget or
           * consortium rule (significant: the phase must then stay open the period for such changes).
           */
          change: z.enum(CALL_CHANGES),
        }),
      )
      .check(z.maxLength(50)),
  ),
});

export type PublishNotaInput = z.infer<typeof publishNotaBody>;

/** One question of a nota as it is published: its number, the question and its answer. */
const notaItemView = z.object({
  /** The question's number in its phase, kept in every later nota that amends it. */
  item: z.int(),
  questionId: z.uuid(),
  question: z.string(),
  askedAt: z.string(),
  answer: z.string(),
  /** For an amendment: why the earlier answer changed. */
  amendmentReason: z.optional(z.string()),
  /** For an amendment: what it changes (anything but a clarification is significant). */
  change: z.optional(z.enum(CALL_CHANGES)),
});

export const notaView = z.object({
  challengeId: z.uuid(),
  phase: z.int(),
  number: z.int(),
  publishedAt: z.string(),
  introduction: z.optional(z.string()),
  items: z.array(notaItemView),
});

export const notaList = z.object({ items: z.array(notaView) });

export type NotaView = z.infer<typeof notaView>;
