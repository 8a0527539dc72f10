import type { Instrument } from '#shared/kernel/vocabulary.ts';

/*
 * The words of money: who funds, what an envelope holds, what a challenge reserved, and the
 * ledger that records every movement. Only `money.ts` writes any of them.
 */

export type FunderSide = 'ezk' | 'co-funder';

/** A body that pays a share of a challenge. */
export interface Funder {
  oin: string;
  name: string;
  side: FunderSide;
  /** Share of the challenge's money in basis points (5000 = 50%). */
  shareBasisPoints: number;
  /** A co-funder that pays its part of each payment itself, rather than settling with the lead buyer. */
  paysDirectly?: boolean;
}

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
  side: FunderSide;
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

/** What a published challenge holds in one envelope. */
export interface Reservation {
  holderOin: string;
  instrument: Instrument;
  /** The challenge's funders whose shares this envelope carries. */
  funderOins: string[];
  amountCents: number;
}

/** One funder's live reservation for a challenge: reserved = awarded + unawarded. */
export interface FunderReservation {
  funderOin: string;
  holderOin: string;
  year: number;
  instrument: Instrument;
  reservedCents: number;
  awardedCents: number;
  unawardedCents: number;
}

/** An amount for one funder, and whose envelope carries it. */
export interface FunderPart {
  funderOin: string;
  holderOin: string;
  amountCents: number;
}

/**
 * Envelope identity, always: cap = remaining + reserved + awarded.
 *  reserve (publish):   reserved +x               remaining −x
 *  award:               reserved −x, awarded +x
 *  release (cancel):    reserved −x               remaining +x
 *  return (unspent):    awarded −x                remaining +x
 *  withdraw (decision withdrawn in its standstill): awarded −x, reserved +x
 * Realised money moves no envelope counter (it is awarded money being spent):
 *  pay (a milestone paid to the company): paid +x, this funder's part of the payment
 *  settle (a co-funder paid its part of payments to the lead buyer): settled +x
 */
export type EnvelopeLedgerKind = 'reserve' | 'award' | 'release' | 'return' | 'withdraw';
export type LedgerKind = EnvelopeLedgerKind | 'pay' | 'settle';

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
  /** pay: this funder's part of a payment to the company. */
  paidDeltaCents?: number;
  /** settle: what a co-funder paid the lead buyer for its parts of payments. */
  settledDeltaCents?: number;
  /** pay and settle: the contract's milestone, the lead buyer who paid, and the payment. */
  milestone?: number;
  payerOin?: string;
  paymentId?: string;
  /** pay: the day the money left the payer, and its reference (the payments register). */
  paidOn?: string;
  reference?: string;
  at: string;
}
