import type { Challenge } from '#shared/challenges/model.ts';
import type { AgreementYear } from '#shared/funding/agreement.ts';
import type { Envelope, FunderSide, LedgerEntry } from '#shared/funding/model.ts';
import { invoicedParts } from '#shared/funding/money.ts';
import { BASIS_POINTS } from '#shared/funding/split.ts';
import type { Instrument } from '#shared/kernel/vocabulary.ts';
import { euroText } from './csv.ts';
import type { YearData } from './year-index.ts';

/**
 * Money of one scope (a funder, a side, a challenge), from the ledger alone:
 * - reserved: put into challenges at publication; released: given back unawarded (cancel/complete);
 * - committed = reserved − released: what the year really set aside for challenges;
 * - awarded: contracts awarded; returned: unspent contract money given back;
 * - spent = awarded − returned; completed: paid on contracts that were completed;
 * - invoiced: the funder's parts of the accepted e-invoices (paid ones as paid, the others as THE
 *   split will pay them) — from the contracts, not the ledger: an invoice moves no money yet;
 * - paid: realised, the funder's parts of the payments to companies (milestones paid);
 * - settled: of that, what a co-funder has paid the lead buyer that paid the company.
 */
export interface Money {
  reservedCents: number;
  releasedCents: number;
  committedCents: number;
  awardedCents: number;
  returnedCents: number;
  spentCents: number;
  completedCents: number;
  invoicedCents: number;
  paidCents: number;
  settledCents: number;
}

const zero = (): Money => ({
  reservedCents: 0,
  releasedCents: 0,
  committedCents: 0,
  awardedCents: 0,
  returnedCents: 0,
  spentCents: 0,
  completedCents: 0,
  invoicedCents: 0,
  paidCents: 0,
  settledCents: 0,
});

function add(money: Money, entry: LedgerEntry, completed: boolean): void {
  switch (entry.kind) {
    case 'reserve':
      money.reservedCents += entry.reservedDeltaCents;
      break;
    case 'release':
      money.releasedCents -= entry.reservedDeltaCents;
      break;
    case 'award':
      money.awardedCents += entry.awardedDeltaCents;
      if (completed) money.completedCents += entry.awardedDeltaCents;
      break;
    case 'withdraw': // a decision withdrawn in its standstill: as if never awarded
      money.awardedCents += entry.awardedDeltaCents;
      if (completed) money.completedCents += entry.awardedDeltaCents;
      break;
    case 'return':
      money.returnedCents -= entry.awardedDeltaCents;
      if (completed) money.completedCents += entry.awardedDeltaCents;
      break;
    case 'pay':
      money.paidCents += entry.paidDeltaCents ?? 0;
      break;
    case 'settle':
      money.settledCents += entry.settledDeltaCents ?? 0;
      break;
  }
  money.committedCents = money.reservedCents - money.releasedCents;
  money.spentCents = money.awardedCents - money.returnedCents;
}

export interface Flag {
  kind: 'challenge-not-50-50' | 'year-not-50-50' | 'single-funder';
  instrument: Instrument;
  challengeId?: string;
  detail: string;
}

const euro = euroText;

/**
 * 50-50 within rounding: each split is exact to the cent by the largest-remainder rule, so two
 * sides of one split differ by at most a cent; `tolerance` is the number of splits involved.
 */
function fiftyFifty(ezk: number, others: number, tolerance: number) {
  const differenceCents = ezk - others;
  return {
    ezkCents: ezk,
    coFundersCents: others,
    differenceCents,
    ezkShareBasisPoints: ezk + others === 0 ? 0 : Math.round((ezk * BASIS_POINTS) / (ezk + others)),
    fiftyFifty: Math.abs(differenceCents) <= tolerance,
  };
}

const isJoint = (challenge: Challenge, ezkOin: string) =>
  challenge.funders.length > 1 && challenge.funders.some((f) => f.oin === ezkOin);

/**
 * The co-funding report of one programme year: caps (envelopes) beside what the ledger says was
 * reserved, committed, awarded, completed, released and returned — per funder, per side (EZK
 * against the other ministries and provinces) and per challenge — with the realised split and a
 * flag wherever it is not 50-50. Where the agreement names the year, its row and goal are shown
 * beside the facts.
 */
export function coFundingReport(input: {
  year: number;
  envelopes: readonly Envelope[];
  data: Pick<YearData, 'challenges' | 'awards' | 'ledger' | 'contracts'>;
  ezkOin: string;
  agreement?: AgreementYear;
}) {
  const { year, envelopes, data, ezkOin, agreement } = input;
  const challenges = new Map(data.challenges.map((c) => [c.id, c]));
  const completedAwards = new Set(data.awards.filter((a) => a.status === 'completed').map((a) => a.id));
  const awardsPerChallenge = new Map<string, number>();
  // Each payment is split on its own: its sides may differ by a cent, so the tolerance counts them.
  const paymentsPerChallenge = new Map<string, Set<string>>();
  for (const entry of data.ledger)
    if (entry.kind === 'pay' && entry.paymentId) {
      if (!paymentsPerChallenge.has(entry.challengeId))
        paymentsPerChallenge.set(entry.challengeId, new Set());
      paymentsPerChallenge.get(entry.challengeId)!.add(entry.paymentId);
    }
  const paymentsOf = (challengeId: string) => paymentsPerChallenge.get(challengeId)?.size ?? 0;
  for (const award of data.awards)
    awardsPerChallenge.set(award.challengeId, (awardsPerChallenge.get(award.challengeId) ?? 0) + 1);
  const sideOf = (oin: string): FunderSide => (oin === ezkOin ? 'ezk' : 'co-funder');
  const nameOf = new Map<string, string>();
  for (const challenge of data.challenges) for (const f of challenge.funders) nameOf.set(f.oin, f.name);
  for (const envelope of envelopes) nameOf.set(envelope.holderOin, envelope.holderName);

  const funders = new Map<string, { funderOin: string; holderOin: string; instrument: Instrument } & Money>();
  const perChallenge = new Map<string, { ezk: Money; others: Money }>();
  const perSide = new Map<string, Money>();
  for (const entry of data.ledger) {
    const completed = entry.awardId !== undefined && completedAwards.has(entry.awardId);
    const funderKey = `${entry.instrument}#${entry.funderOin}`;
    let funder = funders.get(funderKey);
    if (!funder) {
      funder = {
        funderOin: entry.funderOin,
        holderOin: entry.holderOin,
        instrument: entry.instrument,
        ...zero(),
      };
      funders.set(funderKey, funder);
    }
    add(funder, entry, completed);
    const sideKey = `${entry.instrument}#${sideOf(entry.funderOin)}`;
    if (!perSide.has(sideKey)) perSide.set(sideKey, zero());
    add(perSide.get(sideKey)!, entry, completed);
    if (!perChallenge.has(entry.challengeId))
      perChallenge.set(entry.challengeId, { ezk: zero(), others: zero() });
    const sides = perChallenge.get(entry.challengeId)!;
    add(entry.funderOin === ezkOin ? sides.ezk : sides.others, entry, completed);
  }

  // What was invoiced, per funder: from each contract's accepted invoices.
  const awardsById = new Map(data.awards.map((a) => [a.id, a]));
  for (const contract of data.contracts) {
    const award = awardsById.get(contract.awardId);
    const challenge = award && challenges.get(award.challengeId);
    if (!award || !challenge) continue;
    const limits = award.split.map((p) => ({
      ...p,
      amountCents: contract.finalParts?.[p.funderOin] ?? p.amountCents,
    }));
    const unpaid = contract.milestones
      .filter((m) => m.invoice && m.status === 'invoiced')
      .map((m) => m.amountCents);
    const invoiced = invoicedParts(challenge.funders, limits, new Map(Object.entries(contract.paid)), unpaid);
    for (const [funderOin, cents] of invoiced) {
      const scopes = [
        funders.get(`${award.instrument}#${funderOin}`),
        perSide.get(`${award.instrument}#${sideOf(funderOin)}`),
        perChallenge.get(award.challengeId)?.[funderOin === ezkOin ? 'ezk' : 'others'],
      ];
      for (const scope of scopes) if (scope) scope.invoicedCents += cents;
    }
  }

  const flags: Flag[] = [];
  const challengeRows = [...perChallenge].map(([challengeId, sides]) => {
    const challenge = challenges.get(challengeId);
    const instrument = challenge?.instrument ?? 'sbir';
    const joint = challenge ? isJoint(challenge, ezkOin) : false;
    const awards = awardsPerChallenge.get(challengeId) ?? 0;
    const committed = fiftyFifty(sides.ezk.committedCents, sides.others.committedCents, 1);
    const spent = fiftyFifty(sides.ezk.spentCents, sides.others.spentCents, awards);
    const paid = fiftyFifty(sides.ezk.paidCents, sides.others.paidCents, paymentsOf(challengeId));
    if (!joint) {
      flags.push({
        kind: 'single-funder',
        instrument,
        challengeId,
        detail: `${challenge?.title.nl ?? challengeId} has one funder: not co-funded, so not 50-50.`,
      });
    } else if (!committed.fiftyFifty || !spent.fiftyFifty || !paid.fiftyFifty) {
      flags.push({
        kind: 'challenge-not-50-50',
        instrument,
        challengeId,
        detail: `${challenge?.title.nl ?? challengeId}: EZK committed ${euro(committed.ezkCents)}, spent ${euro(spent.ezkCents)} and paid ${euro(paid.ezkCents)}; the others ${euro(committed.coFundersCents)}, ${euro(spent.coFundersCents)} and ${euro(paid.coFundersCents)}.`,
      });
    }
    return {
      challengeId,
      title: challenge?.title.nl ?? '',
      instrument,
      status: challenge?.status ?? 'published',
      joint,
      awards,
      payments: paymentsOf(challengeId),
      committed,
      spent,
      paid,
    };
  });

  const instrumentsUsed = new Set<Instrument>([
    ...envelopes.map((e) => e.instrument),
    ...data.ledger.map((e) => e.instrument),
  ]);
  const instruments = [...instrumentsUsed].sort().map((instrument) => {
    const capOf = (side: FunderSide) =>
      envelopes
        .filter((e) => e.instrument === instrument && e.side === side)
        .reduce((sum, e) => sum + e.capCents, 0);
    const sides = (['ezk', 'co-funder'] as const).map((side) => ({
      side,
      capCents: capOf(side),
      ...(perSide.get(`${instrument}#${side}`) ?? zero()),
    }));
    const total = sides.reduce(
      (sum, s) => {
        for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += s[key];
        return sum;
      },
      { capCents: 0, ...zero() },
    );
    const joint = challengeRows.filter((c) => c.instrument === instrument && c.joint);
    const sum = (rows: typeof joint, pick: (r: (typeof joint)[number]) => number) =>
      rows.reduce((s, r) => s + pick(r), 0);
    const realisedSplit = {
      scope: 'joint challenges',
      committed: fiftyFifty(
        sum(joint, (r) => r.committed.ezkCents),
        sum(joint, (r) => r.committed.coFundersCents),
        joint.length,
      ),
      spent: fiftyFifty(
        sum(joint, (r) => r.spent.ezkCents),
        sum(joint, (r) => r.spent.coFundersCents),
        sum(joint, (r) => r.awards),
      ),
      // The agreement's 50-50 on realised money: what was really paid to companies.
      paid: fiftyFifty(
        sum(joint, (r) => r.paid.ezkCents),
        sum(joint, (r) => r.paid.coFundersCents),
        sum(joint, (r) => r.payments),
      ),
    };
    if (
      !realisedSplit.committed.fiftyFifty ||
      !realisedSplit.spent.fiftyFifty ||
      !realisedSplit.paid.fiftyFifty
    ) {
      flags.push({
        kind: 'year-not-50-50',
        instrument,
        detail: `${year} ${instrument}: joint challenges are ${realisedSplit.committed.ezkShareBasisPoints / 100}% EZK committed, ${realisedSplit.spent.ezkShareBasisPoints / 100}% EZK spent.`,
      });
    }
    const row = agreement?.rows.find((r) => r.instrument === instrument);
    const ezk = sides[0]!;
    const others = sides[1]!;
    return {
      instrument,
      sides,
      total,
      realisedSplit,
      // The agreement's row beside the envelopes set for the year and what was committed.
      agreementRow: row
        ? {
            agreed: {
              ezkMaxCents: row.ezkMaxCents,
              othersMaxCents: row.othersMaxCents,
              totalMaxCents: row.totalMaxCents,
            },
            envelopes: { ezkCents: ezk.capCents, othersCents: others.capCents, totalCents: total.capCents },
            // The agreement is about joint challenges (co-funded with EZK): only those count here.
            committed: {
              ezkCents: realisedSplit.committed.ezkCents,
              othersCents: realisedSplit.committed.coFundersCents,
              totalCents: realisedSplit.committed.ezkCents + realisedSplit.committed.coFundersCents,
            },
            /** The agreement's target (at least this much in joint challenges), beside its maximum. */
            targetMinimumCents: agreement!.goal.instruments.includes(instrument)
              ? agreement!.goal.minimumJointCents
              : undefined,
            withinAgreedMaxima:
              realisedSplit.committed.ezkCents <= row.ezkMaxCents &&
              realisedSplit.committed.coFundersCents <= row.othersMaxCents &&
              realisedSplit.committed.ezkCents + realisedSplit.committed.coFundersCents <= row.totalMaxCents,
          }
        : undefined,
    };
  });

  const goal = agreement
    ? (() => {
        const committedCents = challengeRows
          .filter((c) => c.joint && agreement.goal.instruments.includes(c.instrument))
          .reduce((s, c) => s + c.committed.ezkCents + c.committed.coFundersCents, 0);
        return {
          source: agreement.source,
          minimumJointCents: agreement.goal.minimumJointCents,
          instruments: agreement.goal.instruments,
          committedJointCents: committedCents,
          met: committedCents >= agreement.goal.minimumJointCents,
          shortfallCents: Math.max(0, agreement.goal.minimumJointCents - committedCents),
        };
      })()
    : undefined;

  return {
    year,
    currency: 'EUR' as const,
    ezkOin,
    instruments,
    funders: [...funders.values()]
      .map((f) => ({ ...f, name: nameOf.get(f.funderOin) ?? f.funderOin, side: sideOf(f.funderOin) }))
      // EZK's side first, then the co-funders by name.
      .sort(
        (a, b) =>
          a.instrument.localeCompare(b.instrument) ||
          SIDE_ORDER[a.side] - SIDE_ORDER[b.side] ||
          a.name.localeCompare(b.name, 'nl'),
      ),
    envelopes: [...envelopes]
      .sort(
        (a, b) =>
          a.instrument.localeCompare(b.instrument) ||
          SIDE_ORDER[a.side] - SIDE_ORDER[b.side] ||
          a.holderName.localeCompare(b.holderName, 'nl'),
      )
      .map((e) => ({
        holderOin: e.holderOin,
        holderName: e.holderName,
        side: e.side,
        instrument: e.instrument,
        capCents: e.capCents,
        reservedCents: e.reservedCents,
        awardedCents: e.awardedCents,
        remainingCents: e.remainingCents,
        members: e.members,
      })),
    challenges: challengeRows,
    goal,
    flags,
  };
}

const SIDE_ORDER: Record<FunderSide, number> = { ezk: 0, 'co-funder': 1 };

export type CoFundingReport = ReturnType<typeof coFundingReport>;
