import {
  AwardConcludedV1,
  AwardDecisionConcludedV1,
  AwardDecisionWithdrawnV1,
  ObjectionAnsweredV1,
  ObjectionLodgedV1,
} from '#events/awards/standstill.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import type { Challenge } from '#shared/challenges/model.ts';
import { getChallenge, whileStillPublished } from '#shared/challenges/repository.ts';
import { DEFAULT_STANDSTILL_AFTER_COMPLAINT_DAYS } from '#shared/challenges/rules.ts';
import { cancelChallenge } from '#shared/challenges/use-cases.ts';
import { ENTITY, keys, moneyKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem, queryAll, type TxWrite, transact } from '#shared/db/store.ts';
import { reopenEvaluation } from '#shared/evaluation/use-cases.ts';
import { awardParts, releasePhase, withdrawAwards } from '#shared/funding/money.ts';
import { funderReservations, phaseBudget } from '#shared/funding/repository.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { endOfPeriodInDays, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, DomainError, notFound } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { SCHEDULE_KINDS, scheduler, standstillScheduleName } from '#shared/platform/scheduler.ts';
import { loadProposal } from '#shared/proposals/repository.ts';
import type { AwardDecision, Objection } from './schemas.ts';
import { loadAwards } from './use-cases.ts';

/*
 * The standstill (Alcatel period) after an award decision: its awards are provisional; a bidder
 * may object until it ends; the buyer answers each objection; when it ends with no objection open
 * or upheld, the awards become definitive and the contracts are concluded (a scheduled step).
 * The buyer may withdraw a provisional decision (after an upheld objection, or of its own accord):
 * the money goes back through the ledger and the phase may get a new decision.
 */

const phaseOf = (n: number) => n as 1 | 2 | 3;

export async function getDecision(
  challengeId: string,
  decisionId: string,
): Promise<AwardDecision | undefined> {
  const item = await getItem(moneyKeys.decision(challengeId, decisionId), { consistent: true });
  return item ? withoutKeys<AwardDecision>(item) : undefined;
}

/** The decisions and objections of a challenge: one Query each over its own partition. */
export async function decisionsOf(challengeId: string): Promise<AwardDecision[]> {
  const items = await queryAll({
    partition: keys.challenge(challengeId).pk,
    prefix: moneyKeys.decisionPrefix,
    consistent: true,
  });
  return items
    .map((i) => withoutKeys<AwardDecision>(i))
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.decisionId.localeCompare(b.decisionId));
}
export async function objectionsOf(challengeId: string): Promise<Objection[]> {
  const items = await queryAll({
    partition: keys.challenge(challengeId).pk,
    prefix: moneyKeys.objectionPrefix,
    consistent: true,
  });
  return items.map((i) => withoutKeys<Objection>(i)).sort((a, b) => a.lodgedAt.localeCompare(b.lodgedAt));
}

/** The lead buyer's own challenge; anyone else is told it does not exist. */
export async function ownChallenge(challengeId: string, caller: Caller): Promise<Challenge> {
  const challenge = await getChallenge(challengeId);
  if (!challenge || caller.role !== 'buyer' || challenge.leadBuyer.oin !== caller.org)
    throw notFound('Challenge', challengeId);
  return challenge;
}

const decisionChanged = (decisionId: string) => () =>
  conflict('decision-changed', `Decision ${decisionId} changed meanwhile; look at it again.`);

/**
 * Runs when a decision's standstill schedule fires (and again after an objection is rejected).
 * Idempotent: a decision concludes once. Early is an error (the scheduler retries); an open or
 * upheld objection, or a withdrawal, means there is nothing to do (yet).
 */
export async function concludeDecision(
  challengeId: string,
  decisionId: string,
  correlationId: string,
): Promise<'concluded' | 'waiting-for-objections' | 'not-applicable'> {
  const decision = await getDecision(challengeId, decisionId);
  if (decision?.status !== 'standstill') return 'not-applicable';
  const now = clock.nowIso();
  if (now < decision.standstillEndsAt)
    throw new Error(`the standstill of ${decisionId} ends at ${decision.standstillEndsAt}, not yet`);
  if (decision.openObjections > 0 || decision.upheldObjections > 0) return 'waiting-for-objections';
  // A rejected complaint keeps the standstill running a few days more (its own schedule concludes).
  if (decision.concludableFrom && now < decision.concludableFrom) return 'waiting-for-objections';
  const challenge = await getChallenge(challengeId);
  // A cancelled call concludes no contract (cancelling withdraws its provisional decisions).
  if (challenge?.status !== 'published') return 'not-applicable';
  const awards = await loadAwards(decision.awardIds);
  const context = { correlationId, actor: { role: 'system' as const } };
  const release = decision.noAward ? await phaseRelease(challenge, decision.phase, now) : undefined;
  try {
    await transact([
      whileStillPublished(challengeId),
      {
        item: {
          Update: {
            Key: moneyKeys.decision(challengeId, decisionId),
            UpdateExpression: `SET #status = :definitive, concludedAt = :now${release ? ', releasedCents = :released' : ''}`,
            // Nobody objected meanwhile (an objection needs the standstill still running).
            ConditionExpression:
              '#status = :standstill AND openObjections = :zero AND upheldObjections = :zero',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':definitive': 'definitive',
              ':standstill': 'standstill',
              ':zero': 0,
              ':now': now,
              ...(release ? { ':released': release.amountCents } : {}),
            },
          },
        },
        onConditionFailed: () => conflict('decision-concluded', `Decision ${decisionId} moved on meanwhile.`),
      },
      ...(release?.writes ?? []),
      ...awards.flatMap((award): TxWrite[] => [
        {
          item: {
            Update: {
              Key: moneyKeys.award(award.id),
              UpdateExpression: 'SET #status = :awarded, concludedAt = :now',
              ConditionExpression: '#status = :provisional',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':awarded': 'awarded',
                ':provisional': 'provisional',
                ':now': now,
              },
            },
          },
        },
        outboxWrite(
          newEvent(
            AwardConcludedV1,
            {
              awardId: award.id,
              decisionId,
              challengeId,
              phase: phaseOf(award.phase),
              companyKvk: award.companyKvk,
              concludedAt: now,
            },
            context,
          ),
        ),
      ]),
      outboxWrite(
        newEvent(
          AwardDecisionConcludedV1,
          {
            decisionId,
            challengeId,
            phase: phaseOf(decision.phase),
            awardIds: decision.awardIds,
            ...(release ? { releasedCents: release.amountCents } : {}),
            concludedAt: now,
          },
          context,
        ),
      ),
    ]);
  } catch (error) {
    if (
      error instanceof DomainError &&
      (error.type === 'decision-concluded' || error.type === 'challenge-not-published')
    )
      return 'not-applicable';
    throw error;
  }
  return 'concluded';
}

/**
 * A decision to award nothing stood: what the phase's budget still holds goes back to the
 * funders, split within what each reservation still holds (see `releasePhase`).
 */
async function phaseRelease(challenge: Challenge, phase: number, at: string) {
  const budget = await phaseBudget(challenge.id, phase);
  const amountCents = budget?.remainingCents ?? 0;
  if (amountCents === 0) return { amountCents, writes: [] as TxWrite[] };
  const reservations = new Map((await funderReservations(challenge.id)).map((r) => [r.funderOin, r]));
  const room = new Map([...reservations.values()].map((r) => [r.funderOin, r.unawardedCents]));
  const parts = awardParts(challenge.funders, (oin) => reservations.get(oin)!.holderOin, amountCents, room);
  return {
    amountCents,
    writes: releasePhase({
      challengeId: challenge.id,
      phase,
      year: (challenge as Challenge & { programmeYear: number }).programmeYear,
      instrument: challenge.instrument,
      at,
      remainingCents: amountCents,
      parts,
    }),
  };
}

/** A bidder of the decision's phase objects, with its grounds, while the standstill runs. */
export async function lodgeObjection(
  proposalId: string,
  input: { decisionId: string; grounds: string },
  ctx: RequestContext,
): Promise<Objection> {
  const proposal = await loadProposal(proposalId);
  if (!proposal || ctx.caller.role !== 'sme' || ctx.caller.org !== proposal.companyKvk)
    throw notFound('Proposal', proposalId);
  const decision = await getDecision(proposal.challengeId, input.decisionId);
  if (!decision || decision.phase !== proposal.phase || proposal.status !== 'submitted')
    throw notFound('Decision', input.decisionId);
  const now = clock.nowIso();
  const closed = () =>
    conflict(
      'standstill-over',
      `The standstill of this decision ended at ${toAmsterdamIso(decision.standstillEndsAt)}; objections were possible until then.`,
      { standstillEndsAt: decision.standstillEndsAt },
    );
  if (decision.status === 'withdrawn')
    throw conflict('decision-withdrawn', 'This decision was withdrawn; there is nothing to object to.');
  if (decision.status !== 'standstill' || now >= decision.standstillEndsAt) throw closed();
  const objection: Objection = {
    objectionId: newId(),
    decisionId: decision.decisionId,
    challengeId: proposal.challengeId,
    phase: proposal.phase,
    proposalId: proposal.id,
    companyKvk: proposal.companyKvk,
    companyName: proposal.companyName,
    grounds: input.grounds,
    lodgedAt: now,
    status: 'open',
  };
  await transact([
    {
      item: {
        Update: {
          Key: moneyKeys.decision(proposal.challengeId, decision.decisionId),
          UpdateExpression:
            'SET openObjections = openObjections + :one, lodgedObjections = lodgedObjections + :one',
          ConditionExpression: '#status = :standstill AND standstillEndsAt > :now',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':one': 1, ':standstill': 'standstill', ':now': now },
        },
      },
      onConditionFailed: closed,
    },
    {
      item: {
        Put: {
          Item: {
            ...moneyKeys.objection(proposal.challengeId, objection.objectionId),
            entity: ENTITY.objection,
            ...objection,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    outboxWrite(
      newEvent(
        ObjectionLodgedV1,
        {
          objectionId: objection.objectionId,
          decisionId: decision.decisionId,
          challengeId: proposal.challengeId,
          phase: phaseOf(proposal.phase),
          proposalId: proposal.id,
          companyKvk: proposal.companyKvk,
          lodgedAt: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return objection;
}

/**
 * The buyer answers an objection with reasons. Rejected: once no objection is open the decision
 * may conclude (at the end of its standstill, or at once if that has passed). Upheld: the decision
 * cannot conclude; the buyer withdraws it (and may decide again).
 */
export async function answerObjection(
  challengeId: string,
  objectionId: string,
  answer: { outcome: 'upheld' | 'rejected'; reasons: string },
  ctx: RequestContext,
): Promise<Objection> {
  const challenge = await ownChallenge(challengeId, ctx.caller);
  const item = await getItem(moneyKeys.objection(challengeId, objectionId), { consistent: true });
  if (!item) throw notFound('Objection', objectionId);
  const objection = withoutKeys<Objection>(item);
  if (objection.status !== 'open')
    throw conflict('objection-answered', `This objection is ${objection.status} already.`);
  const decision = (await getDecision(challengeId, objection.decisionId))!;
  const now = clock.nowIso();
  const answered: Objection = {
    ...objection,
    status: answer.outcome,
    answer: { reasons: answer.reasons, answeredAt: now },
  };
  // Rejected: the bidder may still go to court, so the contract waits at least some days after
  // the answer (to 24:00 of the last day), and never before the standstill's own end.
  const runsOn = endOfPeriodInDays(
    now,
    challenge.standstillAfterComplaintDays ?? DEFAULT_STANDSTILL_AFTER_COMPLAINT_DAYS,
  );
  const concludableFrom = [decision.standstillEndsAt, decision.concludableFrom ?? '', runsOn].sort().at(-1)!;
  await transact([
    {
      item: {
        Update: {
          Key: moneyKeys.objection(challengeId, objectionId),
          UpdateExpression: 'SET #status = :outcome, answer = :answer',
          ConditionExpression: '#status = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':outcome': answer.outcome,
            ':answer': answered.answer,
            ':open': 'open',
          },
        },
      },
      onConditionFailed: () => conflict('objection-answered', 'This objection was answered meanwhile.'),
    },
    {
      item: {
        Update: {
          Key: moneyKeys.decision(challengeId, objection.decisionId),
          UpdateExpression:
            answer.outcome === 'upheld'
              ? 'SET openObjections = openObjections - :one, upheldObjections = upheldObjections + :one'
              : 'SET openObjections = openObjections - :one, concludableFrom = :from',
          ConditionExpression: '#status = :standstill AND openObjections >= :one',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':standstill': 'standstill',
            ...(answer.outcome === 'rejected' ? { ':from': concludableFrom } : {}),
          },
        },
      },
      onConditionFailed: decisionChanged(objection.decisionId),
    },
    outboxWrite(
      newEvent(
        ObjectionAnsweredV1,
        {
          objectionId,
          decisionId: objection.decisionId,
          challengeId,
          phase: phaseOf(objection.phase),
          outcome: answer.outcome,
          answeredAt: now,
          standstillEndsAt: answer.outcome === 'rejected' ? concludableFrom : decision.standstillEndsAt,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return answered;
}

/**
 * The buyer withdraws a provisional decision with its reasons: the awards are withdrawn, what they
 * drew goes back to the phase budget, the funders' reservations and the envelopes (a `withdraw`
 * ledger entry per part), the proposals may be awarded again, open objections become moot. Once.
 */
export async function withdrawDecision(
  challengeId: string,
  decisionId: string,
  reason: string,
  ctx: RequestContext,
): Promise<AwardDecision> {
  const challenge = await ownChallenge(challengeId, ctx.caller);
  const decision = await getDecision(challengeId, decisionId);
  if (!decision) throw notFound('Decision', decisionId);
  if (decision.status !== 'standstill')
    throw conflict(
      'decision-not-provisional',
      decision.status === 'withdrawn'
        ? 'This decision was withdrawn already.'
        : 'This decision is definitive: its contracts are concluded (end them by completion or termination).',
    );
  const awards = await loadAwards(decision.awardIds);
  const open = (await objectionsOf(challengeId)).filter(
    (o) => o.decisionId === decisionId && o.status === 'open',
  );
  const now = clock.nowIso();
  const withdrawn: AwardDecision = {
    ...decision,
    status: 'withdrawn',
    withdrawnAt: now,
    withdrawalReason: reason,
  };
  await transact([
    {
      item: {
        Update: {
          Key: moneyKeys.decision(challengeId, decisionId),
          UpdateExpression:
            'SET #status = :withdrawn, withdrawnAt = :now, withdrawalReason = :reason, openObjections = :zero',
          // The objections read are all there are: one lodged meanwhile would be left open.
          ConditionExpression: '#status = :standstill AND openObjections = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':withdrawn': 'withdrawn',
            ':standstill': 'standstill',
            ':now': now,
            ':reason': reason,
            ':zero': 0,
            ':open': open.length,
          },
        },
      },
      onConditionFailed: decisionChanged(decisionId),
    },
    ...awards.flatMap((award): TxWrite[] => [
      {
        item: {
          Update: {
            Key: moneyKeys.award(award.id),
            UpdateExpression: 'SET #status = :withdrawn, withdrawnAt = :now',
            ConditionExpression: '#status = :provisional',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':withdrawn': 'withdrawn',
              ':provisional': 'provisional',
              ':now': now,
            },
          },
        },
        onConditionFailed: decisionChanged(decisionId),
      },
      { item: { Delete: { Key: moneyKeys.awardedProposal(challengeId, award.proposalId) } } },
    ]),
    ...open.map(
      (o): TxWrite => ({
        item: {
          Update: {
            Key: moneyKeys.objection(challengeId, o.objectionId),
            UpdateExpression: 'SET #status = :moot',
            ConditionExpression: '#status = :open',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':moot': 'moot', ':open': 'open' },
          },
        },
        onConditionFailed: decisionChanged(decisionId),
      }),
    ),
    // A decision to award nothing moved no money: nothing goes back.
    ...(awards.length > 0
      ? withdrawAwards({
          challengeId,
          phase: decision.phase,
          year: awards[0]!.programmeYear,
          instrument: challenge.instrument,
          at: now,
          awards: awards.map((a) => ({ awardId: a.id, split: a.split })),
        })
      : []),
    outboxWrite(
      newEvent(
        AwardDecisionWithdrawnV1,
        {
          decisionId,
          challengeId,
          phase: phaseOf(decision.phase),
          reason,
          withdrawnAt: now,
          awards: awards.map((a) => ({
            awardId: a.id,
            companyKvk: a.companyKvk,
            returned: a.split.map(({ funderOin, amountCents }) => ({ funderOin, amountCents })),
          })),
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return withdrawn;
}

/**
 * Cancelling a published call: first every decision still in its standstill is withdrawn (its
 * awards withdrawn, their money back in the reservations, open complaints moot), then the call is
 * cancelled, which releases every reservation not awarded. Each step is one transaction; if the
 * process stops in between, the withdrawn decisions stay withdrawn and cancelling again finishes.
 * No scheduled conclusion can conclude a contract of the cancelled call (it checks the call).
 */
export async function cancelCall(challengeId: string, reason: string, ctx: RequestContext) {
  const challenge = await ownChallenge(challengeId, ctx.caller);
  if (challenge.status === 'published') {
    for (const decision of await decisionsOf(challengeId)) {
      if (decision.status !== 'standstill') continue;
      await withdrawDecision(challengeId, decision.decisionId, `${CANCELLED_REASON}${reason}`, ctx);
    }
  }
  return cancelChallenge(challengeId, reason, ctx);
}
const CANCELLED_REASON = 'De oproep is ingetrokken / the call was cancelled: ';

/**
 * The remedy after an upheld complaint: with the decision it found wrong withdrawn, and no other
 * decision of the phase standing, the buyer reopens the evaluation — the ranking is kept as a
 * numbered version, the committee may re-score or change (each change with its reason) and the
 * next decision freezes the next version; its letters name the version they rest on.
 */
export async function reopenPhaseEvaluation(
  challengeId: string,
  phase: number,
  reason: string,
  ctx: RequestContext,
) {
  await ownChallenge(challengeId, ctx.caller);
  const decisions = (await decisionsOf(challengeId)).filter((d) => d.phase === phase);
  const standing = decisions.filter((d) => d.status !== 'withdrawn');
  const remedied = decisions.some((d) => d.status === 'withdrawn' && d.upheldObjections > 0);
  if (standing.length > 0 || !remedied)
    throw conflict(
      'not-reopenable',
      standing.length > 0
        ? `A decision of phase ${phase} still stands; withdraw it first.`
        : `No complaint against a decision of phase ${phase} was upheld; its evaluation stays final.`,
    );
  return reopenEvaluation(challengeId, phase, reason, ctx);
}

/** A decision as its summary view shows it (the standstill's end also in Amsterdam time). */
export function decisionSummary(decision: AwardDecision) {
  const { awardIds: _a, proposalIds: _p, letterEventId: _e, lettersTo: _l, ...rest } = decision;
  return { ...rest, standstillEndsAtAmsterdam: toAmsterdamIso(decision.standstillEndsAt) };
}

/** The one-time schedule that ends a decision's standstill (not before its end). */
export async function scheduleStandstillEnd(
  decision: { challengeId: string; decisionId: string; standstillEndsAt: string },
  objectionId?: string,
  notBefore?: string,
) {
  const at = notBefore && notBefore > decision.standstillEndsAt ? notBefore : decision.standstillEndsAt;
  await scheduler().scheduleOnce({
    name: standstillScheduleName(decision.decisionId, objectionId),
    at,
    target: SCHEDULE_KINDS.standstill.target,
    payload: { challengeId: decision.challengeId, decisionId: decision.decisionId },
  });
}
