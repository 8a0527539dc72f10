import type * as z from 'zod/mini';
import { newEvent } from '#events/envelope.ts';
import { QuestionAnsweredV1 } from '#events/questions/question-answered.v1.ts';
import { QuestionAskedV1 } from '#events/questions/question-asked.v1.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { type Challenge, questionDeadlineOf } from '#shared/challenges/model.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { ENTITY, keys, questionKeys } from '#shared/db/keys.ts';
import { getItem, queryAll, transact } from '#shared/db/store.ts';
import type { CallChange } from '#shared/kernel/vocabulary.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { shiftAmsterdamDays, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, forbidden, notFound, validationFailed } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { isEligible } from '#shared/proposals/repository.ts';
import type { askBody } from '#shared/questions/schemas.ts';

/**
 * Clarification questions, per phase. Companies ask until that phase's question deadline (for a
 * later phase: the companies that may bid for it); the buyer answers; answered questions are
 * public to everyone, and nobody but the asker ever sees who asked. After the question deadline
 * the buyer bundles them into a nota van inlichtingen (notas.ts).
 */

export interface Amendment {
  notaNumber: number;
  answer: string;
  reason: string;
  at: string;
  /** What it changes (absent on amendments from before it was asked: not recorded). */
  change?: CallChange;
}

export interface StoredQuestion {
  id: string;
  challengeId: string;
  /** Absent on questions from before phases had their own: phase 1. */
  phase?: number;
  question: string;
  /** The question as the buyer published it, where it took out what identified the asker. */
  publishedQuestion?: string;
  askedBy: string;
  askedAt: string;
  answer?: string;
  answeredAt?: string;
  amendments?: Amendment[];
}

export const phaseOf = (q: Pick<StoredQuestion, 'phase'>) => q.phase ?? 1;
/** The question as published: the buyer's edited text, else the asker's words. */
export const publishedText = (q: Pick<StoredQuestion, 'question' | 'publishedQuestion'>) =>
  q.publishedQuestion ?? q.question;
/** The answer as it stands now. */
export const currentAnswer = (q: StoredQuestion) => q.amendments?.at(-1)?.answer ?? q.answer;

/** Which phase a question is about: the one asked for, or the first still open to this company. */
async function phaseToAsk(challenge: Challenge, asked: number | undefined, kvk: string, now: string) {
  const mayAsk = async (n: number) => n === 1 || isEligible(challenge.id, n, kvk);
  if (asked !== undefined) {
    const deadline = questionDeadlineOf(challenge, asked);
    if (!deadline) {
      throw validationFailed([{ field: 'body.phase', message: `this call has no phase ${asked}` }]);
    }
    if (now >= deadline) throw questionsClosed(deadline, asked);
    if (!(await mayAsk(asked))) {
      throw forbidden(
        'phase-2-requires-phase-1',
        `Only companies that completed a phase-${asked - 1} contract in this challenge may ask about phase ${asked}.`,
      );
    }
    return asked;
  }
  for (const phase of challenge.phases) {
    const deadline = questionDeadlineOf(challenge, phase.number)!;
    if (now < deadline && (await mayAsk(phase.number))) return phase.number;
  }
  throw questionsClosed(questionDeadlineOf(challenge, 1)!, 1);
}

const questionsClosed = (deadline: string, phase: number) =>
  conflict(
    'questions-closed',
    `Questions about phase ${phase} were taken until ${toAmsterdamIso(deadline)}.`,
    {
      questionDeadline: deadline,
      phase,
    },
  );

export async function askQuestion(challengeId: string, input: z.infer<typeof askBody>, ctx: RequestContext) {
  const challenge = await getChallenge(challengeId);
  if (!challenge || challenge.status === 'draft') throw notFound('Challenge', challengeId);
  const now = clock.nowIso();
  if (challenge.status !== 'published') throw questionsClosed(challenge.questionDeadline, 1);
  const phase = await phaseToAsk(challenge, input.phase, ctx.caller.org, now);
  const question = input.question;
  const stored: StoredQuestion = {
    id: newId(),
    challengeId,
    phase,
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
        { questionId: stored.id, challengeId, askedBy: stored.askedBy, askedAt: now, phase },
        eventContext(ctx),
      ),
    ),
  ]);
  return { id: stored.id, challengeId, phase, question, askedAt: now, mine: true };
}

/** Directive 2014/24 art. 47(3)(a): information asked in time reaches bidders 6 days before the deadline. */
export const PARTNERSHIP_ANSWER_DAYS = 6;

/**
 * A partnership's answer must reach bidders at least 6 days before the phase's deadline; later,
 * the deadline moves first (a correction), so nobody bids without it.
 */
export function assertAnswerInTime(challenge: Challenge, phaseNumber: number, now: string) {
  const phase = challenge.phases.find((p) => p.number === phaseNumber);
  if (
    challenge.instrument === 'innovation-partnership' &&
    phase &&
    now < phase.submissionDeadline &&
    now > shiftAmsterdamDays(phase.submissionDeadline, -PARTNERSHIP_ANSWER_DAYS)
  ) {
    throw conflict(
      'answer-needs-extension',
      `Phase ${phase.number} closes at ${toAmsterdamIso(phase.submissionDeadline)}: an answer later than ${PARTNERSHIP_ANSWER_DAYS} days before it needs the deadline extended first (a correction).`,
      { deadline: phase.submissionDeadline, phase: phase.number },
    );
  }
}

export async function answerQuestion(
  questionId: string,
  answer: string,
  ctx: RequestContext,
  /** The question as published, where the buyer took out what identifies the asker. */
  publishedQuestion?: string,
) {
  const pointer = await getItem(questionKeys.pointer(questionId));
  if (!pointer) throw notFound('Question', questionId);
  const challenge = await getChallenge(pointer.challengeId as string);
  if (!challenge || challenge.leadBuyer.oin !== ctx.caller.org) throw notFound('Question', questionId);
  // The pointer item carries the question's own key (it was written from the same key object).
  const questionKey = questionKeys.inChallenge(challenge.id, pointer.askedAtKey as string, questionId);
  const stored = await getItem<StoredQuestion>(questionKey);
  if (!stored) throw notFound('Question', questionId);
  const now = clock.nowIso();
  assertAnswerInTime(challenge, phaseOf(stored), now);
  const edited = publishedQuestion !== undefined && publishedQuestion !== stored.question;
  const shown = edited ? publishedQuestion : stored.question;
  await transact([
    {
      item: {
        Update: {
          Key: questionKey,
          UpdateExpression: `SET answer = :answer, answeredAt = :now${edited ? ', publishedQuestion = :published' : ''}`,
          ConditionExpression: 'attribute_not_exists(answer)',
          ExpressionAttributeValues: {
            ':answer': answer,
            ':now': now,
            ...(edited ? { ':published': publishedQuestion } : {}),
          },
        },
      },
      onConditionFailed: () =>
        conflict('already-answered', 'This question has been answered and published already.'),
    },
    outboxWrite(
      newEvent(
        QuestionAnsweredV1,
        {
          questionId,
          challengeId: challenge.id,
          question: shown,
          // The asker's own words, sealed in the audit trail when the published text differs.
          ...(edited ? { originalQuestion: stored.question } : {}),
          answer,
          answeredAt: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return {
    id: questionId,
    challengeId: challenge.id,
    phase: phaseOf(stored),
    question: shown,
    ...(edited ? { originalQuestion: stored.question } : {}),
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
  const { stored, published } = await questionsWithNotas(challengeId);
  const items = stored
    .filter((q) => q.answer !== undefined || ownBuyer || (caller?.role === 'sme' && q.askedBy === caller.org))
    .map((q) => {
      const answer = currentAnswer(q);
      const nota = published.get(q.id);
      return {
        id: q.id,
        challengeId,
        phase: phaseOf(q),
        // The asker reads its own words; everyone else the question as published.
        question: caller?.role === 'sme' && q.askedBy === caller.org ? q.question : publishedText(q),
        ...(ownBuyer && q.publishedQuestion !== undefined ? { originalQuestion: q.question } : {}),
        askedAt: q.askedAt,
        ...(answer !== undefined ? { answer, answeredAt: q.answeredAt } : {}),
        ...(nota ? { nota } : {}),
        ...(q.amendments?.length ? { amendments: q.amendments } : {}),
        ...(caller?.role === 'sme' && q.askedBy === caller.org ? { mine: true } : {}),
      };
    });
  return { items };
}

/** Every question of a challenge, in order of asking (one Query on its partition). */
export const challengeQuestions = (challengeId: string) =>
  queryAll<StoredQuestion>({ partition: keys.challenge(challengeId).pk, prefix: questionKeys.prefix });

/**
 * The questions and notas of a challenge in one Query: their sort keys (NOTA#…, QUESTION#…) are
 * adjacent in its partition, and a filter on the entity drops what sorts between (objections,
 * which never leave this function). Each published question: where it first appeared, its nota
 * and number there.
 */
async function questionsWithNotas(challengeId: string) {
  type StoredNota = {
    entity: string;
    number: number;
    items: { item: number; questionId: string; amended?: boolean }[];
  };
  const both = await queryAll<(StoredQuestion & { entity: string }) | StoredNota>({
    partition: keys.challenge(challengeId).pk,
    between: [questionKeys.notaPrefix, `${questionKeys.prefix}\uffff`],
    filter: {
      expression: '#entity IN (:question, :nota)',
      names: { '#entity': 'entity' },
      values: { ':question': ENTITY.question, ':nota': ENTITY.nota },
    },
  });
  const first = new Map<string, { number: number; item: number }>();
  for (const nota of both)
    if (nota.entity === ENTITY.nota)
      for (const i of (nota as StoredNota).items)
        if (!i.amended) first.set(i.questionId, { number: (nota as StoredNota).number, item: i.item });
  const stored = both.filter(
    (item): item is StoredQuestion & { entity: string } => item.entity === ENTITY.question,
  );
  return { stored, published: first };
}
