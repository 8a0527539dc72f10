import type { Instrument } from '#shared/challenges/vocabulary.ts';
import { tableName } from '#shared/db/client.ts';
import { fundingKeys, moneyKeys, reportKeys } from '#shared/db/keys.ts';
import { queryAll } from '#shared/db/query.ts';
import type { TxWrite } from '#shared/db/transact.ts';
import { clock } from '#shared/platform/clock.ts';
import { type DomainError, unprocessable } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';

/**
 * The ledger: one append-only list of entries per funder. Every movement of money writes an
 * entry in the same transaction as the counters it moves, so every balance (an envelope's
 * reserved and awarded amounts, a funder's commitments) can be rebuilt from the ledger alone.
 *
 * Envelope identity, always: cap = remaining + reserved + awarded.
 *  reserve (publish):   reserved +x               remaining −x
 *  award:               reserved −x, awarded +x
 *  release (cancel):    reserved −x               remaining +x
 *  return (unspent):    awarded −x                remaining +x
 */
export type LedgerKind = 'reserve' | 'award' | 'release' | 'return';

export interface LedgerEntry {
  entryId: string;
  funderOin: string;
  /** Whose envelope carries this funder (itself, or e.g. IPO for a province). */
  holderOin: string;
  year: number;
  instrument: Instrument;
  challengeId: string;
  awardId?: string;
  kind: LedgerKind;
  reservedDeltaCents: number;
  awardedDeltaCents: number;
  at: string;
}

const DELTAS: Record<LedgerKind, (x: number) => { reservedDeltaCents: number; awardedDeltaCents: number }> = {
  reserve: (x) => ({ reservedDeltaCents: x, awardedDeltaCents: 0 }),
  award: (x) => ({ reservedDeltaCents: -x, awardedDeltaCents: x }),
  release: (x) => ({ reservedDeltaCents: -x, awardedDeltaCents: 0 }),
  return: (x) => ({ reservedDeltaCents: 0, awardedDeltaCents: -x }),
};

export function ledgerWrite(
  entry: Omit<LedgerEntry, 'entryId' | 'at' | 'reservedDeltaCents' | 'awardedDeltaCents'> & {
    amountCents: number;
  },
): TxWrite {
  const at = clock.nowIso();
  const entryId = newId();
  const { amountCents, ...rest } = entry;
  const item: LedgerEntry = { ...rest, entryId, at, ...DELTAS[entry.kind](amountCents) };
  return {
    item: {
      Put: {
        TableName: tableName(),
        Item: {
          ...moneyKeys.ledgerEntry(entry.funderOin, at, entryId),
          ...reportKeys.entry(entry.year, 'LEDGER', `${at}#${entryId}`),
          entity: 'LedgerEntry',
          ...item,
        },
        ConditionExpression: 'attribute_not_exists(pk)', // append-only
      },
    },
  };
}

export const readLedger = (funderOin: string): Promise<LedgerEntry[]> =>
  queryAll<LedgerEntry>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': moneyKeys.ledgerPartition(funderOin) },
  });

/** Moves an envelope's counters for one holder; the condition keeps every counter ≥ 0. */
export function envelopeMove(
  year: number,
  holderOin: string,
  instrument: Instrument,
  kind: LedgerKind,
  amountCents: number,
  onShort: () => DomainError,
): TxWrite {
  const expressions: Record<LedgerKind, [string, string]> = {
    reserve: [
      'remainingCents = remainingCents - :x, reservedCents = reservedCents + :x',
      'remainingCents >= :x',
    ],
    award: ['reservedCents = reservedCents - :x, awardedCents = awardedCents + :x', 'reservedCents >= :x'],
    release: [
      'reservedCents = reservedCents - :x, remainingCents = remainingCents + :x',
      'reservedCents >= :x',
    ],
    return: ['awardedCents = awardedCents - :x, remainingCents = remainingCents + :x', 'awardedCents >= :x'],
  };
  const [update, condition] = expressions[kind];
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: fundingKeys.envelope(year, holderOin, instrument),
        UpdateExpression: `SET ${update}, #version = #version + :one, updatedAt = :now`,
        ConditionExpression: `attribute_exists(pk) AND ${condition}`,
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':x': amountCents, ':one': 1, ':now': clock.nowIso() },
      },
    },
    onConditionFailed: onShort,
  };
}

export const reservationShort = (funder: string) => () =>
  unprocessable(
    'reservation-exhausted',
    `The reservation of ${funder} for this challenge has no room for this amount.`,
    { funderOin: funder },
  );
