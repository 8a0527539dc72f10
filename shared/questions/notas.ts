import { newEvent } from '#events/envelope.ts';
import { NotaPublishedV1 } from '#events/questions/nota-published.v1.ts';
import { questionDeadlineOf } from '#shared/challenges/model.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { tooSoonAfterSignificantChange } from '#shared/challenges/rules.ts';
import { ENTITY, keys, questionKeys } from '#shared/db/keys.ts';
import { queryAll, type TxWrite, transact } from '#shared/db/store.ts';
import { type CallChange, isSignificant, type SignificantChange } from '#shared/kernel/vocabulary.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { lastDayOfPeriod, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, notFound, validationFailed } from '#shared/platform/errors.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import {
  type Amendment,
  assertAnswerInTime,
  challengeQuestions,
  phaseOf,
  publishedText,
  type StoredQuestion,
} from '#shared/questions/questions.ts';
import type { NotaView, PublishNotaInput } from '#shared/questions/schemas.ts';

/**
 * What is stored: the items point at their questions, whose text and first answer never change
 * (so a nota of many long questions stays one small item); an amendment carries its own answer.
 */
interface StoredNota {
  challengeId: string;
  phase: number;
  number: number;
  publishedAt: string;
  introduction?: string;
  items: {
    item: number;
    questionId: string;
    amended?: boolean;
    answer?: string;
    reason?: string;
    change?: CallChange;
  }[];
}

/** Bounds one nota's item size (~80 bytes per question); any more go into the next nota. */
const MAX_NEW_PER_NOTA = 1_000;

export async function publishNota(
  challengeId: string,
  phaseNumber: number,
  input: PublishNotaInput,
  ctx: RequestContext,
): Promise<NotaView> {
  const challenge = await getChallenge(challengeId);
  if (!challenge || challenge.leadBuyer.oin !== ctx.caller.org || challenge.status === 'draft')
    throw notFound('Challenge', challengeId);
  const deadline = questionDeadlineOf(challenge, phaseNumber);
  if (!deadline) throw notFound('Phase', `${challengeId}/${phaseNumber}`);
  if (challenge.status !== 'published') {
    throw conflict(
      'challenge-not-published',
      `The call is ${challenge.status}: nothing more is published for it.`,
    );
  }
  const now = clock.nowIso();
  // After its deadline a phase is what the bidders bid on: a nota may still bundle the answers
  // given, but no longer change one.
  const phase = challenge.phases.find((p) => p.number === phaseNumber)!;
  if (phase.submissionDeadline <= now && (input.amendments?.length ?? 0) > 0) {
    throw conflict(
      'phase-closed',
      `Phase ${phaseNumber} closed at ${toAmsterdamIso(phase.submissionDeadline)}; a nota no longer changes its answers.`,
      { closedAt: phase.submissionDeadline },
    );
  }
  if (now < deadline) {
    throw conflict(
      'questions-still-open',
      `Questions about phase ${phaseNumber} are taken until ${toAmsterdamIso(deadline)}; the nota follows after that.`,
      { questionDeadline: deadline },
    );
  }
  const [questions, earlier] = await Promise.all([
    challengeQuestions(challengeId).then((all) => all.filter((q) => phaseOf(q) === phaseNumber)),
    phaseNotas(challengeId, phaseNumber),
  ]);
  const published = new Map<string, number>();
  for (const nota of earlier) for (const i of nota.items) if (!i.amended) published.set(i.questionId, i.item);

  const unanswered = questions.filter((q) => q.answer === undefined);
  if (unanswered.length > 0) {
    throw conflict(
      'unanswered-questions',
      `${unanswered.length} question(s) about phase ${phaseNumber} have no answer yet: a nota answers every question asked.`,
      { unanswered: unanswered.length },
    );
  }
  const fresh = questions.filter((q) => !published.has(q.id)).slice(0, MAX_NEW_PER_NOTA);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const amendments = input.amendments ?? [];
  const errors = amendments.flatMap((a, i) => {
    const field = `body.amendments.${i}.questionId`;
    if (!byId.has(a.questionId))
      return [{ field, message: `no question of phase ${phaseNumber} has this id` }];
    if (!published.has(a.questionId))
      return [{ field, message: 'only an answer published in an earlier nota is amended; this one is new' }];
    if (amendments.findIndex((b) => b.questionId === a.questionId) !== i)
      return [{ field, message: 'one amendment per question' }];
    return [];
  });
  if (errors.length > 0) throw validationFailed(errors);
  if (fresh.length === 0 && amendments.length === 0) {
    throw conflict(
      'nothing-to-publish',
      `Every question about phase ${phaseNumber} is in a published nota already; a new nota needs new questions or an amendment.`,
    );
  }
  if (amendments.length > 0) assertAnswerInTime(challenge, phaseNumber, now);
  // A changed requirement, criterion, budget or consortium rule is a significant change: bidders
  // get the period for it before the phase closes, or the buyer first extends the deadline.
  const significant = amendments.filter((a) => isSignificant(a.change));
  if (significant.length > 0) {
    const [short] = tooSoonAfterSignificantChange(
      challenge,
      [phaseNumber],
      now,
      () => phase.submissionDeadline,
    );
    if (short)
      throw conflict(
        'significant-change-needs-time',
        `This nota changes the ${[...new Set(significant.map((a) => a.change))].join(', ')} of phase ${phaseNumber}: a significant change leaves bidders at least ${short.days} days, and the phase closes at ${toAmsterdamIso(phase.submissionDeadline)}. Publish a correction that moves its deadline to the end of ${lastDayOfPeriod(short.needed)} or later first.`,
        {
          phase: phaseNumber,
          closesAt: phase.submissionDeadline,
          neededUntil: short.needed,
          days: short.days,
        },
      );
  }

  const number = (earlier.at(-1)?.number ?? 0) + 1;
  let nextItem = Math.max(0, ...published.values());
  const nota: StoredNota = {
    challengeId,
    phase: phaseNumber,
    number,
    publishedAt: now,
    ...(input.introduction ? { introduction: input.introduction } : {}),
    items: [
      ...fresh.map((q) => ({ item: ++nextItem, questionId: q.id })),
      ...amendments.map((a) => ({
        item: published.get(a.questionId)!,
        questionId: a.questionId,
        answer: a.answer,
        amended: true,
        reason: a.reason,
        change: a.change,
      })),
    ],
  };
  const amendmentWrites: TxWrite[] = amendments.map((a) => {
    const q = byId.get(a.questionId)!;
    const amendment: Amendment = {
      notaNumber: number,
      answer: a.answer,
      reason: a.reason,
      at: now,
      change: a.change,
    };
    return {
      item: {
        Update: {
          Key: questionKeys.inChallenge(challengeId, q.askedAt, q.id),
          UpdateExpression: 'SET amendments = list_append(if_not_exists(amendments, :none), :one)',
          ExpressionAttributeValues: { ':none': [], ':one': [amendment] },
        },
      },
    };
  });
  await transact([
    {
      item: {
        Put: {
          Item: { ...questionKeys.nota(challengeId, phaseNumber, number), entity: ENTITY.nota, ...nota },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        conflict(
          'concurrent-change',
          `Nota ${number} of phase ${phaseNumber} was published at the same moment; reload.`,
        ),
    },
    ...amendmentWrites,
    outboxWrite(
      newEvent(
        NotaPublishedV1,
        {
          challengeId,
          phase: phaseNumber,
          number,
          publishedAt: now,
          questions: fresh.length,
          amendments: amendments.length,
          ...(significant.length > 0
            ? { significant: [...new Set(significant.map((a) => a.change as SignificantChange))] }
            : {}),
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return viewOf(nota, byId);
}

/** Every published nota of a call, per phase in order: public once the call is. */
export async function listNotas(challengeId: string): Promise<{ items: NotaView[] }> {
  const challenge = await getChallenge(challengeId);
  if (!challenge || challenge.status === 'draft') throw notFound('Challenge', challengeId);
  const [notas, questions] = await Promise.all([
    queryAll<StoredNota>({ partition: keys.challenge(challengeId).pk, prefix: questionKeys.notaPrefix }),
    challengeQuestions(challengeId),
  ]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return { items: notas.map((n) => viewOf(n, byId)) };
}

const phaseNotas = (challengeId: string, phase: number) =>
  queryAll<StoredNota>({
    partition: keys.challenge(challengeId).pk,
    prefix: questionKeys.phaseNotaPrefix(phase),
  });

function viewOf(nota: StoredNota, questions: Map<string, StoredQuestion>): NotaView {
  return {
    challengeId: nota.challengeId,
    phase: nota.phase,
    number: nota.number,
    publishedAt: nota.publishedAt,
    ...(nota.introduction ? { introduction: nota.introduction } : {}),
    items: nota.items
      .map((i) => {
        const q = questions.get(i.questionId)!;
        return {
          item: i.item,
          questionId: i.questionId,
          question: publishedText(q),
          askedAt: q.askedAt,
          answer: i.answer ?? q.answer!,
          ...(i.reason ? { amendmentReason: i.reason } : {}),
          ...(i.change ? { change: i.change } : {}),
        };
      })
      .sort((a, b) => a.item - b.item),
  };
}
