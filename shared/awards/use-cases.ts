import { AwardDecidedV1 } from '#events/awards/award-decided.v1.ts';
import { AwardCompletedV1, AwardTerminatedV1 } from '#events/awards/award-ended.v1.ts';
import { AwardDecisionIssuedV1 } from '#events/awards/standstill.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import type { Challenge } from '#shared/challenges/model.ts';
import { getChallenge, whileStillPublished } from '#shared/challenges/repository.ts';
import { ENTITY, keys, moneyKeys, proposalKeys, reportKeys, withoutKeys } from '#shared/db/keys.ts';
import {
  getItem,
  getItems,
  MAX_TRANSACTION_ITEMS,
  queryAll,
  type TxWrite,
  transact,
} from '#shared/db/store.ts';
import { assertAwardsToInvited } from '#shared/evaluation/selection.ts';
import { awardedProposals, rankedProposals } from '#shared/evaluation/use-cases.ts';
import type { FunderPart } from '#shared/funding/model.ts';
import { awardParts, drawForAwards, returnUnspent, unspentParts } from '#shared/funding/money.ts';
import { funderReservations, phaseBudget } from '#shared/funding/repository.ts';
import { excludingVat } from '#shared/funding/split.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { endOfPeriodInDays, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, DomainError, notFound, unprocessable } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import type { Award, AwardDecision, TERMINATION_CAUSES } from './schemas.ts';

/** Awards by id, in the order asked (missing ones left out): one BatchGet. */
export async function loadAwards(ids: readonly string[]): Promise<Award[]> {
  if (ids.length === 0) return [];
  const items = await getItems(
    ids.map((id) => moneyKeys.award(id)),
    { consistent: true },
  );
  const found = new Map(items.map((item) => [item.id as string, withoutKeys<Award>(item)]));
  return ids.map((id) => found.get(id)!).filter(Boolean);
}

export interface DecisionMotivation {
  reasons?: string;
  passedOver?: { proposalId: string; reason: string }[];
  lowPriceExplanations?: AwardDecision['lowPriceExplanations'];
  noAward?: AwardDecision['noAward'];
}

export interface AwardInput {
  proposalId: string;
  amountCents?: number;
  startDate: string;
  endDate: string;
}

/**
 * The award decision: ranked proposals get contracts within the phase budget. One transaction
 * writes the awards, a ledger entry per funder per award, and decrements the phase budget, each
 * funder's reservation and each envelope's reserved amount — each guarded by a condition, so no
 * counter goes below zero under any concurrency. The decision's id makes a resend a no-op.
 */
export async function decideAwards(
  challengeId: string,
  phaseNumber: number,
  decisionId: string,
  inputs: AwardInput[],
  ctx: RequestContext,
  /** The buyer's reasons, the bids passed over and why, or why nothing is awarded. */
  motivation: DecisionMotivation = {},
) {
  const { reasons, passedOver = [], noAward, lowPriceExplanations = [] } = motivation;
  const challenge = await getChallenge(challengeId);
  if (!challenge || challenge.leadBuyer.oin !== ctx.caller.org || challenge.status === 'draft')
    throw notFound('Challenge', challengeId);
  const replay = await replayDecision(challengeId, decisionId, inputs);
  if (replay) return replay;
  if (challenge.status !== 'published')
    throw conflict('challenge-not-published', `Challenge ${challengeId} is ${challenge.status}.`);
  const phase = challenge.phases.find((p) => p.number === phaseNumber);
  if (!phase) throw notFound('Phase', `${challengeId}/${phaseNumber}`);
  if (clock.nowIso() < phase.submissionDeadline) {
    throw conflict(
      'phase-not-closed',
      `Phase ${phaseNumber} closes at ${toAmsterdamIso(phase.submissionDeadline)}; award after the ranking.`,
    );
  }
  const now = clock.nowIso();
  // Provisional until the standstill ends (the day of the decision not counted, to 24:00 of the last day).
  const standstillEndsAt = endOfPeriodInDays(now, challenge.standstillDays);
  // The decision rests on this ranking: the first decision of the phase freezes its evaluation.
  const { ranking, excluded, version, proposals, freeze } = await rankedProposals(
    challengeId,
    phaseNumber,
    ctx,
    { decisionId, at: now },
  );
  const ranked = new Map(ranking.map((r) => [r.proposalId, r]));
  const excludedIds = new Set(excluded.map((e) => e.proposalId));
  // Bidders an earlier decision of the call awarded (its markers) get no letter of this one.
  const awardedBefore = await awardedProposals(challengeId);
  for (const p of passedOver)
    if (!ranked.has(p.proposalId))
      throw unprocessable(
        'not-ranked',
        `Proposal ${p.proposalId} is not in the ranking of phase ${phaseNumber}.`,
      );
  const lettersTo = [...ranking.map((r) => r.proposalId), ...excluded.map((e) => e.proposalId)].filter(
    (id) => !awardedBefore.has(id),
  );
  // Every letter that says "not awarded" says why, in the buyer's words too.
  const unawarded = lettersTo.filter((id) => !inputs.some((i) => i.proposalId === id));
  const reasonsMissing =
    unawarded.length > 0 && !reasons
      ? [{ field: 'body.reasons', message: 'required when a bidder is not awarded' }]
      : [];
  const reservations = new Map((await funderReservations(challengeId)).map((r) => [r.funderOin, r]));

  // What each funder's reservation still holds: award parts never exceed it (see `awardParts`).
  const room = new Map([...reservations.values()].map((r) => [r.funderOin, r.unawardedCents]));
  const awards: Award[] = [];
  for (const input of inputs) {
    const entry = ranked.get(input.proposalId);
    if (excludedIds.has(input.proposalId))
      throw excluded.find((e) => e.proposalId === input.proposalId)?.ground === 'not-selected'
        ? unprocessable('not-invited', 'Only candidates invited to negotiate can be awarded.', {
            proposalIds: [input.proposalId],
          })
        : unprocessable(
            'proposal-excluded',
            `Proposal ${input.proposalId} was declared invalid or excluded; it is not in the ranking.`,
          );
    if (!entry)
      throw unprocessable(
        'not-ranked',
        `Proposal ${input.proposalId} is not in the ranking of phase ${phaseNumber}.`,
      );
    // A price that looks abnormally low is awarded only once its explanation was asked and judged.
    if (entry.abnormallyLow && !lowPriceExplanations.some((e) => e.proposalId === input.proposalId))
      throw unprocessable(
        'abnormally-low-unexplained',
        `The price of proposal ${input.proposalId} looks abnormally low (more than 30% below the others' mean): ask the bidder to explain it, judge the explanation, and state both in the decision — or exclude the tender.`,
        { proposalIds: [input.proposalId] },
      );
    if (!entry.meetsThreshold)
      throw unprocessable(
        'below-threshold',
        `Proposal ${input.proposalId} scored below the phase's minimum.`,
      );
    const proposal = proposals.get(input.proposalId)!;
    const amount = input.amountCents ?? proposal.requestedAmountCents;
    if (amount > proposal.requestedAmountCents) {
      throw unprocessable(
        'over-requested',
        `Proposal ${input.proposalId} asked € ${proposal.requestedAmountCents / 100}; an award cannot be more.`,
      );
    }
    awards.push({
      id: newId(),
      decisionId,
      challengeId,
      phase: phaseNumber,
      proposalId: proposal.id,
      companyKvk: proposal.companyKvk,
      companyName: proposal.companyName,
      sizeClass: proposal.sizeClass,
      instrument: challenge.instrument,
      programmeYear: challenge.programmeYear!,
      amountCents: amount,
      amountExclVatCents: excludingVat(amount),
      split: awardParts(challenge.funders, (oin) => reservations.get(oin)!.holderOin, amount, room),
      startDate: input.startDate,
      endDate: input.endDate,
      status: 'provisional',
      decidedAt: now,
      standstillEndsAt,
    });
    for (const part of awards.at(-1)!.split)
      room.set(part.funderOin, room.get(part.funderOin)! - part.amountCents);
  }

  await assertEveryPartnerContinues(
    challenge,
    phaseNumber,
    ranking,
    new Set(inputs.map((i) => i.proposalId)),
  );
  const invited = await assertAwardsToInvited(
    challenge,
    phaseNumber,
    inputs.map((i) => i.proposalId),
  );
  // Only bids that could have been awarded are passed over: a partnership's invited candidates.
  const budget = await phaseBudget(challengeId, phaseNumber);
  assertRankingFollowed(
    invited ? ranking.filter((r) => invited.has(r.proposalId)) : ranking,
    inputs,
    passedOver,
    awardedBefore,
    budget?.remainingCents ?? 0,
    reasonsMissing,
  );
  if (reasonsMissing.length > 0)
    throw unprocessable(
      'reason-required',
      'Some bidders are not awarded: state the reasons of this decision; every letter carries them.',
      { errors: reasonsMissing },
    );

  const awardedHere = new Set(inputs.map((i) => i.proposalId));
  const issued = newEvent(
    AwardDecisionIssuedV1,
    {
      decisionId,
      challengeId,
      phase: phaseNumber as 1 | 2 | 3,
      decidedAt: now,
      standstillDays: challenge.standstillDays,
      standstillEndsAt,
      awardIds: awards.map((a) => a.id),
      ...(noAward ? { noAward } : {}),
      recipients: [...ranking, ...excluded]
        .filter((r) => !awardedBefore.has(r.proposalId))
        .map((r) => ({
          proposalId: r.proposalId,
          companyKvk: r.companyKvk,
          outcome: awardedHere.has(r.proposalId) ? ('awarded' as const) : ('not-awarded' as const),
        })),
    },
    eventContext(ctx),
  );
  const decision: AwardDecision = {
    decisionId,
    challengeId,
    phase: phaseNumber,
    awardIds: awards.map((a) => a.id),
    proposalIds: inputs.map((i) => i.proposalId).sort(),
    lettersTo,
    decidedAt: now,
    status: 'standstill',
    standstillDays: challenge.standstillDays,
    standstillEndsAt,
    rankingVersion: version,
    letterEventId: issued.detail.metadata.eventId,
    ...(reasons ? { reasons } : {}),
    ...(passedOver.length > 0 ? { passedOver } : {}),
    ...(lowPriceExplanations.length > 0 ? { lowPriceExplanations } : {}),
    ...(noAward ? { noAward } : {}),
    lodgedObjections: 0,
    openObjections: 0,
    upheldObjections: 0,
  };
  const writes: TxWrite[] = [
    {
      item: {
        Put: {
          Item: {
            ...moneyKeys.decision(challengeId, decisionId),
            ...reportKeys.entry(challenge.programmeYear!, 'DECISION', `${now}#${decisionId}`),
            entity: ENTITY.awardDecision,
            ...decision,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        new DomainError('conflict', 'decision-exists', 'This decision was taken already.'),
    },
    whileStillPublished(challengeId),
    ...freeze,
    // The letters: every bidder of the phase reads its own (see letters.ts); the event says who got one.
    outboxWrite(issued),
    ...drawForAwards({
      challengeId,
      phase: phaseNumber,
      year: challenge.programmeYear!,
      instrument: challenge.instrument,
      at: now,
      awards: awards.map((a) => ({ awardId: a.id, split: a.split })),
    }),
    ...awards.flatMap((award): TxWrite[] => [
      {
        item: {
          Put: {
            Item: {
              ...moneyKeys.awardedProposal(challengeId, award.proposalId),
              entity: ENTITY.awardedProposal,
              awardId: award.id,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () =>
          conflict('already-awarded', `Proposal ${award.proposalId} has been awarded already.`),
      },
      {
        item: {
          Put: {
            Item: {
              ...moneyKeys.award(award.id),
              ...moneyKeys.awardByCompany(award.companyKvk, now, award.id),
              ...reportKeys.entry(award.programmeYear, 'AWARD', `${now}#${award.id}`),
              entity: ENTITY.award,
              ...award,
            },
          },
        },
      },
      outboxWrite(
        newEvent(
          AwardDecidedV1,
          {
            awardId: award.id,
            decisionId,
            challengeId,
            phase: phaseNumber as 1 | 2 | 3,
            proposalId: award.proposalId,
            companyKvk: award.companyKvk,
            sizeClass: award.sizeClass,
            instrument: award.instrument,
            programmeYear: award.programmeYear,
            amountCents: award.amountCents,
            amountExclVatCents: award.amountExclVatCents,
            split: award.split.map(({ funderOin, amountCents }) => ({ funderOin, amountCents })),
            startDate: award.startDate,
            endDate: award.endDate,
            decidedAt: now,
          },
          eventContext(ctx),
        ),
      ),
    ]),
  ];
  if (writes.length > MAX_TRANSACTION_ITEMS) {
    throw unprocessable(
      'decision-too-large',
      'Too many awards for one decision with this many funders; split it into smaller decisions.',
    );
  }
  try {
    await transact(writes);
  } catch (error) {
    // The same decision raced itself: whichever landed first is the answer.
    if (error instanceof DomainError && error.type === 'decision-exists') {
      const again = await replayDecision(challengeId, decisionId, inputs);
      if (again) return again;
    }
    throw error;
  }
  return { decisionId, replayed: false, awards };
}

/**
 * A decision follows the ranking or says why: every valid bid (it meets the minimum score) ranked
 * above the lowest one awarded here, not awarded before, whose requested amount fits what the
 * phase's budget still holds, is passed over only with a reason of its own. A decision to award
 * nothing passes over nobody in this sense: its reasons cover every bid.
 */
function assertRankingFollowed(
  ranking: readonly {
    proposalId: string;
    rank: number;
    meetsThreshold: boolean;
    requestedAmountCents: number;
    companyName?: string;
  }[],
  inputs: readonly AwardInput[],
  passedOver: readonly { proposalId: string }[],
  awardedBefore: ReadonlySet<string>,
  budgetLeftCents: number,
  /** Other mistakes of the same decision, named in the same refusal (all at once, not in rounds). */
  alsoWrong: readonly { field: string; message: string }[] = [],
) {
  const awardedHere = new Set(inputs.map((i) => i.proposalId));
  const lowest = Math.max(0, ...ranking.filter((r) => awardedHere.has(r.proposalId)).map((r) => r.rank));
  const reasoned = new Set(passedOver.map((p) => p.proposalId));
  const unreasoned = ranking.filter(
    (r) =>
      r.rank < lowest &&
      r.meetsThreshold &&
      !awardedHere.has(r.proposalId) &&
      !awardedBefore.has(r.proposalId) &&
      r.requestedAmountCents <= budgetLeftCents &&
      !reasoned.has(r.proposalId),
  );
  if (unreasoned.length > 0)
    throw unprocessable(
      'pass-over-unreasoned',
      `This decision passes over ${unreasoned.map((r) => `${r.companyName ?? r.proposalId} (rank ${r.rank})`).join(', ')}: a higher-ranked valid bid that fits the budget. State why for each.`,
      {
        proposalIds: unreasoned.map((r) => r.proposalId),
        ...(alsoWrong.length > 0 ? { errors: alsoWrong } : {}),
      },
    );
}

/**
 * An innovation partnership that did not announce ending or reducing partners after a phase
 * (Aw 2012 art. 2.31a-b) continues every partner that met the phase's targets. Only they may bid
 * for the next phase (a completed contract of the phase before), so a decision for a later phase
 * that leaves one of its bidders without an award — in this decision or an earlier live one — drops
 * a partner, and is refused.
 */
async function assertEveryPartnerContinues(
  challenge: Challenge,
  phaseNumber: number,
  ranking: readonly { proposalId: string; companyName?: string }[],
  awardedHere: ReadonlySet<string>,
) {
  if (
    challenge.instrument !== 'innovation-partnership' ||
    challenge.innovationPartnership?.mayEndPartnersAfterPhase !== false ||
    phaseNumber < 2
  )
    return;
  const awardedBefore = await awardedProposals(challenge.id);
  const dropped = ranking.filter((r) => !awardedHere.has(r.proposalId) && !awardedBefore.has(r.proposalId));
  if (dropped.length > 0) {
    throw unprocessable(
      'partner-dropped',
      `This partnership did not announce ending partners after a phase: every partner that met its targets continues. Award phase ${phaseNumber} to ${dropped.map((d) => d.companyName ?? d.proposalId).join(', ')} too.`,
      { proposalIds: dropped.map((d) => d.proposalId) },
    );
  }
}

async function replayDecision(challengeId: string, decisionId: string, inputs: AwardInput[]) {
  const stored = await getItem(moneyKeys.decision(challengeId, decisionId), { consistent: true });
  if (!stored) return undefined;
  const same =
    (stored.proposalIds as string[]).join() ===
    inputs
      .map((i) => i.proposalId)
      .sort()
      .join();
  if (!same)
    throw conflict(
      'decision-id-reused',
      `Decision ${decisionId} was taken for other proposals; use a new id.`,
    );
  return { decisionId, replayed: true, awards: await loadAwards(stored.awardIds as string[]) };
}

/** The own buyer, or the company that won it. */
export async function readAward(awardId: string, caller: Caller): Promise<Award> {
  const [award] = await loadAwards([awardId]);
  if (award && caller.role === 'sme' && caller.org === award.companyKvk) return award;
  if (award && caller.role === 'buyer') {
    const challenge = await getChallenge(award.challengeId);
    if (challenge?.leadBuyer.oin === caller.org) return award;
  }
  throw notFound('Award', awardId);
}

/** Every award of a challenge, for its own buyer: the awarded markers, then one BatchGet. */
export async function challengeAwards(challengeId: string, caller: Caller): Promise<Award[]> {
  const challenge = await getChallenge(challengeId);
  if (!challenge || caller.role !== 'buyer' || challenge.leadBuyer.oin !== caller.org)
    throw notFound('Challenge', challengeId);
  const markers = await queryAll({
    partition: keys.challenge(challengeId).pk,
    prefix: moneyKeys.awardedPrefix,
  });
  const awards = await loadAwards(markers.map((m) => m.awardId as string));
  return awards.sort(
    (a, b) =>
      a.phase - b.phase ||
      a.decidedAt.localeCompare(b.decidedAt) ||
      a.companyName.localeCompare(b.companyName),
  );
}

/**
 * Ends an award: completed (deliverable accepted) or terminated. What was not spent returns to
 * the funders' envelopes, per funder, through the ledger.
 */
export async function endAward(
  awardId: string,
  ending:
    | { kind: 'completed'; finalAmountCents?: number }
    | { kind: 'terminated'; spentCents: number; reason: string; cause?: (typeof TERMINATION_CAUSES)[number] },
  ctx: RequestContext,
  /**
   * The contract's part (see contracts/use-cases.ts `endContract`): what returns per funder, given
   * what each has paid already, and the contract's own write — in the same transaction.
   */
  contract?: { returned: FunderPart[]; writes: TxWrite[] },
): Promise<Award> {
  const award = await readAward(awardId, ctx.caller);
  if (ctx.caller.role !== 'buyer') throw notFound('Award', awardId);
  if (award.status === 'provisional')
    throw conflict(
      'award-provisional',
      `Award ${awardId} is provisional: its standstill runs until ${toAmsterdamIso(award.standstillEndsAt)}; the contract is concluded after it, if no objection stands.`,
      { standstillEndsAt: award.standstillEndsAt },
    );
  if (award.status !== 'awarded')
    throw conflict('award-ended', `Award ${awardId} is ${award.status} already.`);
  const challenge = (await getChallenge(award.challengeId))!;
  // For cause (bankruptcy, serious breach) a partner may always be ended; otherwise only if the
  // call announced that partners may be ended after a phase.
  if (
    ending.kind === 'terminated' &&
    !ending.cause &&
    challenge.instrument === 'innovation-partnership' &&
    !challenge.innovationPartnership?.mayEndPartnersAfterPhase
  ) {
    throw conflict(
      'not-announced',
      'The procurement documents did not announce that partners may be ended; end this partnership only for cause (bankruptcy, serious breach).',
    );
  }
  const final =
    ending.kind === 'completed' ? (ending.finalAmountCents ?? award.amountCents) : ending.spentCents;
  if (final > award.amountCents)
    throw unprocessable('over-award', `At most the awarded € ${award.amountCents / 100} can be paid.`);
  // Per funder: what returns (its part of the award minus its part of the final amount).
  const returned = contract?.returned ?? unspentParts(challenge.funders, award.split, final);
  const now = clock.nowIso();
  const next: Award = {
    ...award,
    status: ending.kind,
    finalAmountCents: final,
    endedAt: now,
    ...(ending.kind === 'terminated' ? { terminationReason: ending.reason } : {}),
    ...(ending.kind === 'terminated' && ending.cause ? { terminationCause: ending.cause } : {}),
  };
  const data = {
    awardId,
    challengeId: award.challengeId,
    phase: award.phase as 1 | 2 | 3,
    companyKvk: award.companyKvk,
    programmeYear: award.programmeYear,
    finalAmountCents: final,
    returned: returned.map(({ funderOin, amountCents }) => ({ funderOin, amountCents })),
    at: now,
  };
  const event =
    ending.kind === 'completed'
      ? newEvent(AwardCompletedV1, data, eventContext(ctx))
      : newEvent(
          AwardTerminatedV1,
          { ...data, reason: ending.reason, ...(ending.cause ? { cause: ending.cause } : {}) },
          eventContext(ctx),
        );
  await transact([
    {
      item: {
        Update: {
          Key: moneyKeys.award(awardId),
          UpdateExpression: `SET #status = :next, finalAmountCents = :final, endedAt = :now${ending.kind === 'terminated' ? ', terminationReason = :reason' : ''}${ending.kind === 'terminated' && ending.cause ? ', terminationCause = :cause' : ''}`,
          ConditionExpression: '#status = :awarded',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':next': ending.kind,
            ':final': final,
            ':now': now,
            ':awarded': 'awarded',
            ...(ending.kind === 'terminated' ? { ':reason': ending.reason } : {}),
            ...(ending.kind === 'terminated' && ending.cause ? { ':cause': ending.cause } : {}),
          },
        },
      },
      onConditionFailed: () => conflict('award-ended', `Award ${awardId} was ended meanwhile.`),
    },
    ...returnUnspent({
      challengeId: award.challengeId,
      awardId,
      year: award.programmeYear,
      instrument: award.instrument,
      at: now,
      returned,
    }),
    ...(contract?.writes ?? []),
    outboxWrite(event),
  ]);
  return next;
}

/** The next phase opens to a company that completed a contract: it is invited and made eligible. */
export async function inviteToNextPhase(
  award: { awardId: string; challengeId: string; phase: number; companyKvk: string },
  at: string,
): Promise<TxWrite[]> {
  const challenge = await getChallenge(award.challengeId);
  const next = award.phase + 1;
  if (!challenge?.phases.some((p) => p.number === next)) return [];
  return [
    {
      item: {
        Put: {
          Item: {
            ...proposalKeys.eligibility(award.challengeId, next, award.companyKvk),
            entity: ENTITY.phaseEligibility,
            becauseOfAwardId: award.awardId,
          },
        },
      },
    },
    {
      item: {
        Put: {
          Item: {
            ...moneyKeys.invitation(award.companyKvk, award.challengeId, next),
            entity: ENTITY.phaseInvitation,
            challengeId: award.challengeId,
            phase: next,
            invitedAt: at,
            becauseOfAwardId: award.awardId,
          },
        },
      },
    },
  ];
}

export async function listInvitations(kvk: string) {
  const invitations = await queryAll({ partition: moneyKeys.invitationPartition(kvk) });
  return {
    items: invitations.map((i) => ({
      challengeId: i.challengeId as string,
      phase: i.phase as number,
      invitedAt: i.invitedAt as string,
      becauseOfAwardId: i.becauseOfAwardId as string,
    })),
  };
}
