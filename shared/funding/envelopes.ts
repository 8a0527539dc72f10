import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { type EventContext, newEvent, SYSTEM_CONTEXT } from '#events/envelope.ts';
import { EnvelopeSetV1 } from '#events/funding/envelope-set.v1.ts';
import type { Instrument } from '#shared/challenges/vocabulary.ts';
import { db, tableName } from '#shared/db/client.ts';
import { ENTITY, fundingKeys, type Key, withoutKeys } from '#shared/db/keys.ts';
import { queryAll } from '#shared/db/query.ts';
import { type TxWrite, transact } from '#shared/db/transact.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { requireGovernmentOrganisations } from '#shared/organisations/registry.ts';
import { clock } from '#shared/platform/clock.ts';
import { config } from '#shared/platform/config.ts';
import { conflict, unprocessable } from '#shared/platform/errors.ts';
import { sideOf } from './co-funding.ts';
import { splitCents } from './split.ts';

/**
 * A co-funding envelope: what one funder (or a group, like the provinces through IPO) may commit
 * to one instrument in one programme year. `remainingCents` is kept beside the totals so that a
 * DynamoDB condition (`remainingCents >= :amount`) can guard every reservation: no envelope ever
 * goes below zero, however many publishes race.
 */
export interface Envelope {
  year: number;
  holderOin: string;
  holderName: string;
  side: 'ezk' | 'co-funder';
  instrument: Instrument;
  capCents: number;
  reservedCents: number;
  awardedCents: number;
  remainingCents: number;
  /** Most this envelope may carry for one challenge (e.g. EZK's € 500.000 per project in 2020–2021). */
  maxPerChallengeCents?: number;
  /** Other bodies that draw from this envelope. */
  members: string[];
  version: number;
  updatedAt: string;
}

const envelopeFromItem = (item: Record<string, unknown>) => withoutKeys<Envelope>(item);

export async function listEnvelopes(year: number): Promise<Envelope[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': fundingKeys.yearPartition(year),
      ':prefix': fundingKeys.envelopePrefix,
    },
  });
  return items.map(envelopeFromItem);
}

async function batchGet(keyList: Key[]): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  let request: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead: boolean }> | undefined = {
    [tableName()]: { Keys: keyList.map((k) => ({ ...k })), ConsistentRead: true },
  };
  while (request && Object.keys(request).length > 0 && (request[tableName()]?.Keys.length ?? 0) > 0) {
    const result = await db().send(new BatchGetCommand({ RequestItems: request }));
    found.push(...(result.Responses?.[tableName()] ?? []));
    request = result.UnprocessedKeys as typeof request;
  }
  return found;
}

export interface SetEnvelopeInput {
  caps: { instrument: Instrument; capCents: number; maxPerChallengeCents?: number }[];
  members?: string[];
}

/**
 * The programme office sets a funder's caps for a year. A cap can never drop below what is
 * already reserved and awarded; members (e.g. the provinces for IPO) draw from this envelope.
 */
export async function setEnvelope(
  year: number,
  holderOin: string,
  input: SetEnvelopeInput,
  context: EventContext = SYSTEM_CONTEXT,
): Promise<Envelope[]> {
  const members = [...new Set(input.members ?? [])].filter((m) => m !== holderOin);
  const orgs = await requireGovernmentOrganisations([holderOin, ...members]);
  const existingItems = await batchGet([
    ...input.caps.map((c) => fundingKeys.envelope(year, holderOin, c.instrument)),
    ...members.map((m) => fundingKeys.member(year, m)),
  ]);
  const existing = new Map(
    existingItems
      .filter((i) => i.entity === ENTITY.envelope)
      .map((i) => [i.sk as string, envelopeFromItem(i)]),
  );
  for (const item of existingItems.filter((i) => i.entity === ENTITY.envelopeMember)) {
    if (item.holderOin !== holderOin) {
      throw conflict(
        'member-of-other-envelope',
        `${item.memberOin} already draws from the envelope of ${item.holderOin} in ${year}.`,
      );
    }
  }
  const now = clock.nowIso();
  const writes: TxWrite[] = [];
  const result: Envelope[] = [];
  for (const cap of input.caps) {
    const key = fundingKeys.envelope(year, holderOin, cap.instrument);
    const before = existing.get(key.sk);
    const committed = (before?.reservedCents ?? 0) + (before?.awardedCents ?? 0);
    if (cap.capCents < committed) {
      throw conflict(
        'cap-below-commitments',
        `The ${cap.instrument} cap cannot go below the € ${committed / 100} already reserved and awarded.`,
        {
          instrument: cap.instrument,
          committedCents: committed,
        },
      );
    }
    const envelope: Envelope = {
      year,
      holderOin,
      holderName: orgs.get(holderOin)!.name,
      side: sideOf(holderOin, config.ezkOin()),
      instrument: cap.instrument,
      capCents: cap.capCents,
      reservedCents: before?.reservedCents ?? 0,
      awardedCents: before?.awardedCents ?? 0,
      remainingCents: cap.capCents - committed,
      ...(cap.maxPerChallengeCents !== undefined ? { maxPerChallengeCents: cap.maxPerChallengeCents } : {}),
      members,
      version: (before?.version ?? 0) + 1,
      updatedAt: now,
    };
    result.push(envelope);
    writes.push({
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...key, entity: ENTITY.envelope, ...envelope },
          // Nobody reserved or awarded since we read: otherwise the remaining amount would be stale.
          ConditionExpression: before ? '#version = :version' : 'attribute_not_exists(pk)',
          ...(before
            ? {
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':version': before.version },
              }
            : {}),
        },
      },
      onConditionFailed: () =>
        conflict('concurrent-change', 'The envelope changed while you set it; try again.'),
    });
  }
  for (const member of members) {
    writes.push({
      item: {
        Put: {
          TableName: tableName(),
          Item: {
            ...fundingKeys.member(year, member),
            entity: ENTITY.envelopeMember,
            memberOin: member,
            holderOin,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR holderOin = :holder',
          ExpressionAttributeValues: { ':holder': holderOin },
        },
      },
      onConditionFailed: () =>
        conflict('member-of-other-envelope', `${member} already draws from another envelope in ${year}.`),
    });
  }
  writes.push(
    outboxWrite(
      newEvent(
        EnvelopeSetV1,
        {
          year,
          holderOin,
          caps: input.caps.map((cap) => {
            const before = existing.get(fundingKeys.envelope(year, holderOin, cap.instrument).sk);
            return {
              instrument: cap.instrument,
              capCents: cap.capCents,
              ...(before ? { previousCapCents: before.capCents } : {}),
            };
          }),
          members,
          setAt: now,
        },
        context,
      ),
    ),
  );
  await transact(writes);
  return result;
}

/** What a published challenge holds in one envelope. */
export interface Reservation {
  holderOin: string;
  instrument: Instrument;
  /** The challenge's funders whose shares this envelope carries. */
  funderOins: string[];
  amountCents: number;
}

/**
 * Which envelope carries each funder's share of `totalCents` this year, with the shares split by
 * the one split function. Refuses (422) a funder without an envelope, or over a per-challenge cap;
 * the envelope's remaining room is checked again atomically by the reservation writes.
 */
export async function planReservations(
  year: number,
  instrument: Instrument,
  totalCents: number,
  funders: readonly { oin: string; name: string; shareBasisPoints: number }[],
): Promise<{ reservations: Reservation[]; envelopes: Map<string, Envelope>; split: Map<string, number> }> {
  const parts = splitCents(
    totalCents,
    funders.map((f) => ({ key: f.oin, basisPoints: f.shareBasisPoints })),
  );
  const first = await batchGet(
    funders.flatMap((f) => [fundingKeys.envelope(year, f.oin, instrument), fundingKeys.member(year, f.oin)]),
  );
  const own = new Map(
    first
      .filter((i) => i.entity === ENTITY.envelope)
      .map((i) => [i.holderOin as string, envelopeFromItem(i)]),
  );
  const memberOf = new Map(
    first
      .filter((i) => i.entity === ENTITY.envelopeMember)
      .map((i) => [i.memberOin as string, i.holderOin as string]),
  );
  const groupHolders = [
    ...new Set(
      funders.filter((f) => !own.has(f.oin) && memberOf.has(f.oin)).map((f) => memberOf.get(f.oin)!),
    ),
  ];
  const second = groupHolders.length
    ? await batchGet(groupHolders.map((h) => fundingKeys.envelope(year, h, instrument)))
    : [];
  const envelopes = new Map(own);
  for (const item of second) envelopes.set(item.holderOin as string, envelopeFromItem(item));

  const byHolder = new Map<string, Reservation>();
  for (const funder of funders) {
    const holder = own.has(funder.oin) ? funder.oin : memberOf.get(funder.oin);
    if (!holder || !envelopes.has(holder)) {
      throw unprocessable(
        'no-envelope',
        `${funder.name} has no ${instrument} envelope for ${year}; the programme office sets it first.`,
        {
          funderOin: funder.oin,
          year,
          instrument,
        },
      );
    }
    const reservation = byHolder.get(holder) ?? {
      holderOin: holder,
      instrument,
      funderOins: [],
      amountCents: 0,
    };
    reservation.funderOins.push(funder.oin);
    reservation.amountCents += parts.get(funder.oin)!;
    byHolder.set(holder, reservation);
  }
  const shortfalls = [...byHolder.values()]
    .map((r) => ({ r, envelope: envelopes.get(r.holderOin)! }))
    .filter(({ r, envelope }) => r.amountCents > envelope.remainingCents)
    .map(({ r, envelope }) => ({
      funderOin: r.holderOin,
      funder: envelope.holderName,
      neededCents: r.amountCents,
      remainingCents: envelope.remainingCents,
      shortfallCents: r.amountCents - envelope.remainingCents,
    }));
  if (shortfalls.length > 0) throw envelopeExhausted(year, instrument, shortfalls);
  for (const r of byHolder.values()) {
    const max = envelopes.get(r.holderOin)!.maxPerChallengeCents;
    if (max !== undefined && r.amountCents > max) {
      throw unprocessable(
        'over-per-challenge-cap',
        `${envelopes.get(r.holderOin)!.holderName} may carry at most € ${max / 100} per challenge in ${year}; this one asks € ${r.amountCents / 100}.`,
        {
          funderOin: r.holderOin,
          maxPerChallengeCents: max,
          neededCents: r.amountCents,
        },
      );
    }
  }
  return { reservations: [...byHolder.values()], envelopes, split: parts };
}

const euro = (cents: number) => `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 })}`;

function envelopeExhausted(
  year: number,
  instrument: string,
  shortfalls: { funder: string; shortfallCents: number }[],
) {
  const names = shortfalls.map((s) => `${s.funder} (short by ${euro(s.shortfallCents)})`).join(', ');
  return unprocessable(
    'envelope-exhausted',
    `Not enough room in the ${year} ${instrument} envelope of ${names}.`,
    { shortfalls },
  );
}

/** Writes that move `amountCents` of each reservation from remaining to reserved, guarded against overspend. */
export function reserveWrites(
  year: number,
  reservations: readonly Reservation[],
  envelopes: Map<string, Envelope>,
): TxWrite[] {
  return reservations.map((r) => ({
    item: {
      Update: {
        TableName: tableName(),
        Key: fundingKeys.envelope(year, r.holderOin, r.instrument),
        UpdateExpression:
          'SET remainingCents = remainingCents - :amount, reservedCents = reservedCents + :amount, #version = #version + :one, updatedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND remainingCents >= :amount',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':amount': r.amountCents, ':one': 1, ':now': clock.nowIso() },
      },
    },
    // Someone reserved in the meantime: name the funder; the shortfall is at least this much now.
    onConditionFailed: () =>
      envelopeExhausted(year, r.instrument, [
        {
          funder: envelopes.get(r.holderOin)?.holderName ?? r.holderOin,
          shortfallCents: Math.max(1, r.amountCents - (envelopes.get(r.holderOin)?.remainingCents ?? 0)),
        },
      ]),
  }));
}

/** Sums per side and in all, as the agreement's table shows them (EZK | provinces and others | total). */
export function envelopeTotals(envelopes: readonly Envelope[]) {
  const zero = () => ({ capCents: 0, reservedCents: 0, awardedCents: 0, remainingCents: 0 });
  const totals: Record<
    string,
    { ezk: ReturnType<typeof zero>; coFunders: ReturnType<typeof zero>; all: ReturnType<typeof zero> }
  > = {};
  for (const e of envelopes) {
    totals[e.instrument] ??= { ezk: zero(), coFunders: zero(), all: zero() };
    const t = totals[e.instrument]!;
    for (const bucket of [e.side === 'ezk' ? t.ezk : t.coFunders, t.all]) {
      bucket.capCents += e.capCents;
      bucket.reservedCents += e.reservedCents;
      bucket.awardedCents += e.awardedCents;
      bucket.remainingCents += e.remainingCents;
    }
  }
  return totals;
}
