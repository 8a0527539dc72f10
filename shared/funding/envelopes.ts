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

/** One envelope as a draft would draw on it: what the call asks of it and whether that fits. */
export interface EnvelopeCheck {
  holderOin: string;
  /** The envelope's holder; for a funder without an envelope, the funder itself. */
  holderName: string;
  /** The call's funders this envelope carries, in the call's order. */
  funderOins: string[];
  funders: string[];
  neededCents: number;
  /** Absent when the holder has no envelope for this year and instrument. */
  capCents?: number;
  remainingCents?: number;
  maxPerChallengeCents?: number;
  /** What stands in the way, if anything: the problem type publication would be refused with. */
  problem?: 'no-envelope' | 'envelope-exhausted' | 'over-per-challenge-cap';
  /** How much too much: beyond the room left, or beyond the per-call maximum. */
  excessCents?: number;
}

/**
 * Which envelope carries each funder's share of `totalCents` this year, with the shares split by
 * the one split function, and whether each envelope has the room and allows that much for one
 * call. Every problem is found at once, so the buyer's check names them all before publishing.
 */
export async function assessReservations(
  year: number,
  instrument: Instrument,
  totalCents: number,
  funders: readonly { oin: string; name: string; shareBasisPoints: number }[],
): Promise<{ checks: EnvelopeCheck[]; envelopes: Map<string, Envelope>; split: Map<string, number> }> {
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

  const byHolder = new Map<string, EnvelopeCheck>();
  for (const funder of funders) {
    const member = memberOf.get(funder.oin);
    const holder = own.has(funder.oin) || !member || !envelopes.has(member) ? funder.oin : member;
    const envelope = envelopes.get(holder);
    const check = byHolder.get(holder) ?? {
      holderOin: holder,
      holderName: envelope?.holderName ?? funder.name,
      funderOins: [],
      funders: [],
      neededCents: 0,
      ...(envelope
        ? {
            capCents: envelope.capCents,
            remainingCents: envelope.remainingCents,
            ...(envelope.maxPerChallengeCents !== undefined
              ? { maxPerChallengeCents: envelope.maxPerChallengeCents }
              : {}),
          }
        : {}),
    };
    check.funderOins.push(funder.oin);
    check.funders.push(funder.name);
    check.neededCents += parts.get(funder.oin)!;
    byHolder.set(holder, check);
  }
  const checks = [...byHolder.values()].map((c): EnvelopeCheck => {
    if (c.remainingCents === undefined) return { ...c, problem: 'no-envelope' };
    if (c.neededCents > c.remainingCents)
      return { ...c, problem: 'envelope-exhausted', excessCents: c.neededCents - c.remainingCents };
    if (c.maxPerChallengeCents !== undefined && c.neededCents > c.maxPerChallengeCents)
      return { ...c, problem: 'over-per-challenge-cap', excessCents: c.neededCents - c.maxPerChallengeCents };
    return c;
  });
  return { checks, envelopes, split: parts };
}

/**
 * The reservations publication writes, from the assessment above. Refuses (422) funders without
 * an envelope, short of room or over a per-challenge cap — each kind naming every funder it
 * concerns; the envelope's remaining room is checked again atomically by the reservation writes.
 */
export async function planReservations(
  year: number,
  instrument: Instrument,
  totalCents: number,
  funders: readonly { oin: string; name: string; shareBasisPoints: number }[],
): Promise<{ reservations: Reservation[]; envelopes: Map<string, Envelope>; split: Map<string, number> }> {
  const { checks, envelopes, split } = await assessReservations(year, instrument, totalCents, funders);
  const withProblem = (problem: EnvelopeCheck['problem']) => checks.filter((c) => c.problem === problem);
  const absent = withProblem('no-envelope');
  if (absent.length > 0) {
    throw unprocessable(
      'no-envelope',
      `${absent.map((c) => c.holderName).join(', ')} has no ${instrument} envelope for ${year}; the programme office sets it first.`,
      {
        funderOin: absent[0]!.holderOin,
        year,
        instrument,
        funders: absent.map((c) => ({ funderOin: c.holderOin, funder: c.holderName })),
      },
    );
  }
  const short = withProblem('envelope-exhausted');
  if (short.length > 0)
    throw envelopeExhausted(
      year,
      instrument,
      short.map((c) => ({
        funderOin: c.holderOin,
        funder: c.holderName,
        neededCents: c.neededCents,
        remainingCents: c.remainingCents!,
        shortfallCents: c.excessCents!,
      })),
    );
  const over = withProblem('over-per-challenge-cap');
  if (over.length > 0) {
    throw unprocessable(
      'over-per-challenge-cap',
      over
        .map(
          (c) =>
            `${c.holderName} may carry at most € ${c.maxPerChallengeCents! / 100} per challenge in ${year}; this one asks € ${c.neededCents / 100}.`,
        )
        .join(' '),
      {
        funderOin: over[0]!.holderOin,
        maxPerChallengeCents: over[0]!.maxPerChallengeCents!,
        neededCents: over[0]!.neededCents,
        caps: over.map((c) => ({
          funderOin: c.holderOin,
          funder: c.holderName,
          maxPerChallengeCents: c.maxPerChallengeCents!,
          neededCents: c.neededCents,
        })),
      },
    );
  }
  const reservations = checks.map(
    (c): Reservation => ({
      holderOin: c.holderOin,
      instrument,
      funderOins: c.funderOins,
      amountCents: c.neededCents,
    }),
  );
  return { reservations, envelopes, split };
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
