import { BatchGetCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AwardDecidedV1 } from '#events/awards/award-decided.v1.ts';
import { AwardCompletedV1, AwardTerminatedV1 } from '#events/awards/award-ended.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import type { Challenge } from '#shared/challenges/model.ts';
import { getChallenge, whileStillPublished } from '#shared/challenges/repository.ts';
import { funderReservations } from '#shared/challenges/use-cases.ts';
import { db, tableName } from '#shared/db/client.ts';
import { moneyKeys, proposalKeys, reportKeys, withoutKeys } from '#shared/db/keys.ts';
import { MAX_TRANSACTION_ITEMS, type TxWrite, transact } from '#shared/db/transact.ts';
import { rankedProposals } from '#shared/evaluation/use-cases.ts';
import { excludingVat, splitCents } from '#shared/funding/split.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, DomainError, notFound, unprocessable } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { envelopeMove, ledgerWrite, reservationShort } from './ledger.ts';
import type { Award } from './schemas.ts';

const table = () => tableName();

/** Splits an award over the challenge's funders with THE split function. */
const awardSplit = (challenge: Challenge, amountCents: number) =>
  splitCents(
    amountCents,
    challenge.funders.map((f) => ({ key: f.oin, basisPoints: f.shareBasisPoints })),
  );

/** Awards by id, in the order asked (missing ones left out): one BatchGet. */
export async function loadAwards(ids: readonly string[]): Promise<Award[]> {
  if (ids.length === 0) return [];
  const result = await db().send(
    new BatchGetCommand({
      RequestItems: {
        [table()]: { Keys: ids.map((id) => ({ ...moneyKeys.award(id) })), ConsistentRead: true },
      },
    }),
  );
  const found = new Map(
    (result.Responses?.[table()] ?? []).map((item) => [item.id as string, withoutKeys<Award>(item)]),
  );
  return ids.map((id) => found.get(id)!).filter(Boolean);
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
) {
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
  const { ranking, proposals } = await rankedProposals(challengeId, phaseNumber, ctx.caller);
  const ranked = new Map(ranking.map((r) => [r.proposalId, r]));
  const reservations = new Map((await funderReservations(challengeId)).map((r) => [r.funderOin, r]));
  const now = clock.nowIso();

  const awards: Award[] = [];
  for (const input of inputs) {
    const entry = ranked.get(input.proposalId);
    if (!entry)
      throw unprocessable(
        'not-ranked',
        `Proposal ${input.proposalId} is not in the ranking of phase ${phaseNumber}.`,
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
    const split = awardSplit(challenge, amount);
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
      split: challenge.funders.map((f) => ({
        funderOin: f.oin,
        holderOin: reservations.get(f.oin)!.holderOin,
        amountCents: split.get(f.oin)!,
      })),
      startDate: input.startDate,
      endDate: input.endDate,
      status: 'awarded',
      decidedAt: now,
    });
  }

  // Counters move once per item per transaction: sum per funder and per envelope first.
  const total = awards.reduce((sum, a) => sum + a.amountCents, 0);
  const perFunder = new Map<string, number>();
  const perHolder = new Map<string, number>();
  for (const part of awards.flatMap((a) => a.split)) {
    perFunder.set(part.funderOin, (perFunder.get(part.funderOin) ?? 0) + part.amountCents);
    perHolder.set(part.holderOin, (perHolder.get(part.holderOin) ?? 0) + part.amountCents);
  }
  const writes: TxWrite[] = [
    {
      item: {
        Put: {
          TableName: table(),
          Item: {
            ...moneyKeys.decision(challengeId, decisionId),
            entity: 'AwardDecision',
            decisionId,
            awardIds: awards.map((a) => a.id),
            proposalIds: inputs.map((i) => i.proposalId).sort(),
            decidedAt: now,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        new DomainError('conflict', 'decision-exists', 'This decision was taken already.'),
    },
    whileStillPublished(challengeId),
    {
      item: {
        Update: {
          TableName: table(),
          Key: moneyKeys.phaseBudget(challengeId, phaseNumber),
          // decidedAt marks that the phase has an award decision: feedback and statistics open.
          UpdateExpression:
            'SET remainingCents = remainingCents - :x, awardedCents = awardedCents + :x, decidedAt = if_not_exists(decidedAt, :now)',
          ConditionExpression: 'remainingCents >= :x',
          ExpressionAttributeValues: { ':x': total, ':now': now },
        },
      },
      onConditionFailed: () =>
        unprocessable(
          'phase-budget-exhausted',
          `These awards (€ ${total / 100}) do not fit in what is left of the phase ${phaseNumber} budget.`,
          {
            neededCents: total,
          },
        ),
    },
    ...[...perFunder].map(
      ([funderOin, amount]): TxWrite => ({
        item: {
          Update: {
            TableName: table(),
            Key: moneyKeys.reservation(challengeId, funderOin),
            UpdateExpression: 'SET unawardedCents = unawardedCents - :x, awardedCents = awardedCents + :x',
            ConditionExpression: 'unawardedCents >= :x',
            ExpressionAttributeValues: { ':x': amount },
          },
        },
        onConditionFailed: reservationShort(funderOin),
      }),
    ),
    ...[...perHolder].map(([holderOin, amount]) =>
      envelopeMove(
        challenge.programmeYear!,
        holderOin,
        challenge.instrument,
        'award',
        amount,
        reservationShort(holderOin),
      ),
    ),
    ...awards.flatMap((award): TxWrite[] => [
      {
        item: {
          Put: {
            TableName: table(),
            Item: {
              ...moneyKeys.awardedProposal(challengeId, award.proposalId),
              entity: 'AwardedProposal',
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
            TableName: table(),
            Item: {
              ...moneyKeys.award(award.id),
              ...moneyKeys.awardByCompany(award.companyKvk, now, award.id),
              ...reportKeys.entry(award.programmeYear, 'AWARD', `${now}#${award.id}`),
              entity: 'Award',
              ...award,
            },
          },
        },
      },
      ...award.split.map((part) =>
        ledgerWrite({
          funderOin: part.funderOin,
          holderOin: part.holderOin,
          year: award.programmeYear,
          instrument: award.instrument,
          challengeId,
          awardId: award.id,
          kind: 'award',
          amountCents: part.amountCents,
        }),
      ),
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

async function replayDecision(challengeId: string, decisionId: string, inputs: AwardInput[]) {
  const stored = await db().send(
    new GetCommand({
      TableName: table(),
      Key: moneyKeys.decision(challengeId, decisionId),
      ConsistentRead: true,
    }),
  );
  if (!stored.Item) return undefined;
  const same =
    (stored.Item.proposalIds as string[]).join() ===
    inputs
      .map((i) => i.proposalId)
      .sort()
      .join();
  if (!same)
    throw conflict(
      'decision-id-reused',
      `Decision ${decisionId} was taken for other proposals; use a new id.`,
    );
  return { decisionId, replayed: true, awards: await loadAwards(stored.Item.awardIds as string[]) };
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
  const result = await db().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': moneyKeys.awardedProposal(challengeId, '').pk,
        ':prefix': moneyKeys.awardedPrefix,
      },
    }),
  );
  const awards = await loadAwards((result.Items ?? []).map((i) => i.awardId as string));
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
    | { kind: 'terminated'; spentCents: number; reason: string },
  ctx: RequestContext,
): Promise<Award> {
  const award = await readAward(awardId, ctx.caller);
  if (ctx.caller.role !== 'buyer') throw notFound('Award', awardId);
  if (award.status !== 'awarded')
    throw conflict('award-ended', `Award ${awardId} is ${award.status} already.`);
  const challenge = (await getChallenge(award.challengeId))!;
  if (
    ending.kind === 'terminated' &&
    challenge.instrument === 'innovation-partnership' &&
    !challenge.innovationPartnership?.mayEndPartnersAfterPhase
  ) {
    throw conflict(
      'not-announced',
      'The procurement documents did not announce that partners may be ended; this partnership cannot be ended early.',
    );
  }
  const final =
    ending.kind === 'completed' ? (ending.finalAmountCents ?? award.amountCents) : ending.spentCents;
  if (final > award.amountCents)
    throw unprocessable('over-award', `At most the awarded € ${award.amountCents / 100} can be paid.`);
  // Per funder: what it pays of the final amount, and what returns (the difference, exact to the cent).
  const finalSplit = awardSplit(challenge, final);
  const returned = award.split
    .map((p) => ({ ...p, amountCents: p.amountCents - (finalSplit.get(p.funderOin) ?? 0) }))
    .filter((p) => p.amountCents > 0);
  const now = clock.nowIso();
  const next: Award = {
    ...award,
    status: ending.kind,
    finalAmountCents: final,
    endedAt: now,
    ...(ending.kind === 'terminated' ? { terminationReason: ending.reason } : {}),
  };
  const perHolder = new Map<string, number>();
  for (const r of returned) perHolder.set(r.holderOin, (perHolder.get(r.holderOin) ?? 0) + r.amountCents);
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
      : newEvent(AwardTerminatedV1, { ...data, reason: ending.reason }, eventContext(ctx));
  await transact([
    {
      item: {
        Update: {
          TableName: table(),
          Key: moneyKeys.award(awardId),
          UpdateExpression: `SET #status = :next, finalAmountCents = :final, endedAt = :now${ending.kind === 'terminated' ? ', terminationReason = :reason' : ''}`,
          ConditionExpression: '#status = :awarded',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':next': ending.kind,
            ':final': final,
            ':now': now,
            ':awarded': 'awarded',
            ...(ending.kind === 'terminated' ? { ':reason': ending.reason } : {}),
          },
        },
      },
      onConditionFailed: () => conflict('award-ended', `Award ${awardId} was ended meanwhile.`),
    },
    ...returned.flatMap((r): TxWrite[] => [
      {
        item: {
          Update: {
            TableName: table(),
            Key: moneyKeys.reservation(award.challengeId, r.funderOin),
            UpdateExpression: 'SET awardedCents = awardedCents - :x, reservedCents = reservedCents - :x',
            ConditionExpression: 'awardedCents >= :x',
            ExpressionAttributeValues: { ':x': r.amountCents },
          },
        },
      },
      ledgerWrite({
        funderOin: r.funderOin,
        holderOin: r.holderOin,
        year: award.programmeYear,
        instrument: award.instrument,
        challengeId: award.challengeId,
        awardId,
        kind: 'return',
        amountCents: r.amountCents,
      }),
    ]),
    ...[...perHolder].map(([holderOin, amount]) =>
      envelopeMove(award.programmeYear, holderOin, award.instrument, 'return', amount, () =>
        conflict('envelope-mismatch', 'The envelope does not hold this award.'),
      ),
    ),
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
          TableName: table(),
          Item: {
            ...proposalKeys.eligibility(award.challengeId, next, award.companyKvk),
            entity: 'PhaseEligibility',
            becauseOfAwardId: award.awardId,
          },
        },
      },
    },
    {
      item: {
        Put: {
          TableName: table(),
          Item: {
            ...moneyKeys.invitation(award.companyKvk, award.challengeId, next),
            entity: 'PhaseInvitation',
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
  const result = await db().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': moneyKeys.invitationPartition(kvk) },
    }),
  );
  return {
    items: (result.Items ?? []).map((i) => ({
      challengeId: i.challengeId as string,
      phase: i.phase as number,
      invitedAt: i.invitedAt as string,
      becauseOfAwardId: i.becauseOfAwardId as string,
    })),
  };
}
