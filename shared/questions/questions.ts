import { z } from 'zod';
import { newEvent } from '#events/envelope.ts';
import { QuestionAnsweredV1 } from '#events/questions/question-answered.v1.ts';
import { QuestionAskedV1 } from '#events/questions/question-asked.v1.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { ENTITY, keys, questionKeys } from '#shared/db/keys.ts';
import { getItem, queryAll, transact } from '#shared/db/store.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { shiftAmsterdamDays, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, notFound } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';

/**
 * Clarification questions (nota van inlichtingen). Companies ask until the question deadline;
 * the buyer answers; answered questions are public to everyone, and nobody but the asker ever
 * sees who asked.
 */
export const askBody = z.strictObject({ question: z.string().trim().min(10).max(2_000) });
export const answerBody = z.strictObject({ answer: z.string().trim().min(2).max(5_000) });
export const questionView = z.object({
  id: z.uuid(),
  challengeId: z.uuid(),
  question: z.string(),
  askedAt: z.string(),
  answer: z.string().optional(),
  answeredAt: z.string().optional(),
  /** True for the caller's own question (only the asker is told). */
  mine: z.boolean().optional(),
});
export const questionList = z.object({ items: z.array(questionView) });

interface StoredQuestion {
  id: string;
  challengeId: string;
  question: string;
  askedBy: string;
  askedAt: string;
  answer?: string;
  answeredAt?: string;
}

export async function askQuestion(challengeId: string, question: string, ctx: RequestContext) {
  const challenge = await getChallenge(challengeId);
  if (!challenge || challenge.status === 'draft') throw notFound('Challenge', challengeId);
  const now = clock.nowIso();
  if (challenge.status !== 'published' || now >= challenge.questionDeadline) {
    throw conflict(
      'questions-closed',
      `Questions were taken until ${toAmsterdamIso(challenge.questionDeadline)}.`,
      {
        questionDeadline: challenge.questionDeadline,
      },
    );
  }
  const stored: StoredQuestion = {
    id: newId(),
    challengeId,
    question,
    askedBy: ctx.caller.org,
    askedAt: now,
  };
  const key = questionKeys.inChallenge(challengeId, now, stored.id);
  await transact([
    {
      item: {
        Put: {
          Item: { ...key, entity: ENTITY.question, ...stored },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      item: {
        Put: {
          Item: {
            ...questionKeys.pointer(stored.id),
            entity: ENTITY.questionPointer,
            challengeId,
            askedAtKey: now,
          },
        },
      },
    },
    outboxWrite(
      newEvent(
        QuestionAskedV1,
        { questionId: stored.id, challengeId, askedBy: stored.askedBy, askedAt: now },
        eventContext(ctx),
      ),
    ),
  ]);
  return { id: stored.id, challengeId, question, askedAt: now, mine: true };
}

/** Directive 2014/24 art. 47(3)(a): information asked in time reaches bidders 6 days before the deadline. */
export const PARTNERSHIP_ANSWER_DAYS = 6;

export async function answerQuestion(questionId: string, answer: string, ctx: RequestContext) {
  const pointer = await getItem(questionKeys.pointer(questionId));
  if (!pointer) throw notFound('Question', questionId);
  const challenge = await getChallenge(pointer.challengeId as string);
  if (!challenge || challenge.leadBuyer.oin !== ctx.caller.org) throw notFound('Question', questionId);
  // The pointer item carries the question's own key (it was written from the same key object).
  const questionKey = questionKeys.inChallenge(challenge.id, pointer.askedAtKey as string, questionId);
  const stored = await getItem<StoredQuestion>(questionKey);
  if (!stored) throw notFound('Question', questionId);
  const now = clock.nowIso();
  // A partnership's answer must reach bidders at least 6 days before the deadline; later, the
  // deadline moves first (a correction), so nobody bids without it.
  const open = challenge.phases.find((p) => now < p.submissionDeadline);
  if (
    challenge.instrument === 'innovation-partnership' &&
    open &&
    now > shiftAmsterdamDays(open.submissionDeadline, -PARTNERSHIP_ANSWER_DAYS)
  ) {
    throw conflict(
      'answer-needs-extension',
      `Phase ${open.number} closes at ${toAmsterdamIso(open.submissionDeadline)}: an answer later than ${PARTNERSHIP_ANSWER_DAYS} days before it needs the deadline extended first (a correction).`,
      { deadline: open.submissionDeadline, phase: open.number },
    );
  }
  await transact([
    {
      item: {
        Update: {
          Key: questionKey,
          UpdateExpression: 'SET answer = :answer, answeredAt = :now',
          ConditionExpression: 'attribute_not_exists(answer)',
          ExpressionAttributeValues: { ':answer': answer, ':now': now },
        },
      },
      onConditionFailed: () =>
        conflict('already-answered', 'This question has been answered and published already.'),
    },
    outboxWrite(
      newEvent(
        QuestionAnsweredV1,
        { questionId, challengeId: challenge.id, question: stored.question, answer, answeredAt: now },
        eventContext(ctx),
      ),
    ),
  ]);
  return {
    id: questionId,
    challengeId: challenge.id,
    question: stored.question,
    askedAt: stored.askedAt,
    answer,
    answeredAt: now,
  };
}

/** Everyone sees answered questions; the buyer also the open ones; a company also its own open ones. Never who asked. */
export async function listQuestions(challengeId: string, caller: Caller | undefined) {
  const challenge = await getChallenge(challengeId);
  const ownBuyer = caller?.role === 'buyer' && challenge?.leadBuyer.oin === caller.org;
  if (!challenge || (challenge.status === 'draft' && !ownBuyer)) throw notFound('Challenge', challengeId);
  const stored = await queryAll<StoredQuestion>({
    partition: keys.challenge(challengeId).pk,
    prefix: questionKeys.prefix,
  });
  const items = stored
    .filter((q) => q.answer !== undefined || ownBuyer || (caller?.role === 'sme' && q.askedBy === caller.org))
    .map(({ id, question, askedAt, answer, answeredAt, askedBy }) => ({
      id,
      challengeId,
      question,
      askedAt,
      ...(answer !== undefined ? { answer, answeredAt } : {}),
      ...(caller?.role === 'sme' && askedBy === caller.org ? { mine: true } : {}),
    }));
  return { items };
}
