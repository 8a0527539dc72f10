import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundingKeys, moneyKeys } from '#shared/db/keys.ts';
import type { TxWrite } from '#shared/db/store.ts';
import type { Envelope, FunderPart, LedgerEntry, Reservation } from '#shared/funding/model.ts';
import {
  awardParts,
  drawForAwards,
  finalParts,
  invoicedParts,
  paymentParts,
  releaseUnawarded,
  reserveForPublication,
  returnUnspent,
  unspentParts,
  withdrawAwards,
} from '#shared/funding/money.ts';
import { splitCents } from '#shared/funding/split.ts';

/*
 * The one writer of money, checked on the writes it returns (no database): what each movement
 * moves, where, guarded by which condition, and that its ledger entries add up to the counters.
 */

const EZK = '00000001003214345000';
const ZH = '00000001002220647000';
const IPO = '00000001004296785000';
const BRABANT = '00000001002276431000';
const AT = '2026-03-02T09:00:00.000Z';

const updates = (writes: TxWrite[]) => writes.flatMap((w) => ('Update' in w.item ? [w.item.Update] : []));
const puts = (writes: TxWrite[]) => writes.flatMap((w) => ('Put' in w.item ? [w.item.Put.Item] : []));
const ledger = (writes: TxWrite[]) =>
  puts(writes).filter((i) => i.entity === 'LedgerEntry') as unknown as LedgerEntry[];
const on = (key: { pk: string; sk: string }) => (u: { Key: { pk: string; sk: string } }) =>
  u.Key.pk === key.pk && u.Key.sk === key.sk;
const envelope = (holderOin: string, remainingCents: number): Envelope => ({
  year: 2026,
  holderOin,
  holderName: holderOin === EZK ? 'EZK' : 'Zuid-Holland',
  side: holderOin === EZK ? 'ezk' : 'co-funder',
  instrument: 'sbir',
  capCents: remainingCents,
  reservedCents: 0,
  awardedCents: 0,
  remainingCents,
  members: [],
  version: 1,
  updatedAt: AT,
});

/**
 * Funders of a joint call: EZK half, the other half over one to four co-funders in proportion to
 * random weights (basis points adding up to 5000 exactly).
 */
const jointShares = fc
  .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 })
  .map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    const bp = weights.map((w) => Math.floor((w * 5000) / total));
    bp[0]! += 5000 - bp.reduce((a, b) => a + b, 0);
    return [
      { oin: EZK, shareBasisPoints: 5000 },
      ...bp.map((b, i) => ({ oin: `0000000100000000010${i}`, shareBasisPoints: b })),
    ].filter((f) => f.shareBasisPoints > 0);
  });

describe('reserveForPublication', () => {
  const reservations: Reservation[] = [
    { holderOin: EZK, instrument: 'sbir', funderOins: [EZK], amountCents: 50_000_001 },
    { holderOin: IPO, instrument: 'sbir', funderOins: [ZH, BRABANT], amountCents: 50_000_000 },
  ];
  const writes = reserveForPublication({
    challengeId: 'c1',
    year: 2026,
    instrument: 'sbir',
    at: AT,
    phases: [
      { number: 1, budgetCents: 20_000_001 },
      { number: 2, budgetCents: 80_000_000 },
    ],
    split: [
      { funderOin: EZK, amountCents: 50_000_001 },
      { funderOin: ZH, amountCents: 25_000_000 },
      { funderOin: BRABANT, amountCents: 25_000_000 },
    ],
    reservations,
    envelopes: new Map([
      [EZK, envelope(EZK, 250_000_000)],
      [IPO, envelope(IPO, 250_000_000)],
    ]),
  });

  it('moves each envelope from remaining to reserved, guarded against overspend', () => {
    const ezk = updates(writes).find(on(fundingKeys.envelope(2026, EZK, 'sbir')))!;
    expect(ezk.UpdateExpression).toContain('remainingCents = remainingCents - :x');
    expect(ezk.UpdateExpression).toContain('reservedCents = reservedCents + :x');
    expect(ezk.ConditionExpression).toContain('remainingCents >= :x');
    expect(ezk.ExpressionAttributeValues?.[':x']).toBe(50_000_001);
    // The provinces draw from IPO's envelope: one move for both, in sum.
    const ipo = updates(writes).filter(on(fundingKeys.envelope(2026, IPO, 'sbir')));
    expect(ipo).toHaveLength(1);
    expect(ipo[0]!.ExpressionAttributeValues?.[':x']).toBe(50_000_000);
  });

  it('opens a budget per phase and a reservation per funder, each with a reserve entry', () => {
    const items = puts(writes);
    expect(items.filter((i) => i.entity === 'PhaseBudget').map((i) => i.remainingCents)).toEqual([
      20_000_001, 80_000_000,
    ]);
    const perFunder = items.filter((i) => i.entity === 'FunderReservation');
    expect(perFunder.map((r) => [r.funderOin, r.holderOin, r.unawardedCents])).toEqual([
      [EZK, EZK, 50_000_001],
      [ZH, IPO, 25_000_000],
      [BRABANT, IPO, 25_000_000],
    ]);
    expect(
      ledger(writes).map((e) => [e.kind, e.funderOin, e.reservedDeltaCents, e.awardedDeltaCents]),
    ).toEqual([
      ['reserve', EZK, 50_000_001, 0],
      ['reserve', ZH, 25_000_000, 0],
      ['reserve', BRABANT, 25_000_000, 0],
    ]);
  });

  it('names the funder that ran short when its envelope condition fails', () => {
    const ezk = writes.find(
      (w) => 'Update' in w.item && on(fundingKeys.envelope(2026, EZK, 'sbir'))(w.item.Update),
    )!;
    const refusal = ezk.onConditionFailed!();
    expect(refusal.type).toBe('envelope-exhausted');
    expect(refusal.message).toContain('EZK');
  });
});

describe('drawForAwards', () => {
  const funders = [
    { oin: EZK, shareBasisPoints: 5000 },
    { oin: ZH, shareBasisPoints: 2500 },
    { oin: BRABANT, shareBasisPoints: 2500 },
  ];
  const holderOf = (oin: string) => (oin === EZK ? EZK : IPO);

  it('moves each counter once per transaction, summed, with a ledger entry per award part', () => {
    const awards = [
      { awardId: 'a1', split: awardParts(funders, holderOf, 4_999_999) },
      { awardId: 'a2', split: awardParts(funders, holderOf, 3_000_001) },
    ];
    const writes = drawForAwards({
      challengeId: 'c1',
      phase: 1,
      year: 2026,
      instrument: 'sbir',
      at: AT,
      awards,
    });
    const budget = updates(writes).find(on(moneyKeys.phaseBudget('c1', 1)))!;
    expect(budget.ExpressionAttributeValues?.[':x']).toBe(8_000_000);
    expect(budget.ConditionExpression).toBe('remainingCents >= :x');
    // Each item of the transaction appears once.
    const keysTouched = updates(writes).map((u) => `${u.Key.pk}|${u.Key.sk}`);
    expect(new Set(keysTouched).size).toBe(keysTouched.length);
    expect(updates(writes).filter((u) => u.Key.sk.startsWith('RESERVATION#'))).toHaveLength(3);
    expect(updates(writes).filter((u) => u.Key.sk.startsWith('ENVELOPE#'))).toHaveLength(2);
    expect(ledger(writes)).toHaveLength(6);
    expect(
      ledger(writes).every((e) => e.kind === 'award' && e.reservedDeltaCents === -e.awardedDeltaCents),
    ).toBe(true);
  });

  it('keeps the ledger, the funders, the envelopes and the phase budget equal for any awards', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 10 }),
        (amounts) => {
          const awards = amounts.map((amount, i) => ({
            awardId: `a${i}`,
            split: awardParts(funders, holderOf, amount),
          }));
          const writes = drawForAwards({
            challengeId: 'c1',
            phase: 2,
            year: 2026,
            instrument: 'sbir',
            at: AT,
            awards,
          });
          const total = amounts.reduce((a, b) => a + b, 0);
          const moved = (prefix: string) =>
            updates(writes)
              .filter((u) => u.Key.sk.startsWith(prefix))
              .reduce((sum, u) => sum + (u.ExpressionAttributeValues?.[':x'] as number), 0);
          const inLedger = ledger(writes).reduce((sum, e) => sum + e.awardedDeltaCents, 0);
          return (
            moved('BUDGET#') === total &&
            moved('RESERVATION#') === total &&
            moved('ENVELOPE#') === total &&
            inLedger === total
          );
        },
      ),
    );
  });
  it('a withdrawn decision moves back exactly what its draw moved, on the same items, for any awards', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 10 }),
        (amounts) => {
          const move = {
            challengeId: 'c1',
            phase: 1,
            year: 2026,
            instrument: 'sbir' as const,
            at: AT,
            awards: amounts.map((amount, i) => ({
              awardId: `a${i}`,
              split: awardParts(funders, holderOf, amount),
            })),
          };
          const drawn = drawForAwards(move);
          const withdrawn = withdrawAwards(move);
          const byKey = (writes: TxWrite[]) =>
            Object.fromEntries(
              updates(writes).map((u) => [`${u.Key.pk}|${u.Key.sk}`, u.ExpressionAttributeValues?.[':x']]),
            );
          const entries = (writes: TxWrite[]) =>
            ledger(writes)
              .map((e) => `${e.awardId}|${e.funderOin}|${e.reservedDeltaCents}|${e.awardedDeltaCents}`)
              .sort();
          const mirrored = ledger(drawn)
            .map((e) => `${e.awardId}|${e.funderOin}|${-e.reservedDeltaCents}|${-e.awardedDeltaCents}`)
            .sort();
          return (
            JSON.stringify(byKey(withdrawn)) === JSON.stringify(byKey(drawn)) &&
            JSON.stringify(entries(withdrawn)) === JSON.stringify(mirrored) &&
            ledger(withdrawn).every((e) => e.kind === 'withdraw')
          );
        },
      ),
    );
    const budget = updates(
      withdrawAwards({ challengeId: 'c1', phase: 1, year: 2026, instrument: 'sbir', at: AT, awards: [] }),
    )[0]!;
    expect(budget.UpdateExpression).toContain('remainingCents = remainingCents + :x');
    expect(budget.ConditionExpression).toBe('awardedCents >= :x');
  });
});

describe('returnUnspent and releaseUnawarded', () => {
  const funders = [
    { oin: EZK, shareBasisPoints: 5000 },
    { oin: ZH, shareBasisPoints: 5000 },
  ];
  const awarded: FunderPart[] = awardParts(funders, (oin) => oin, 10_000_001);

  it('returns exactly what was not paid, per funder, to the cent', () => {
    const returned = unspentParts(funders, awarded, 7_000_000);
    expect(returned).toEqual([
      { funderOin: EZK, holderOin: EZK, amountCents: 5_000_001 - 3_500_000 },
      { funderOin: ZH, holderOin: ZH, amountCents: 5_000_000 - 3_500_000 },
    ]);
    const writes = returnUnspent({
      challengeId: 'c1',
      awardId: 'a1',
      year: 2026,
      instrument: 'sbir',
      at: AT,
      returned,
    });
    const envelopeMoves = updates(writes).filter((u) => u.Key.sk.startsWith('ENVELOPE#'));
    expect(envelopeMoves.every((u) => u.ConditionExpression?.includes('awardedCents >= :x'))).toBe(true);
    expect(ledger(writes).map((e) => e.awardedDeltaCents)).toEqual([-1_500_001, -1_500_000]);
  });

  it('returns nothing when the whole award was paid', () => {
    expect(unspentParts(funders, awarded, 10_000_001)).toEqual([]);
  });

  it('releases only what is still unawarded, summed per envelope', () => {
    const { writes, released } = releaseUnawarded({
      challengeId: 'c1',
      year: 2026,
      at: AT,
      reservations: [
        {
          funderOin: EZK,
          holderOin: EZK,
          year: 2026,
          instrument: 'sbir',
          reservedCents: 10,
          awardedCents: 10,
          unawardedCents: 0,
        },
        {
          funderOin: ZH,
          holderOin: IPO,
          year: 2026,
          instrument: 'sbir',
          reservedCents: 30,
          awardedCents: 10,
          unawardedCents: 20,
        },
        {
          funderOin: BRABANT,
          holderOin: IPO,
          year: 2026,
          instrument: 'sbir',
          reservedCents: 30,
          awardedCents: 0,
          unawardedCents: 30,
        },
      ],
    });
    expect(released).toEqual([{ holderOin: IPO, instrument: 'sbir', amountCents: 50 }]);
    // The condition makes sure nothing was awarded between reading and releasing.
    const zh = updates(writes).find(on(moneyKeys.reservation('c1', ZH)))!;
    expect(zh.ConditionExpression).toBe('unawardedCents = :x');
    expect(ledger(writes).map((e) => [e.kind, e.reservedDeltaCents])).toEqual([
      ['release', -20],
      ['release', -30],
    ]);
  });
});

describe('exact money in every corner (issue #15, point 7)', () => {
  const A = '00000001000000000001';
  const B = '00000001000000000002';
  const sameHolder = (oin: string) => oin;

  it('awards that fit the phase budget always fit the reservations, whatever the rounding did before', () => {
    const funders = [
      { oin: EZK, shareBasisPoints: 5000 },
      { oin: A, shareBasisPoints: 3333 },
      { oin: B, shareBasisPoints: 1667 },
    ];
    const reserved = splitCents(
      10_000_000,
      funders.map((f) => ({ key: f.oin, basisPoints: f.shareBasisPoints })),
    );
    const amounts = [3_333_333, 3_333_333, 3_333_334];
    // Each award split on its own overdraws one funder by a cent: the bug this guards against.
    const plain = amounts.map((x) => awardParts(funders, sameHolder, x));
    const plainSum = (oin: string) =>
      plain
        .flat()
        .filter((p) => p.funderOin === oin)
        .reduce((s, p) => s + p.amountCents, 0);
    expect(funders.some((f) => plainSum(f.oin) > reserved.get(f.oin)!)).toBe(true);
    // Split within what is left of each reservation, they all fit, to the cent.
    const room = new Map(reserved);
    for (const amount of amounts) {
      const parts = awardParts(funders, sameHolder, amount, room);
      expect(parts.reduce((s, p) => s + p.amountCents, 0)).toBe(amount);
      for (const p of parts) room.set(p.funderOin, room.get(p.funderOin)! - p.amountCents);
    }
    expect([...room.values()]).toEqual([0, 0, 0]);
  });

  it('an ended contract never returns more than was awarded, nor a negative amount', () => {
    const funders = [
      { oin: EZK, shareBasisPoints: 5000 },
      { oin: A, shareBasisPoints: 1497 },
      { oin: B, shareBasisPoints: 1214 },
      { oin: ZH, shareBasisPoints: 2289 },
    ];
    const awarded = awardParts(funders, sameHolder, 177);
    const returned = unspentParts(funders, awarded, 176);
    expect(returned.reduce((s, p) => s + p.amountCents, 0)).toBe(1);
    for (const r of returned) {
      expect(r.amountCents).toBeGreaterThan(0);
      expect(r.amountCents).toBeLessThanOrEqual(
        awarded.find((p) => p.funderOin === r.funderOin)!.amountCents,
      );
    }
  });

  it('for any shares, budgets and award, complete and terminate sequences: never refused when the budget fits, never overspent, every cent accounted for', () => {
    fc.assert(
      fc.property(
        jointShares,
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (funders, budget, steps) => {
          const reserved = splitCents(
            budget,
            funders.map((f) => ({ key: f.oin, basisPoints: f.shareBasisPoints })),
          );
          const room = new Map(reserved);
          let budgetLeft = budget;
          let paidTotal = 0;
          let returnedTotal = 0;
          for (const [size, paidShare] of steps) {
            const amount = Math.floor(size * budgetLeft);
            if (amount === 0) continue;
            // Fits the phase budget: it must fit every reservation.
            const parts = awardParts(funders, sameHolder, amount, room);
            if (parts.reduce((s, p) => s + p.amountCents, 0) !== amount) return false;
            for (const p of parts) {
              if (p.amountCents < 0 || p.amountCents > room.get(p.funderOin)!) return false;
              room.set(p.funderOin, room.get(p.funderOin)! - p.amountCents);
            }
            budgetLeft -= amount;
            // Completed or terminated at some part of it: the rest returns, per funder, never negative.
            const final = Math.floor(paidShare * amount);
            const back = unspentParts(funders, parts, final);
            for (const r of back) {
              const part = parts.find((p) => p.funderOin === r.funderOin)!;
              if (r.amountCents <= 0 || r.amountCents > part.amountCents) return false;
            }
            const backTotal = back.reduce((s, r) => s + r.amountCents, 0);
            if (backTotal !== amount - final) return false;
            paidTotal += final;
            returnedTotal += backTotal;
          }
          // Every cent: what the reservations still hold + what was paid + what came back = the budget.
          const held = [...room.values()].reduce((a, b) => a + b, 0);
          return held + paidTotal + returnedTotal === budget && [...room.values()].every((r) => r >= 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('for any shares, award, schedule, order of payments and termination: realised never exceeds awarded per funder (issue #35)', () => {
    fc.assert(
      fc.property(
        jointShares,
        fc.integer({ min: 1, max: 100_000_000 }),
        // The schedule: milestone weights; the order payments come in; how many are accepted before an end.
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.infiniteStream(fc.nat()),
        fc.option(fc.nat(), { nil: undefined }),
        (funders, amount, weights, order, terminateAfter) => {
          const awarded = awardParts(funders, sameHolder, amount);
          // Milestone amounts adding up to the award exactly (floors, the rest on the last).
          const total = weights.reduce((a, b) => a + b, 0);
          const milestones = weights.map((w) => Math.floor((w * amount) / total));
          milestones[milestones.length - 1]! += amount - milestones.reduce((a, b) => a + b, 0);
          const queue = [...milestones];
          const paid = new Map<string, number>();
          const pay = (cents: number, limits: readonly FunderPart[]) => {
            const parts = paymentParts(funders, limits, paid, cents);
            if (parts.reduce((s, p) => s + p.amountCents, 0) !== cents) throw new Error('parts ≠ payment');
            for (const p of parts) {
              if (p.amountCents < 0) throw new Error('negative part');
              paid.set(p.funderOin, (paid.get(p.funderOin) ?? 0) + p.amountCents);
            }
          };
          const iterator = order[Symbol.iterator]();
          // Terminated after k accepted milestones (paid in random order), or paid in full.
          const accepted = terminateAfter === undefined ? queue.length : terminateAfter % (queue.length + 1);
          const toPay = queue.splice(0, accepted);
          let limits: readonly FunderPart[] = awarded;
          // Some accepted milestones are paid before the end, the rest after it.
          const before = toPay.splice(0, (iterator.next().value as number) % (toPay.length + 1));
          while (before.length > 0)
            pay(before.splice((iterator.next().value as number) % before.length, 1)[0]!, limits);
          if (terminateAfter !== undefined) {
            const acceptedTotal = milestones.slice(0, accepted).reduce((a, b) => a + b, 0);
            const { final, returned } = finalParts(funders, awarded, paid, acceptedTotal);
            for (const part of awarded) {
              const f = final.find((x) => x.funderOin === part.funderOin)!.amountCents;
              const r = returned.find((x) => x.funderOin === part.funderOin)?.amountCents ?? 0;
              // What each funder pays in all and gets back adds up to its part; it paid no more than its final part.
              if (f + r !== part.amountCents || f < (paid.get(part.funderOin) ?? 0) || r < 0) return false;
            }
            limits = final;
          }
          while (toPay.length > 0)
            pay(toPay.splice((iterator.next().value as number) % toPay.length, 1)[0]!, limits);
          const realised = [...paid.values()].reduce((a, b) => a + b, 0);
          const expected = milestones.slice(0, accepted).reduce((a, b) => a + b, 0);
          return (
            realised === expected &&
            limits.every((l) => (paid.get(l.funderOin) ?? 0) <= l.amountCents) &&
            awarded.every((a) => (paid.get(a.funderOin) ?? 0) <= a.amountCents) &&
            // Paid in full: every funder has paid exactly its part of the award (or of the final amount).
            (expected !== limits.reduce((s, l) => s + l.amountCents, 0) ||
              limits.every((l) => (paid.get(l.funderOin) ?? 0) === l.amountCents))
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('for any shares, schedule and payments so far: what was invoiced per funder is what it has paid plus what it will pay for the rest, within its part', () => {
    fc.assert(
      fc.property(
        jointShares,
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (funders, amount, weights, paidCount, invoicedCount) => {
          const awarded = awardParts(funders, sameHolder, amount);
          const total = weights.reduce((a, b) => a + b, 0);
          const milestones = weights.map((w) => Math.floor((w * amount) / total));
          milestones[milestones.length - 1]! += amount - milestones.reduce((a, b) => a + b, 0);
          // The first milestones paid, the next ones invoiced and not paid yet.
          const paidUpTo = paidCount % (milestones.length + 1);
          const invoicedUpTo = paidUpTo + (invoicedCount % (milestones.length - paidUpTo + 1));
          const paid = new Map<string, number>();
          const pay = (cents: number) => {
            for (const p of paymentParts(funders, awarded, paid, cents))
              paid.set(p.funderOin, (paid.get(p.funderOin) ?? 0) + p.amountCents);
          };
          for (const cents of milestones.slice(0, paidUpTo)) pay(cents);
          const unpaid = milestones.slice(paidUpTo, invoicedUpTo);
          const invoiced = invoicedParts(funders, awarded, paid, unpaid);
          const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
          if (sum(invoiced) !== sum(paid) + unpaid.reduce((a, b) => a + b, 0)) return false;
          for (const part of awarded) {
            const cents = invoiced.get(part.funderOin) ?? 0;
            if (cents < (paid.get(part.funderOin) ?? 0) || cents > part.amountCents) return false;
          }
          // Paid as invoiced (in milestone order): each funder pays exactly what the report said.
          for (const cents of unpaid) pay(cents);
          return awarded.every((p) => (paid.get(p.funderOin) ?? 0) === (invoiced.get(p.funderOin) ?? 0));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
