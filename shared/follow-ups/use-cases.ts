import { FollowUpReportedV1 } from '#events/awards/follow-up-reported.v1.ts';
import { FollowUpRequestedV1 } from '#events/awards/follow-up-requested.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Award } from '#shared/awards/schemas.ts';
import { loadAwards } from '#shared/awards/use-cases.ts';
import { ENTITY, followUpKeys, moneyKeys, reportKeys, withoutKeys } from '#shared/db/keys.ts';
import { setFields } from '#shared/db/set-fields.ts';
import { queryAll, type TxWrite, transact } from '#shared/db/store.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { endOfPeriodInDays, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { config } from '#shared/platform/config.ts';
import { conflict, DomainError, notFound } from '#shared/platform/errors.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import {
  followUpOverdueScheduleName,
  followUpScheduleName,
  SCHEDULE_KINDS,
  scheduler,
} from '#shared/platform/scheduler.ts';
import { FOLLOW_UP_ROUNDS, type FollowUpOutcome, type FollowUpStatus, type FollowUpView } from './schemas.ts';

/**
 * Follow-up monitoring: a completed contract's company is asked, one, two and three years after
 * completion, what it did with the result. The due dates follow from the completion date alone,
 * so what is due or overdue never depends on a reminder having fired.
 */
export function followUpDueAt(completedAt: string, round: number): string {
  const due = new Date(completedAt);
  due.setUTCFullYear(due.getUTCFullYear() + round);
  return due.toISOString();
}

/**
 * When a round not reported becomes overdue: the grace days after its due date, counted as every
 * period is (to 24:00 Amsterdam of the last day, past weekends and public holidays).
 */
export const followUpOverdueAt = (dueAt: string): string =>
  endOfPeriodInDays(dueAt, config.followUpGraceDays());

export function followUpStatus(dueAt: string, reportedAt: string | undefined, now: string): FollowUpStatus {
  if (reportedAt) return 'reported';
  if (now < dueAt) return 'scheduled';
  return now < followUpOverdueAt(dueAt) ? 'due' : 'overdue';
}

/** A follow-up round as stored: written by the reminder (requestedAt) and the company (the outcome). */
export interface FollowUpRecord {
  awardId: string;
  challengeId: string;
  companyKvk: string;
  programmeYear: number;
  round: 1 | 2 | 3;
  dueAt: string;
  requestedAt?: string;
  reportedAt?: string;
  outcome?: FollowUpOutcome;
}

/** The three rounds of a completed award, merged with what was recorded of them. */
export function followUpRounds(
  award: Award,
  recorded: readonly FollowUpRecord[],
  now: string,
): FollowUpView[] {
  if (award.status !== 'completed' || !award.endedAt) return [];
  return FOLLOW_UP_ROUNDS.map((round) => {
    const record = recorded.find((r) => r.awardId === award.id && r.round === round);
    const dueAt = followUpDueAt(award.endedAt!, round);
    return {
      awardId: award.id,
      challengeId: award.challengeId,
      companyKvk: award.companyKvk,
      round,
      dueAt,
      status: followUpStatus(dueAt, record?.reportedAt, now),
      ...(record?.requestedAt ? { requestedAt: record.requestedAt } : {}),
      ...(record?.reportedAt ? { reportedAt: record.reportedAt, outcome: record.outcome! } : {}),
    };
  });
}

/**
 * When a contract completes: per round a one-time request when it falls due, and a reminder when
 * its grace period ends (named, so a redelivery changes nothing).
 */
export async function scheduleFollowUps(awardId: string, completedAt: string): Promise<void> {
  for (const round of FOLLOW_UP_ROUNDS) {
    const dueAt = followUpDueAt(completedAt, round);
    await scheduler().scheduleOnce({
      name: followUpScheduleName(awardId, round),
      at: dueAt,
      target: SCHEDULE_KINDS.followUp.target,
      payload: { awardId, round },
    });
    await scheduler().scheduleOnce({
      name: followUpOverdueScheduleName(awardId, round),
      at: followUpOverdueAt(dueAt),
      target: SCHEDULE_KINDS.followUpOverdue.target,
      payload: { awardId, round },
    });
  }
}

/** The fields every write of a round sets, so whichever comes first (reminder or report) creates it. */
function roundFields(award: Award, round: 1 | 2 | 3) {
  const fields = {
    ...followUpKeys.byCompany(award.companyKvk, award.id, round),
    ...reportKeys.entry(award.programmeYear, 'FOLLOWUP', `${award.id}#${round}`),
    entity: ENTITY.followUp,
    awardId: award.id,
    challengeId: award.challengeId,
    companyKvk: award.companyKvk,
    programmeYear: award.programmeYear,
    round,
    dueAt: followUpDueAt(award.endedAt!, round),
  };
  return setFields(fields);
}

const REQUESTED = 'follow-up-requested';

/**
 * The reminder schedule fired: record that the company was asked and tell the bus (a notifier
 * would e-mail the company). Firing early is an error, so the Scheduler retries; firing twice
 * changes nothing.
 */
export async function remindFollowUp(
  awardId: string,
  round: 1 | 2 | 3,
  correlationId: string,
): Promise<boolean> {
  const [award] = await loadAwards([awardId]);
  if (award?.status !== 'completed' || !award.endedAt) return false;
  const now = clock.nowIso();
  const dueAt = followUpDueAt(award.endedAt, round);
  if (now < dueAt) throw new Error(`follow-up ${round} of ${awardId} is due at ${dueAt}, not yet`);
  const { expression, names, values } = roundFields(award, round);
  const writes: TxWrite[] = [
    {
      item: {
        Update: {
          Key: followUpKeys.round(awardId, round),
          UpdateExpression: `SET ${expression}, requestedAt = :now`,
          ConditionExpression: 'attribute_not_exists(requestedAt)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...values, ':now': now },
        },
      },
      onConditionFailed: () => new DomainError('conflict', REQUESTED, 'asked already'),
    },
    outboxWrite(
      newEvent(
        FollowUpRequestedV1,
        {
          awardId,
          challengeId: award.challengeId,
          companyKvk: award.companyKvk,
          round,
          dueAt,
          requestedAt: now,
        },
        { correlationId, actor: { role: 'system' } },
      ),
    ),
  ];
  try {
    await transact(writes);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.type === REQUESTED) return false;
    throw error;
  }
}

/** The company reports one round of its own completed award, once, from its due date on. */
export async function reportFollowUp(
  awardId: string,
  round: 1 | 2 | 3,
  outcome: FollowUpOutcome,
  ctx: RequestContext,
): Promise<FollowUpView> {
  const [award] = await loadAwards([awardId]);
  // Another company's award does not exist, as far as this caller can tell.
  if (!award || award.companyKvk !== ctx.caller.org) throw notFound('Award', awardId);
  if (award.status !== 'completed' || !award.endedAt)
    throw conflict(
      'award-not-completed',
      `Award ${awardId} is ${award.status}; follow-up starts at completion.`,
    );
  const now = clock.nowIso();
  const dueAt = followUpDueAt(award.endedAt, round);
  if (now < dueAt)
    throw conflict('follow-up-not-due', `Round ${round} opens on ${toAmsterdamIso(dueAt)}.`, { dueAt });
  const { expression, names, values } = roundFields(award, round);
  await transact([
    {
      item: {
        Update: {
          Key: followUpKeys.round(awardId, round),
          UpdateExpression: `SET ${expression}, outcome = :outcome, reportedAt = :now`,
          ConditionExpression: 'attribute_not_exists(reportedAt)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...values, ':outcome': outcome, ':now': now },
        },
      },
      onConditionFailed: () =>
        conflict('follow-up-reported', `Round ${round} of award ${awardId} has been reported already.`),
    },
    outboxWrite(
      newEvent(
        FollowUpReportedV1,
        {
          awardId,
          challengeId: award.challengeId,
          companyKvk: award.companyKvk,
          programmeYear: award.programmeYear,
          round,
          outcome,
          reportedAt: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return {
    awardId,
    challengeId: award.challengeId,
    companyKvk: award.companyKvk,
    round,
    dueAt,
    status: 'reported',
    reportedAt: now,
    outcome,
  };
}

/** A company's follow-up rounds over all its completed awards: one Query on its own index partition. */
export async function myFollowUps(kvk: string): Promise<{ items: FollowUpView[] }> {
  const items = await queryAll({
    partition: moneyKeys.awardByCompany(kvk, '', '').gsi1pk,
    index: 'gsi1',
    // Awards (AWARD#…) and follow-ups (FOLLOWUP#…) sort next to each other in the company's partition.
    between: ['AWARD#', 'FOLLOWUP#\uffff'],
  });
  const awards = items.filter((i) => i.entity === ENTITY.award).map((i) => withoutKeys<Award>(i));
  const recorded = items
    .filter((i) => i.entity === ENTITY.followUp)
    .map((i) => withoutKeys<FollowUpRecord>(i));
  const now = clock.nowIso();
  return {
    items: awards
      .flatMap((award) => followUpRounds(award, recorded, now))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
  };
}
