import { ENTITY, fundingKeys, moneyKeys, reportKeys } from '#shared/db/keys.ts';
import type { TxWrite } from '#shared/db/store.ts';
import type { Instrument } from '#shared/kernel/vocabulary.ts';
import { conflict, type DomainError, unprocessable } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import type {
  Envelope,
  EnvelopeLedgerKind,
  Funder,
  FunderPart,
  FunderReservation,
  LedgerEntry,
  LedgerKind,
  Reservation,
} from './model.ts';
import { splitCents, splitCentsWithin } from './split.ts';

/**
 * THE writer of money. Every write to a phase budget, a funder's reservation, an envelope's
 * counters or the ledger is built here and nowhere else; the challenges and awards domains put
 * what these functions return into their own transactions. Each function is pure (given the
 * time): it returns the writes, with the business refusal for each condition that can fail.
 *
 * Every movement writes a ledger entry in the same transaction as the counters it moves, so
 * every balance can be rebuilt from the ledger alone; every counter is guarded by a condition,
 * so none goes below zero under any concurrency.
 */

const sharesOf = (funders: readonly Pick<Funder, 'oin' | 'shareBasisPoints'>[]) =>
  funders.map((f) => ({ key: f.oin, basisPoints: f.shareBasisPoints }));

/** A funder's share of an amount, by THE split function over the funders' basis points. */
export const splitOverFunders = (
  funders: readonly Pick<Funder, 'oin' | 'shareBasisPoints'>[],
  amountCents: number,
) => splitCents(amountCents, sharesOf(funders));

/**
 * An award's parts: each funder's share of the amount, in the envelope that carries that funder —
 * never more than `room` (what is left of each funder's reservation), so awards that fit the
 * budget always fit the reservations too, whatever the rounding did to earlier awards.
 */
export function awardParts(
  funders: readonly Pick<Funder, 'oin' | 'shareBasisPoints'>[],
  holderOf: (funderOin: string) => string,
  amountCents: number,
  room?: ReadonlyMap<string, number>,
): FunderPart[] {
  const caps = room && new Map(funders.map((f) => [f.oin, Math.max(0, room.get(f.oin) ?? 0)]));
  // When the reservations cannot hold it at all, the plain split goes to the transaction, whose
  // conditions refuse it with the budget's own problem.
  const fits = caps !== undefined && [...caps.values()].reduce((a, b) => a + b, 0) >= amountCents;
  const split = fits
    ? splitCentsWithin(amountCents, sharesOf(funders), caps)
    : splitOverFunders(funders, amountCents);
  return funders.map((f) => ({
    funderOin: f.oin,
    holderOin: holderOf(f.oin),
    amountCents: split.get(f.oin)!,
  }));
}

/**
 * What returns to each funder when an award ends at `finalCents`: its part of the award minus its
 * part of the final amount — the final amount split within the award's parts, so no funder pays
 * more than it awarded, none gets back a negative amount, and the returns add up to exactly what
 * was not paid. Zero parts left out.
 */
export function unspentParts(
  funders: readonly Pick<Funder, 'oin' | 'shareBasisPoints'>[],
  awarded: readonly FunderPart[],
  finalCents: number,
): FunderPart[] {
  const paid = splitCentsWithin(
    finalCents,
    sharesOf(funders),
    new Map(awarded.map((p) => [p.funderOin, p.amountCents])),
  );
  return awarded
    .map((p) => ({ ...p, amountCents: p.amountCents - (paid.get(p.funderOin) ?? 0) }))
    .filter((p) => p.amountCents > 0);
}

const euro = (cents: number) => `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 })}`;

export function envelopeExhausted(
  year: number,
  instrument: string,
  shortfalls: { funder: string; shortfallCents: number }[],
): DomainError {
  const names = shortfalls.map((s) => `${s.funder} (short by ${euro(s.shortfallCents)})`).join(', ');
  return unprocessable(
    'envelope-exhausted',
    `Not enough room in the ${year} ${instrument} envelope of ${names}.`,
    { shortfalls },
  );
}

const reservationShort = (funder: string) => () =>
  unprocessable(
    'reservation-exhausted',
    `The reservation of ${funder} for this challenge has no room for this amount.`,
    { funderOin: funder },
  );

const DELTAS: Record<
  LedgerKind,
  (
    x: number,
  ) => Pick<LedgerEntry, 'reservedDeltaCents' | 'awardedDeltaCents' | 'paidDeltaCents' | 'settledDeltaCents'>
> = {
  reserve: (x) => ({ reservedDeltaCents: x, awardedDeltaCents: 0 }),
  award: (x) => ({ reservedDeltaCents: -x, awardedDeltaCents: x }),
  release: (x) => ({ reservedDeltaCents: -x, awardedDeltaCents: 0 }),
  return: (x) => ({ reservedDeltaCents: 0, awardedDeltaCents: -x }),
  withdraw: (x) => ({ reservedDeltaCents: x, awardedDeltaCents: -x }),
  pay: (x) => ({ reservedDeltaCents: 0, awardedDeltaCents: 0, paidDeltaCents: x }),
  settle: (x) => ({ reservedDeltaCents: 0, awardedDeltaCents: 0, settledDeltaCents: x }),
};

type LedgerLine = Omit<
  LedgerEntry,
  'entryId' | 'reservedDeltaCents' | 'awardedDeltaCents' | 'paidDeltaCents' | 'settledDeltaCents'
> & {
  amountCents: number;
};

/** One append-only ledger entry (also indexed in its programme year's reports). */
function ledgerWrite(line: LedgerLine): TxWrite {
  const entryId = newId();
  const { amountCents, ...rest } = line;
  const entry: LedgerEntry = { ...rest, entryId, ...DELTAS[line.kind](amountCents) };
  return {
    item: {
      Put: {
        Item: {
          ...moneyKeys.ledgerEntry(line.funderOin, line.at, entryId),
          ...reportKeys.entry(line.year, 'LEDGER', `${line.at}#${entryId}`),
          entity: ENTITY.ledgerEntry,
          ...entry,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

/** The envelope counters each kind moves, and the counter that must hold the amount. */
const ENVELOPE_MOVES: Record<EnvelopeLedgerKind, [update: string, condition: string]> = {
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
  withdraw: ['awardedCents = awardedCents - :x, reservedCents = reservedCents + :x', 'awardedCents >= :x'],
};

function envelopeMove(
  envelope: { year: number; holderOin: string; instrument: Instrument },
  kind: EnvelopeLedgerKind,
  amountCents: number,
  at: string,
  onShort: () => DomainError,
): TxWrite {
  const [update, condition] = ENVELOPE_MOVES[kind];
  return {
    item: {
      Update: {
        Key: fundingKeys.envelope(envelope.year, envelope.holderOin, envelope.instrument),
        UpdateExpression: `SET ${update}, #version = #version + :one, updatedAt = :now`,
        ConditionExpression: `attribute_exists(pk) AND ${condition}`,
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':x': amountCents, ':one': 1, ':now': at },
      },
    },
    onConditionFailed: onShort,
  };
}

const sumBy = (parts: readonly FunderPart[], key: 'funderOin' | 'holderOin') => {
  const sums = new Map<string, number>();
  for (const p of parts) sums.set(p[key], (sums.get(p[key]) ?? 0) + p.amountCents);
  return sums;
};

export interface Publication {
  challengeId: string;
  year: number;
  instrument: Instrument;
  at: string;
  phases: readonly { number: number; budgetCents: number }[];
  /** Each funder's exact share of the budget. */
  split: readonly { funderOin: string; amountCents: number }[];
  /** The same shares summed per envelope (from `planReservations`). */
  reservations: readonly Reservation[];
  /** The envelopes as read, to name a funder that ran short meanwhile. */
  envelopes: ReadonlyMap<string, Envelope>;
}

/**
 * Publishing: each envelope moves the reservation from remaining to reserved (guarded against
 * overspend); the challenge gets a budget per phase and a reservation per funder, each funder a
 * `reserve` ledger entry.
 */
export function reserveForPublication(p: Publication): TxWrite[] {
  const holderOf = new Map(
    p.reservations.flatMap((r) => r.funderOins.map((oin) => [oin, r.holderOin] as const)),
  );
  return [
    ...p.reservations.map((r) =>
      // Someone reserved in the meantime: name the funder; the shortfall is at least this much now.
      envelopeMove(
        { year: p.year, holderOin: r.holderOin, instrument: r.instrument },
        'reserve',
        r.amountCents,
        p.at,
        () =>
          envelopeExhausted(p.year, r.instrument, [
            {
              funder: p.envelopes.get(r.holderOin)?.holderName ?? r.holderOin,
              shortfallCents: Math.max(
                1,
                r.amountCents - (p.envelopes.get(r.holderOin)?.remainingCents ?? 0),
              ),
            },
          ]),
      ),
    ),
    ...p.phases.map(
      (phase): TxWrite => ({
        item: {
          Put: {
            Item: {
              ...moneyKeys.phaseBudget(p.challengeId, phase.number),
              entity: ENTITY.phaseBudget,
              budgetCents: phase.budgetCents,
              awardedCents: 0,
              remainingCents: phase.budgetCents,
            },
          },
        },
      }),
    ),
    ...p.split.flatMap(({ funderOin, amountCents }): TxWrite[] => {
      const reservation: FunderReservation = {
        funderOin,
        holderOin: holderOf.get(funderOin)!,
        year: p.year,
        instrument: p.instrument,
        reservedCents: amountCents,
        awardedCents: 0,
        unawardedCents: amountCents,
      };
      return [
        {
          item: {
            Put: {
              Item: {
                ...moneyKeys.reservation(p.challengeId, funderOin),
                entity: ENTITY.funderReservation,
                ...reservation,
              },
            },
          },
        },
        ledgerWrite({ ...reservation, challengeId: p.challengeId, kind: 'reserve', amountCents, at: p.at }),
      ];
    }),
  ];
}

/**
 * Cancelling or completing: what each funder reserved and never awarded goes back (its counter
 * and a `release` ledger entry), and each envelope's reserved amount in sum.
 */
export function releaseUnawarded(p: {
  challengeId: string;
  year: number;
  reservations: readonly FunderReservation[];
  at: string;
}): { writes: TxWrite[]; released: { holderOin: string; instrument: Instrument; amountCents: number }[] } {
  const open = p.reservations.filter((r) => r.unawardedCents > 0);
  const perHolder = new Map<string, { holderOin: string; instrument: Instrument; amountCents: number }>();
  for (const r of open) {
    const entry = perHolder.get(r.holderOin) ?? {
      holderOin: r.holderOin,
      instrument: r.instrument,
      amountCents: 0,
    };
    entry.amountCents += r.unawardedCents;
    perHolder.set(r.holderOin, entry);
  }
  const writes: TxWrite[] = [
    ...open.flatMap((r): TxWrite[] => [
      {
        item: {
          Update: {
            Key: moneyKeys.reservation(p.challengeId, r.funderOin),
            UpdateExpression: 'SET unawardedCents = :zero, reservedCents = reservedCents - :x',
            ConditionExpression: 'unawardedCents = :x', // nothing was awarded meanwhile
            ExpressionAttributeValues: { ':x': r.unawardedCents, ':zero': 0 },
          },
        },
      },
      ledgerWrite({
        funderOin: r.funderOin,
        holderOin: r.holderOin,
        year: r.year,
        instrument: r.instrument,
        challengeId: p.challengeId,
        kind: 'release',
        amountCents: r.unawardedCents,
        at: p.at,
      }),
    ]),
    ...[...perHolder.values()].map((r) =>
      envelopeMove({ year: p.year, ...r }, 'release', r.amountCents, p.at, () =>
        conflict('envelope-mismatch', 'The envelope does not hold this reservation.'),
      ),
    ),
  ];
  return { writes, released: [...perHolder.values()] };
}

/** What an award decision moves, and what a withdrawal in its standstill moves back. */
const AWARD_MOVES = {
  award: {
    budget: [
      'SET remainingCents = remainingCents - :x, awardedCents = awardedCents + :x, decidedAt = if_not_exists(decidedAt, :now)',
      'remainingCents >= :x',
    ],
    reservation: [
      'SET unawardedCents = unawardedCents - :x, awardedCents = awardedCents + :x',
      'unawardedCents >= :x',
    ],
  },
  withdraw: {
    budget: [
      'SET remainingCents = remainingCents + :x, awardedCents = awardedCents - :x',
      'awardedCents >= :x',
    ],
    reservation: [
      'SET unawardedCents = unawardedCents + :x, awardedCents = awardedCents - :x',
      'awardedCents >= :x',
    ],
  },
} as const;

interface AwardMoney {
  challengeId: string;
  phase: number;
  year: number;
  instrument: Instrument;
  at: string;
  awards: readonly { awardId: string; split: readonly FunderPart[] }[];
}

/**
 * The phase budget, each funder's reservation and each envelope move between reserved and awarded
 * — summed per item, since a transaction touches an item once — and each award part gets a ledger
 * entry of the same kind. A withdrawal moves back exactly what the award moved.
 */
function moveAwardMoney(kind: 'award' | 'withdraw', p: AwardMoney): TxWrite[] {
  const parts = p.awards.flatMap((a) => a.split);
  const total = parts.reduce((sum, part) => sum + part.amountCents, 0);
  const moves = AWARD_MOVES[kind];
  const mismatch = () => conflict('ledger-mismatch', 'The awarded amounts do not hold these awards.');
  return [
    {
      item: {
        Update: {
          Key: moneyKeys.phaseBudget(p.challengeId, p.phase),
          UpdateExpression: moves.budget[0],
          ConditionExpression: moves.budget[1],
          // The first decision marks the phase decided (feedback and statistics open).
          ExpressionAttributeValues: { ':x': total, ...(kind === 'award' ? { ':now': p.at } : {}) },
        },
      },
      onConditionFailed:
        kind === 'award'
          ? () =>
              unprocessable(
                'phase-budget-exhausted',
                `These awards (€ ${total / 100}) do not fit in what is left of the phase ${p.phase} budget.`,
                { neededCents: total },
              )
          : mismatch,
    },
    ...[...sumBy(parts, 'funderOin')].map(
      ([funderOin, amount]): TxWrite => ({
        item: {
          Update: {
            Key: moneyKeys.reservation(p.challengeId, funderOin),
            UpdateExpression: moves.reservation[0],
            ConditionExpression: moves.reservation[1],
            ExpressionAttributeValues: { ':x': amount },
          },
        },
        onConditionFailed: kind === 'award' ? reservationShort(funderOin) : mismatch,
      }),
    ),
    ...[...sumBy(parts, 'holderOin')].map(([holderOin, amount]) =>
      envelopeMove(
        { year: p.year, holderOin, instrument: p.instrument },
        kind,
        amount,
        p.at,
        kind === 'award' ? reservationShort(holderOin) : mismatch,
      ),
    ),
    ...p.awards.flatMap((award) =>
      award.split.map((part) =>
        ledgerWrite({
          ...part,
          year: p.year,
          instrument: p.instrument,
          challengeId: p.challengeId,
          awardId: award.awardId,
          kind,
          at: p.at,
        }),
      ),
    ),
  ];
}

/** An award decision draws on the money: from reserved to awarded, with an `award` entry per part. */
export const drawForAwards = (p: AwardMoney): TxWrite[] => moveAwardMoney('award', p);

/**
 * An award ends below its amount: what was not spent returns per funder (its reservation and a
 * `return` ledger entry) and per envelope from awarded to remaining.
 */
export function returnUnspent(p: {
  challengeId: string;
  awardId: string;
  year: number;
  instrument: Instrument;
  at: string;
  returned: readonly FunderPart[];
}): TxWrite[] {
  return [
    ...p.returned.flatMap((r): TxWrite[] => [
      {
        item: {
          Update: {
            Key: moneyKeys.reservation(p.challengeId, r.funderOin),
            UpdateExpression: 'SET awardedCents = awardedCents - :x, reservedCents = reservedCents - :x',
            ConditionExpression: 'awardedCents >= :x',
            ExpressionAttributeValues: { ':x': r.amountCents },
          },
        },
      },
      ledgerWrite({
        ...r,
        year: p.year,
        instrument: p.instrument,
        challengeId: p.challengeId,
        awardId: p.awardId,
        kind: 'return',
        at: p.at,
      }),
    ]),
    ...[...sumBy(p.returned, 'holderOin')].map(([holderOin, amount]) =>
      envelopeMove({ year: p.year, holderOin, instrument: p.instrument }, 'return', amount, p.at, () =>
        conflict('envelope-mismatch', 'The envelope does not hold this award.'),
      ),
    ),
  ];
}

/**
 * The programme office sets an envelope's cap: the whole envelope is written, on the condition
 * that nobody reserved or awarded since it was read (else its remaining amount would be stale).
 */
export function envelopeCapWrite(envelope: Envelope, readVersion: number | undefined): TxWrite {
  return {
    item: {
      Put: {
        Item: {
          ...fundingKeys.envelope(envelope.year, envelope.holderOin, envelope.instrument),
          entity: ENTITY.envelope,
          ...envelope,
        },
        ConditionExpression: readVersion !== undefined ? '#version = :version' : 'attribute_not_exists(pk)',
        ...(readVersion !== undefined
          ? {
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':version': readVersion },
            }
          : {}),
      },
    },
    onConditionFailed: () =>
      conflict('concurrent-change', 'The envelope changed while you set it; try again.'),
  };
}

/**
 * An award decision withdrawn during its standstill: exactly what `drawForAwards` moved goes back
 * — to the phase budget (a new decision may award it), each funder's reservation and each
 * envelope (awarded → reserved) — with a `withdraw` ledger entry per award part.
 */
export const withdrawAwards = (p: AwardMoney): TxWrite[] => moveAwardMoney('withdraw', p);

/**
 * A reasoned decision to award nothing in a phase stood: what the phase's budget still holds goes
 * back — the budget's remaining amount to zero (counted as released), each funder's reservation
 * by its part (a `release` ledger entry) and each envelope from reserved to remaining. The parts
 * come from `awardParts` within what each reservation still holds, so they add up exactly.
 */
export function releasePhase(p: {
  challengeId: string;
  phase: number;
  year: number;
  instrument: Instrument;
  at: string;
  remainingCents: number;
  parts: readonly FunderPart[];
}): TxWrite[] {
  const parts = p.parts.filter((part) => part.amountCents > 0);
  const changed = () => conflict('concurrent-change', 'The phase budget changed meanwhile; try again.');
  return [
    {
      item: {
        Update: {
          Key: moneyKeys.phaseBudget(p.challengeId, p.phase),
          UpdateExpression:
            'SET remainingCents = remainingCents - :x, releasedCents = if_not_exists(releasedCents, :zero) + :x',
          ConditionExpression: 'remainingCents = :x',
          ExpressionAttributeValues: { ':x': p.remainingCents, ':zero': 0 },
        },
      },
      onConditionFailed: changed,
    },
    ...parts.flatMap((part): TxWrite[] => [
      {
        item: {
          Update: {
            Key: moneyKeys.reservation(p.challengeId, part.funderOin),
            UpdateExpression: 'SET unawardedCents = unawardedCents - :x, reservedCents = reservedCents - :x',
            ConditionExpression: 'unawardedCents >= :x',
            ExpressionAttributeValues: { ':x': part.amountCents },
          },
        },
        onConditionFailed: changed,
      },
      ledgerWrite({
        ...part,
        year: p.year,
        instrument: p.instrument,
        challengeId: p.challengeId,
        kind: 'release',
        at: p.at,
      }),
    ]),
    ...[...sumBy(parts, 'holderOin')].map(([holderOin, amount]) =>
      envelopeMove({ year: p.year, holderOin, instrument: p.instrument }, 'release', amount, p.at, () =>
        conflict('envelope-mismatch', 'The envelope does not hold this reservation.'),
      ),
    ),
  ];
}

/**
 * What each funder pays of a payment to the company: the amount split by THE split function
 * over the funders' shares, within what each funder still owes of its part of the award (its
 * part minus what it paid so far). So the parts of all payments of a contract never exceed, and
 * at the last payment add up exactly to, each funder's part of the award — whatever the rounding
 * did on the way. Refused (RangeError) if the amount is more than is left unpaid in all.
 */
export function paymentParts(
  funders: readonly Pick<Funder, 'oin' | 'shareBasisPoints'>[],
  awarded: readonly FunderPart[],
  paidSoFar: ReadonlyMap<string, number>,
  amountCents: number,
): FunderPart[] {
  const caps = new Map(
    awarded.map((p) => [p.funderOin, Math.max(0, p.amountCents - (paidSoFar.get(p.funderOin) ?? 0))]),
  );
  const split = splitCentsWithin(amountCents, sharesOf(funders), caps);
  return awarded.map((p) => ({ ...p, amountCents: split.get(p.funderOin) ?? 0 }));
}

/**
 * Each funder's part of a contract's invoices: what it paid, plus its parts of the accepted
 * invoices not paid yet as THE split will pay them (`paymentParts`, in milestone order). An
 * invoice is split only when it is paid; this is what the funders will owe for what was invoiced.
 */
export function invoicedParts(
  funders: readonly Pick<Funder, 'oin' | 'shareBasisPoints'>[],
  limits: readonly FunderPart[],
  paidSoFar: ReadonlyMap<string, number>,
  unpaidInvoicesCents: readonly number[],
): Map<string, number> {
  const invoiced = new Map(paidSoFar);
  for (const amount of unpaidInvoicesCents)
    for (const part of paymentParts(funders, limits, invoiced, amount))
      invoiced.set(part.funderOin, (invoiced.get(part.funderOin) ?? 0) + part.amountCents);
  return invoiced;
}

/**
 * Each funder's part of a contract's final amount, given what it paid already: what it paid plus
 * its share of the rest within what it may still pay (`paymentParts`); and what returns to it,
 * its part of the award minus that. So no funder pays more than its part of the award, none gets
 * back less than nothing, and the parts add up to the final amount exactly.
 */
export function finalParts(
  funders: readonly Pick<Funder, 'oin' | 'shareBasisPoints'>[],
  awarded: readonly FunderPart[],
  paidSoFar: ReadonlyMap<string, number>,
  finalCents: number,
): { final: FunderPart[]; returned: FunderPart[] } {
  const paidTotal = [...paidSoFar.values()].reduce((a, b) => a + b, 0);
  const rest = paymentParts(funders, awarded, paidSoFar, finalCents - paidTotal);
  const final = rest.map((p) => ({ ...p, amountCents: (paidSoFar.get(p.funderOin) ?? 0) + p.amountCents }));
  const returned = awarded
    .map((p, i) => ({ ...p, amountCents: p.amountCents - final[i]!.amountCents }))
    .filter((p) => p.amountCents > 0);
  return { final, returned };
}

/**
 * A payment to the company, in each paying funder's ledger: a `pay` entry per part (realised
 * money). It moves no envelope counter; the contract, written in the same transaction on the
 * condition that nobody paid meanwhile, is what keeps the parts within the award.
 */
export function payParts(p: {
  challengeId: string;
  awardId: string;
  year: number;
  instrument: Instrument;
  at: string;
  milestone: number;
  /** Who pays each part: the lead buyer, or a co-funder that pays directly. */
  payerOf: (funderOin: string) => string;
  paymentId: string;
  paidOn: string;
  reference: string;
  parts: readonly FunderPart[];
}): TxWrite[] {
  return p.parts
    .filter((part) => part.amountCents > 0)
    .map((part) =>
      ledgerWrite({
        ...part,
        year: p.year,
        instrument: p.instrument,
        challengeId: p.challengeId,
        awardId: p.awardId,
        kind: 'pay',
        milestone: p.milestone,
        payerOin: p.payerOf(part.funderOin),
        paymentId: p.paymentId,
        paidOn: p.paidOn,
        reference: p.reference,
        at: p.at,
      }),
    );
}

/**
 * A co-funder paid the lead buyer its parts of payments (a settlement statement): a `settle`
 * entry per line, so each programme year and contract sees what was settled.
 */
export function settleParts(p: {
  at: string;
  lines: readonly (Pick<
    LedgerEntry,
    'funderOin' | 'holderOin' | 'year' | 'instrument' | 'challengeId' | 'payerOin' | 'paymentId' | 'milestone'
  > & {
    awardId: string;
    amountCents: number;
  })[];
}): TxWrite[] {
  return p.lines
    .filter((line) => line.amountCents > 0)
    .map((line) => ledgerWrite({ ...line, kind: 'settle', at: p.at }));
}
