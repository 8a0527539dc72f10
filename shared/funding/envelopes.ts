import { type EventContext, newEvent, SYSTEM_CONTEXT } from '#events/envelope.ts';
import { EnvelopeSetV1 } from '#events/funding/envelope-set.v1.ts';
import { ENTITY, fundingKeys } from '#shared/db/keys.ts';
import { type TxWrite, transact } from '#shared/db/store.ts';
import type { Instrument } from '#shared/kernel/vocabulary.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { requireGovernmentOrganisations } from '#shared/organisations/registry.ts';
import { clock } from '#shared/platform/clock.ts';
import { config } from '#shared/platform/config.ts';
import { conflict, unprocessable, validationFailed } from '#shared/platform/errors.ts';
import { sideOf } from './co-funding.ts';
import type { Envelope, Reservation } from './model.ts';
import { envelopeCapWrite, envelopeExhausted, splitOverFunders } from './money.ts';
import { envelopesAndMemberships } from './repository.ts';

export { listEnvelopes } from './repository.ts';

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
  // EZK's envelope carries EZK's half only: co-funders draw from their own or a shared one.
  if (members.length > 0 && holderOin === config.ezkOin()) {
    throw validationFailed(
      [{ field: 'body.members', message: 'the EZK envelope carries no members; co-funders share their own' }],
      'The EZK envelope cannot carry members.',
    );
  }
  const orgs = await requireGovernmentOrganisations([holderOin, ...members]);
  const instruments = input.caps.map((c) => c.instrument);
  const read = await envelopesAndMemberships(
    year,
    instruments.map((instrument) => ({ holderOin, instrument })),
    members.flatMap((memberOin) => instruments.map((instrument) => ({ memberOin, instrument }))),
  );
  const existing = read.envelopes;
  for (const [memberAndInstrument, holder] of read.memberOf) {
    if (holder !== holderOin) {
      const [member, instrument] = memberAndInstrument.split('#');
      throw conflict(
        'member-of-other-envelope',
        `${member} already draws from the ${instrument} envelope of ${holder} in ${year}.`,
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
    writes.push(envelopeCapWrite(envelope, before?.version));
  }
  // Membership is per year and instrument; a member left out of the list no longer draws from
  // this envelope (its routing goes with it).
  for (const instrument of instruments) {
    const before = existing.get(fundingKeys.envelope(year, holderOin, instrument).sk)?.members ?? [];
    for (const member of before.filter((m) => !members.includes(m))) {
      writes.push({
        item: {
          Delete: {
            Key: fundingKeys.member(year, member, instrument),
            ConditionExpression: 'attribute_not_exists(pk) OR holderOin = :holder',
            ExpressionAttributeValues: { ':holder': holderOin },
          },
        },
      });
    }
    for (const member of members) {
      writes.push({
        item: {
          Put: {
            Item: {
              ...fundingKeys.member(year, member, instrument),
              entity: ENTITY.envelopeMember,
              memberOin: member,
              instrument,
              holderOin,
            },
            ConditionExpression: 'attribute_not_exists(pk) OR holderOin = :holder',
            ExpressionAttributeValues: { ':holder': holderOin },
          },
        },
        onConditionFailed: () =>
          conflict(
            'member-of-other-envelope',
            `${member} already draws from another ${instrument} envelope in ${year}.`,
          ),
      });
    }
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
  const parts = splitOverFunders(
    funders.map((f) => ({ oin: f.oin, shareBasisPoints: f.shareBasisPoints })),
    totalCents,
  );
  const first = await envelopesAndMemberships(
    year,
    funders.map((f) => ({ holderOin: f.oin, instrument })),
    funders.map((f) => ({ memberOin: f.oin, instrument })),
  );
  const own = new Map([...first.envelopes.values()].map((e) => [e.holderOin, e]));
  const memberOf = new Map(
    [...first.memberOf].map(([memberAndInstrument, holder]) => [memberAndInstrument.split('#')[0]!, holder]),
  );
  const groupHolders = [
    ...new Set(
      funders.filter((f) => !own.has(f.oin) && memberOf.has(f.oin)).map((f) => memberOf.get(f.oin)!),
    ),
  ];
  const envelopes = new Map(own);
  if (groupHolders.length > 0) {
    const second = await envelopesAndMemberships(
      year,
      groupHolders.map((holderOin) => ({ holderOin, instrument })),
    );
    for (const e of second.envelopes.values()) envelopes.set(e.holderOin, e);
  }

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
