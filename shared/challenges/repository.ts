import type { EventRecord } from '#events/envelope.ts';
import { ENTITY, keys, reportKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem, type TxWrite, transact } from '#shared/db/store.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict } from '#shared/platform/errors.ts';
import { type Challenge, wasPublished } from './model.ts';

function toItem(challenge: Challenge) {
  return {
    ...keys.challenge(challenge.id),
    ...keys.challengeByBuyer(challenge.leadBuyer.oin, challenge.createdAt, challenge.id),
    // Once published it belongs to a programme year, and to that year's reports.
    ...(wasPublished(challenge) ? reportKeys.entry(challenge.programmeYear, 'CHALLENGE', challenge.id) : {}),
    entity: ENTITY.challenge,
    ...challenge,
  };
}

const fromItem = (item: Record<string, unknown>) => withoutKeys<Challenge>(item);

export async function getChallenge(challengeId: string): Promise<Challenge | undefined> {
  const item = await getItem(keys.challenge(challengeId));
  return item ? fromItem(item) : undefined;
}

/** Saves a new challenge and its events, all or nothing. */
export async function insertChallenge(
  challenge: Challenge,
  events: EventRecord[],
  otherWrites: TxWrite[] = [],
): Promise<void> {
  await transact([
    {
      item: {
        Put: {
          Item: toItem(challenge),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => conflict('duplicate-id', `Challenge ${challenge.id} exists already.`),
    },
    ...otherWrites,
    ...events.map(outboxWrite),
  ]);
}

/**
 * Saves a changed challenge if nobody changed it since it was read (optimistic lock on
 * `version`), with its events and any other writes of the same decision, all or nothing.
 */
export async function updateChallenge(
  challenge: Challenge,
  expectedVersion: number,
  events: EventRecord[],
  otherWrites: TxWrite[] = [],
): Promise<void> {
  await transact([
    {
      item: {
        Put: {
          Item: toItem(challenge),
          ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion },
        },
      },
      onConditionFailed: () =>
        conflict(
          'concurrent-change',
          `Challenge ${challenge.id} was changed by someone else; read it again and retry.`,
        ),
    },
    ...otherWrites,
    ...events.map(outboxWrite),
  ]);
}

/** A transaction part that holds only while the challenge is published (a cancel in between wins). */
export const whileStillPublished = (challengeId: string): TxWrite => ({
  item: {
    ConditionCheck: {
      Key: keys.challenge(challengeId),
      ConditionExpression: '#status = :published',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':published': 'published' },
    },
  },
  onConditionFailed: () =>
    conflict('challenge-not-published', `Challenge ${challengeId} is no longer published.`),
});

/**
 * A transaction part that holds only while the call is published and the phase still takes bids
 * when the write commits: the stored deadline (as a correction may have moved it) against the
 * time taken as the transaction is built, so a bid whose request began before the deadline but
 * would commit after it is refused, not accepted late.
 */
export const whileTakingBids = (challenge: Challenge, phaseNumber: number): TxWrite => {
  const index = challenge.phases.findIndex((p) => p.number === phaseNumber);
  return {
    item: {
      ConditionCheck: {
        Key: keys.challenge(challenge.id),
        ConditionExpression: `#status = :published AND #phases[${index}].submissionDeadline > :now`,
        ExpressionAttributeNames: { '#status': 'status', '#phases': 'phases' },
        ExpressionAttributeValues: { ':published': 'published', ':now': clock.nowIso() },
      },
    },
    onConditionFailed: () =>
      conflict(
        'deadline-passed',
        `Phase ${phaseNumber} closed (or the call is no longer published); proposals can no longer be submitted or changed.`,
      ),
  };
};

/** A transaction part that holds only while the challenge is a draft with this funding version. */
export const whileDraftWithFunding = (challengeId: string, fundingVersion: number): TxWrite => ({
  item: {
    ConditionCheck: {
      Key: keys.challenge(challengeId),
      ConditionExpression: '#status = :draft AND fundingVersion = :version',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':draft': 'draft', ':version': fundingVersion },
    },
  },
  onConditionFailed: () =>
    conflict('not-a-draft', 'The challenge was published, cancelled or its funding changed meanwhile.'),
});
