import { ENTITY, fundingKeys, type Key, keys, moneyKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem, getItems, type Item, queryAll } from '#shared/db/store.ts';
import type { Instrument } from '#shared/kernel/vocabulary.ts';
import type { Envelope, FunderReservation, LedgerEntry } from './model.ts';

/** Reading money: envelopes, reservations, phase budgets and the ledger (writes are in `money.ts`). */

const envelopeFromItem = (item: Item) => withoutKeys<Envelope>(item);

/** A year's envelopes: one Query of the year's partition. */
export async function listEnvelopes(year: number): Promise<Envelope[]> {
  const items = await queryAll({
    partition: fundingKeys.yearPartition(year),
    prefix: fundingKeys.envelopePrefix,
  });
  return items.map(envelopeFromItem);
}

/**
 * The envelopes of these holders and which envelope each member draws from, read consistently
 * (a cap or reservation may have just changed): one BatchGet.
 */
export async function envelopesAndMemberships(
  year: number,
  holders: readonly { holderOin: string; instrument: Instrument }[],
  members: readonly { memberOin: string; instrument: Instrument }[] = [],
): Promise<{
  envelopes: Map<string, Envelope>;
  /** `<memberOin>#<instrument>` → the holder of the envelope it draws from. */
  memberOf: Map<string, string>;
}> {
  const wanted: Key[] = [
    ...holders.map((h) => fundingKeys.envelope(year, h.holderOin, h.instrument)),
    ...members.map((m) => fundingKeys.member(year, m.memberOin, m.instrument)),
  ];
  const items = await getItems(wanted, { consistent: true });
  return {
    envelopes: new Map(
      items.filter((i) => i.entity === ENTITY.envelope).map((i) => [i.sk as string, envelopeFromItem(i)]),
    ),
    memberOf: new Map(
      items
        .filter((i) => i.entity === ENTITY.envelopeMember)
        .map((i) => [`${i.memberOin as string}#${i.instrument as string}`, i.holderOin as string]),
    ),
  };
}

/** The live per-funder reservations of a challenge: one Query. */
export async function funderReservations(challengeId: string): Promise<FunderReservation[]> {
  const items = await queryAll({
    partition: keys.challenge(challengeId).pk,
    prefix: moneyKeys.reservationPrefix,
    consistent: true,
  });
  return items.map((item) => withoutKeys<FunderReservation>(item));
}

export interface PhaseBudget {
  budgetCents: number;
  awardedCents: number;
  remainingCents: number;
  /** When the phase's (first) award decision was taken. */
  decidedAt?: string;
}

/** What is left of a phase's budget, and whether it has an award decision. */
export async function phaseBudget(challengeId: string, phase: number): Promise<PhaseBudget | undefined> {
  const item = await getItem(moneyKeys.phaseBudget(challengeId, phase));
  return item ? withoutKeys<PhaseBudget>(item) : undefined;
}

/** One funder's ledger, oldest first. */
export async function readLedger(funderOin: string): Promise<LedgerEntry[]> {
  const items = await queryAll({ partition: moneyKeys.ledgerPartition(funderOin) });
  return items.map((item) => withoutKeys<LedgerEntry>(item));
}

/** One funder's ledger entries recorded from `from` up to (not including) `to`: one Query. */
export async function readLedgerBetween(funderOin: string, from: string, to: string): Promise<LedgerEntry[]> {
  const items = await queryAll({ partition: moneyKeys.ledgerPartition(funderOin), between: [from, to] });
  return items.map((item) => withoutKeys<LedgerEntry>(item)).filter((entry) => entry.at < to);
}
