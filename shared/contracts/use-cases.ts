import {
  DeliverableReviewedV1,
  DeliverableSubmittedV1,
  MilestonePaidV1,
  PaymentScheduleSetV1,
} from '#events/contracts/contract.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import type { Award, TERMINATION_CAUSES } from '#shared/awards/schemas.ts';
import { endAward, loadAwards } from '#shared/awards/use-cases.ts';
import type { Challenge } from '#shared/challenges/model.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { listOwnChallenges } from '#shared/challenges/use-cases.ts';
import { contractKeys, ENTITY, keys, moneyKeys, reportKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem, getItems, queryAll, type TxWrite, transact } from '#shared/db/store.ts';
import type { FunderPart } from '#shared/funding/model.ts';
import { finalParts, paymentParts, payParts } from '#shared/funding/money.ts';
import type { DutchAddress } from '#shared/kernel/vocabulary.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { findGovernmentOrganisation } from '#shared/organisations/registry.ts';
import { amsterdamDate, endOfPeriodInDays, lastDayOfPeriod } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, notFound, unprocessable } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { acceptedTotal, DEFAULT_REVIEW_DAYS, defaultSchedule, scheduleOf, totalOf } from './schedule.ts';
import type { Contract, Milestone } from './schemas.ts';

/**
 * The stored contract: its schedule and what was paid, per funder. Until the buyer sets a
 * schedule or anything is delivered it is not stored: the award's default schedule stands in
 * (version 0), and the first write creates it. Every write puts the whole item on the condition
 * that nobody wrote it meanwhile (its version), in the same transaction as the ledger entries and
 * the event — so two payments at once can never both pay the same milestone or more than a
 * funder's part.
 */
export interface ContractRecord {
  awardId: string;
  reviewDays: number;
  scheduleSetAt?: string;
  milestones: Milestone[];
  /** Per funder: paid so far. */
  paid: Record<string, number>;
  /**
   * Per funder, once the contract ended: its part of the final amount (what it pays in all). The
   * payments' parts never exceed it; until the end the award's parts are the limit.
   */
  finalParts?: Record<string, number>;
  version: number;
}

/** committee: a member of the phase's committee without a conflict (a deliverable's files only). */
export type Access = 'buyer' | 'company' | 'funder' | 'committee';

export interface Loaded {
  award: Award;
  challenge: Challenge;
  record: ContractRecord;
  access: Access;
  /** The lead buyer's invoice address, as the register of government organisations has it. */
  buyerInvoiceAddress?: DutchAddress;
}

const CONTRACT_STATUSES: readonly Award['status'][] = ['awarded', 'completed', 'terminated'];

/** Who may see a contract: its lead buyer, its company, and the officers of its funders. */
function accessOf(award: Award, challenge: Challenge, caller: Caller): Access | undefined {
  if (caller.role === 'buyer' && challenge.leadBuyer.oin === caller.org) return 'buyer';
  if (caller.role === 'sme' && award.companyKvk === caller.org) return 'company';
  if (
    caller.role === 'officer' &&
    (challenge.leadBuyer.oin === caller.org || challenge.funders.some((f) => f.oin === caller.org))
  )
    return 'funder';
  return undefined;
}

/** A contract nobody acted on yet: the schedule its call states for the phase, or the programme's. */
const fresh = (award: Award, challenge: Challenge): ContractRecord => ({
  awardId: award.id,
  reviewDays: DEFAULT_REVIEW_DAYS,
  milestones: defaultSchedule(award, challenge.phases.find((p) => p.number === award.phase)?.paymentSchedule),
  paid: {},
  version: 0,
});

/**
 * The contract and how the caller may see it; `committee` decides whether an assessor sits on the
 * award's committee (only where the committee may read: a deliverable's files).
 */
export async function load(
  awardId: string,
  caller: Caller,
  committee?: (award: Award) => Promise<boolean>,
): Promise<Loaded> {
  const [award] = await loadAwards([awardId]);
  const challenge = award && (await getChallenge(award.challengeId));
  const access =
    award &&
    challenge &&
    (accessOf(award, challenge, caller) ??
      (caller.role === 'assessor' && committee && (await committee(award)) ? 'committee' : undefined));
  if (!award || !challenge || !access || award.status === 'withdrawn') throw notFound('Contract', awardId);
  if (award.status === 'provisional')
    throw conflict(
      'award-provisional',
      `Award ${awardId} is provisional: the contract is concluded after its standstill.`,
      { standstillEndsAt: award.standstillEndsAt },
    );
  const [item, buyer] = await Promise.all([
    getItem(contractKeys.contract(awardId), { consistent: true }),
    findGovernmentOrganisation(challenge.leadBuyer.oin),
  ]);
  return {
    award,
    challenge,
    record: item ? withoutKeys<ContractRecord>(item) : fresh(award, challenge),
    access,
    ...(buyer?.invoiceAddress ? { buyerInvoiceAddress: buyer.invoiceAddress } : {}),
  };
}

/** Only the lead buyer (the tenancy of the buyer's routes; others learn nothing). */
export function asBuyer(loaded: Loaded, awardId: string) {
  if (loaded.access !== 'buyer') throw notFound('Contract', awardId);
}

/** The whole item, on the condition that it is still the version read. */
export function contractWrite(loaded: Loaded, next: Omit<ContractRecord, 'version'>): TxWrite {
  const { award, record } = loaded;
  return {
    item: {
      Put: {
        Item: {
          ...contractKeys.contract(award.id),
          ...reportKeys.entry(award.programmeYear, 'CONTRACT', award.id),
          entity: ENTITY.contract,
          ...next,
          // The report index needs the contract's place without reading its award.
          challengeId: award.challengeId,
          version: record.version + 1,
        },
        ConditionExpression: record.version === 0 ? 'attribute_not_exists(pk)' : '#version = :version',
        ...(record.version === 0
          ? {}
          : {
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':version': record.version },
            }),
      },
    },
    onConditionFailed: () =>
      conflict(
        'concurrent-change',
        'The contract changed while you were working on it; reload it and try again.',
      ),
  };
}

/** The award is still running (neither completed nor terminated) when the write commits. */
export const whileRunning = (awardId: string): TxWrite => ({
  item: {
    ConditionCheck: {
      Key: moneyKeys.award(awardId),
      ConditionExpression: '#status = :awarded',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':awarded': 'awarded' },
    },
  },
  onConditionFailed: () =>
    conflict('award-ended', `Contract ${awardId} was completed or terminated meanwhile.`),
});

export const eventBase = (award: Award) => ({
  awardId: award.id,
  challengeId: award.challengeId,
  phase: award.phase as 1 | 2 | 3,
  companyKvk: award.companyKvk,
  programmeYear: award.programmeYear,
});

export function milestoneOf(record: ContractRecord, number: number, awardId: string): Milestone {
  const milestone = record.milestones.find((m) => m.number === number);
  if (!milestone) throw notFound('Milestone', `${awardId}/${number}`);
  return milestone;
}

export const replace = (record: ContractRecord, milestone: Milestone): Milestone[] =>
  record.milestones.map((m) => (m.number === milestone.number ? milestone : m));

/** What each funder may still be paid: its part of the award (of the final amount once ended) minus what it was paid. */
function limitsOf(award: Award, record: ContractRecord): FunderPart[] {
  return award.split.map((p) => ({
    ...p,
    amountCents: record.finalParts?.[p.funderOin] ?? p.amountCents,
  }));
}

/**
 * The contract as this reader may see it: the documents a company has added but not submitted
 * are its own until it submits them.
 */
export function contractView(loaded: Loaded): Contract {
  const { award, challenge, access } = loaded;
  const record =
    access === 'company'
      ? loaded.record
      : {
          ...loaded.record,
          milestones: loaded.record.milestones.map(({ files: _own, ...m }) => m),
        };
  const today = amsterdamDate(clock.nowIso());
  const nameOf = new Map(challenge.funders.map((f) => [f.oin, f.name]));
  const paidCents = Object.values(record.paid).reduce((a, b) => a + b, 0);
  return {
    awardId: award.id,
    challengeId: award.challengeId,
    challengeTitle: challenge.title,
    phase: award.phase,
    programmeYear: award.programmeYear,
    instrument: award.instrument,
    buyer: {
      ...challenge.leadBuyer,
      ...(loaded.buyerInvoiceAddress ? { invoiceAddress: loaded.buyerInvoiceAddress } : {}),
    },
    company: { id: award.companyKvk, name: award.companyName },
    amountCents: award.amountCents,
    amountExclVatCents: award.amountExclVatCents,
    startDate: award.startDate,
    endDate: award.endDate,
    awardStatus: award.status,
    funders: award.split.map((p) => ({
      funderOin: p.funderOin,
      holderOin: p.holderOin,
      name: nameOf.get(p.funderOin) ?? p.funderOin,
      awardedCents: p.amountCents,
      paidCents: record.paid[p.funderOin] ?? 0,
    })),
    reviewDays: record.reviewDays,
    ...(record.scheduleSetAt ? { scheduleSetAt: record.scheduleSetAt } : {}),
    scheduleChangeable: scheduleChangeable(award, record, today),
    milestones: record.milestones,
    paidCents,
    payableCents: totalOf(
      record.milestones.filter((m) => m.status === 'accepted' || m.status === 'invoiced'),
    ),
    version: record.version,
  };
}

/** Before the contract starts, while nothing was delivered: the buyer may still set the schedule. */
const scheduleChangeable = (award: Award, record: ContractRecord, today: string) =>
  award.status === 'awarded' &&
  today < award.startDate &&
  record.milestones.every((m) => m.status === 'open');

export async function readContract(awardId: string, caller: Caller): Promise<Contract> {
  return contractView(await load(awardId, caller));
}

/**
 * The contracts a company won or a buyer let: for a company one Query on its own index partition;
 * for a buyer its challenges' awards. Only concluded awards have a contract.
 */
export async function listContracts(caller: Caller): Promise<{ items: Contract[] }> {
  let awards: Award[];
  // The buyer's own challenges are read once: they give the awards and name them.
  let own: Challenge[] | undefined;
  if (caller.role === 'sme') {
    const items = await queryAll({
      partition: moneyKeys.awardByCompany(caller.org, '', '').gsi1pk,
      index: 'gsi1',
      prefix: 'AWARD#',
    });
    awards = items.filter((i) => i.entity === ENTITY.award).map((i) => withoutKeys<Award>(i));
  } else if (caller.role === 'buyer') {
    own = (await listOwnChallenges(caller.org)).filter((c) => c.status !== 'draft');
    const markers = (
      await Promise.all(
        own.map((c) => queryAll({ partition: keys.challenge(c.id).pk, prefix: moneyKeys.awardedPrefix })),
      )
    ).flat();
    awards = await loadAwards(markers.map((m) => m.awardId as string));
  } else return { items: [] };
  awards = awards.filter((a) => CONTRACT_STATUSES.includes(a.status));
  const challengeIds = [...new Set(awards.map((a) => a.challengeId))];
  const challenges = new Map(
    (own ?? (await Promise.all(challengeIds.map((id) => getChallenge(id)))))
      .filter(Boolean)
      .map((c) => [c!.id, c!]),
  );
  const stored = new Map(
    (await getItems(awards.map((a) => contractKeys.contract(a.id)))).map((i) => [
      i.awardId as string,
      withoutKeys<ContractRecord>(i),
    ]),
  );
  return {
    items: awards
      .filter((a) => challenges.has(a.challengeId))
      .map((award) =>
        contractView({
          award,
          access: caller.role === 'sme' ? 'company' : 'buyer',
          challenge: challenges.get(award.challengeId)!,
          record: stored.get(award.id) ?? fresh(award, challenges.get(award.challengeId)!),
        }),
      )
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.company.name.localeCompare(b.company.name)),
  };
}

/**
 * The buyer sets the payment schedule, before the contract starts and while nothing was
 * delivered: milestones in order, due within the contract's period, adding up to the award
 * exactly (every mistake named at its field, all at once).
 */
export async function setSchedule(
  awardId: string,
  body: {
    milestones: { deliverable: Milestone['deliverable']; dueDate: string; amountCents: number }[];
    reviewDays?: number;
  },
  ctx: RequestContext,
): Promise<Contract> {
  const loaded = await load(awardId, ctx.caller);
  asBuyer(loaded, awardId);
  const { award, record } = loaded;
  const now = clock.nowIso();
  if (award.status !== 'awarded') throw conflict('award-ended', `Contract ${awardId} is ${award.status}.`);
  if (!scheduleChangeable(award, record, amsterdamDate(now)))
    throw conflict(
      'schedule-fixed',
      `The contract started on ${award.startDate} or a deliverable was submitted: its payment schedule is part of it now.`,
    );
  const errors: { field: string; message: string }[] = [];
  body.milestones.forEach((m, i) => {
    if (m.dueDate < award.startDate || m.dueDate > award.endDate)
      errors.push({
        field: `body.milestones.${i}.dueDate`,
        message: `due within the contract's period, ${award.startDate} to ${award.endDate}`,
      });
  });
  const total = totalOf(body.milestones);
  if (total !== award.amountCents)
    errors.push({
      field: 'body.milestones',
      message: `the milestones add up to ${total} cents; the award is ${award.amountCents} cents`,
    });
  if (errors.length > 0)
    throw unprocessable(
      'schedule-mismatch',
      `The schedule does not fit the contract: its milestones must add up to the award (€ ${(award.amountCents / 100).toFixed(2)}) and fall within its period.`,
      { errors, awardedCents: award.amountCents, scheduledCents: total },
    );
  const next: ContractRecord = {
    ...record,
    reviewDays: body.reviewDays ?? record.reviewDays,
    scheduleSetAt: now,
    milestones: scheduleOf(body.milestones),
    version: record.version + 1,
  };
  await transact([
    contractWrite(loaded, next),
    whileRunning(awardId),
    outboxWrite(
      newEvent(
        PaymentScheduleSetV1,
        {
          ...eventBase(award),
          milestones: next.milestones.map((m) => ({
            number: m.number,
            dueDate: m.dueDate,
            amountCents: m.amountCents,
          })),
          reviewDays: next.reviewDays,
          at: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return contractView({ ...loaded, record: next });
}

/** The company submits the deliverable of a milestone (again, after a rejection). */
export async function submitDeliverable(
  awardId: string,
  number: number,
  body: { summary: string; reference?: string },
  ctx: RequestContext,
): Promise<Contract> {
  const loaded = await load(awardId, ctx.caller);
  if (loaded.access !== 'company') throw notFound('Contract', awardId);
  const { award, record } = loaded;
  if (award.status !== 'awarded') throw conflict('award-ended', `Contract ${awardId} is ${award.status}.`);
  const milestone = milestoneOf(record, number, awardId);
  if (milestone.status !== 'open' && milestone.status !== 'rejected')
    throw conflict(
      'deliverable-not-expected',
      `Milestone ${number} is ${milestone.status}: a deliverable is submitted while it is open or after a rejection.`,
      { status: milestone.status },
    );
  const now = clock.nowIso();
  const reviewDueDate = lastDayOfPeriod(endOfPeriodInDays(now, record.reviewDays));
  // The documents added for it go with the submission, frozen; the next one starts empty.
  const { files, ...rest } = milestone;
  const next: ContractRecord = {
    ...record,
    milestones: replace(record, {
      ...rest,
      status: 'submitted',
      reviewDueDate,
      submissions: [
        ...milestone.submissions,
        {
          submittedAt: now,
          summary: body.summary,
          ...(body.reference ? { reference: body.reference } : {}),
          ...(ctx.caller.sub ? { by: ctx.caller.sub } : {}),
          ...(files?.length ? { files } : {}),
        },
      ],
    }),
    version: record.version + 1,
  };
  await transact([
    contractWrite(loaded, next),
    whileRunning(awardId),
    outboxWrite(
      newEvent(
        DeliverableSubmittedV1,
        {
          ...eventBase(award),
          milestone: number,
          submission: milestone.submissions.length + 1,
          reviewDueDate,
          ...(files?.length
            ? { files: files.map((f) => ({ fileId: f.id, fileName: f.fileName, sha256: f.sha256 })) }
            : {}),
          at: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return contractView({ ...loaded, record: next });
}

/** The buyer accepts a submitted deliverable (the milestone becomes payable) or rejects it, saying why. */
export async function reviewDeliverable(
  awardId: string,
  number: number,
  body: { outcome: 'accepted' | 'rejected'; reason?: string },
  ctx: RequestContext,
): Promise<Contract> {
  const loaded = await load(awardId, ctx.caller);
  asBuyer(loaded, awardId);
  const { award, record } = loaded;
  if (award.status !== 'awarded') throw conflict('award-ended', `Contract ${awardId} is ${award.status}.`);
  const milestone = milestoneOf(record, number, awardId);
  if (milestone.status !== 'submitted')
    throw conflict(
      'nothing-to-review',
      `Milestone ${number} is ${milestone.status}: there is no submitted deliverable to review.`,
      { status: milestone.status },
    );
  const now = clock.nowIso();
  const late = milestone.reviewDueDate !== undefined && amsterdamDate(now) > milestone.reviewDueDate;
  const { reviewDueDate: _due, ...rest } = milestone;
  const next: ContractRecord = {
    ...record,
    milestones: replace(record, {
      ...rest,
      status: body.outcome,
      ...(body.outcome === 'accepted' ? { acceptedAt: now } : {}),
      reviews: [
        ...milestone.reviews,
        { outcome: body.outcome, ...(body.reason ? { reason: body.reason } : {}), reviewedAt: now, late },
      ],
    }),
    version: record.version + 1,
  };
  await transact([
    contractWrite(loaded, next),
    whileRunning(awardId),
    outboxWrite(
      newEvent(
        DeliverableReviewedV1,
        {
          ...eventBase(award),
          milestone: number,
          outcome: body.outcome,
          ...(body.reason ? { reason: body.reason } : {}),
          late,
          at: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return contractView({ ...loaded, record: next });
}

/**
 * The lead buyer pays an accepted milestone (also after the contract ended: what was accepted is
 * owed). The amount is split over the funders by THE split function within what each may still
 * be paid, and each part is a `pay` entry in that funder's ledger — in one transaction with the
 * contract, on the condition that nobody paid meanwhile.
 */
export async function recordPayment(
  awardId: string,
  number: number,
  body: { paidOn: string; reference: string },
  ctx: RequestContext,
): Promise<Contract> {
  const loaded = await load(awardId, ctx.caller);
  asBuyer(loaded, awardId);
  const { award, challenge, record } = loaded;
  const milestone = milestoneOf(record, number, awardId);
  if (milestone.status !== 'invoiced')
    throw conflict(
      'milestone-not-payable',
      milestone.status === 'paid'
        ? `Milestone ${number} was paid on ${milestone.payment?.paidOn}.`
        : `Milestone ${number} is ${milestone.status}: only an accepted deliverable with a valid invoice is paid.`,
      { status: milestone.status },
    );
  const now = clock.nowIso();
  const today = amsterdamDate(now);
  const acceptedOn = amsterdamDate(milestone.acceptedAt ?? now);
  if (body.paidOn > today || body.paidOn < acceptedOn)
    throw unprocessable(
      'payment-date-invalid',
      `A payment is dated from ${acceptedOn} (the acceptance) to today.`,
      {
        errors: [{ field: 'body.paidOn', message: `a date from ${acceptedOn} to ${today}` }],
      },
    );
  const paidSoFar = new Map(Object.entries(record.paid));
  const parts = paymentParts(challenge.funders, limitsOf(award, record), paidSoFar, milestone.amountCents);
  const paymentId = newId();
  const paid = { ...record.paid };
  for (const p of parts) paid[p.funderOin] = (paid[p.funderOin] ?? 0) + p.amountCents;
  const next: ContractRecord = {
    ...record,
    paid,
    milestones: replace(record, {
      ...milestone,
      status: 'paid',
      payment: {
        paymentId,
        paidOn: body.paidOn,
        reference: body.reference,
        amountCents: milestone.amountCents,
        parts,
        recordedAt: now,
      },
    }),
    version: record.version + 1,
  };
  const payerOin = challenge.leadBuyer.oin;
  // A co-funder the call says pays directly pays its own part; the lead buyer the rest.
  const direct = new Set(challenge.funders.filter((f) => f.paysDirectly).map((f) => f.oin));
  await transact([
    contractWrite(loaded, next),
    ...payParts({
      challengeId: award.challengeId,
      awardId,
      year: award.programmeYear,
      instrument: award.instrument,
      at: now,
      milestone: number,
      payerOf: (funderOin) => (direct.has(funderOin) ? funderOin : payerOin),
      paymentId,
      paidOn: body.paidOn,
      reference: body.reference,
      parts,
    }),
    outboxWrite(
      newEvent(
        MilestonePaidV1,
        {
          ...eventBase(award),
          milestone: number,
          paymentId,
          payerOin,
          ...(direct.size > 0 ? { directPayers: [...direct] } : {}),
          paidOn: body.paidOn,
          amountCents: milestone.amountCents,
          parts: parts.map(({ funderOin, amountCents }) => ({ funderOin, amountCents })),
          at: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return contractView({ ...loaded, record: next });
}

/**
 * Ending a contract, in one transaction with the award's end and the money that returns:
 * - completed: the buyer accepts the contract as delivered — every milestone not yet accepted is
 *   accepted with it; a final amount below the award lowers the unpaid milestones from the last;
 * - terminated: only accepted milestones are paid; the others are cancelled, and the rest of the
 *   award returns to the funders.
 * Each funder's part of the final amount is what it paid plus its share of the rest within what
 * it may still pay, so no funder ever pays more than its part and the returns add up exactly.
 */
export async function endContract(
  awardId: string,
  ending:
    | { kind: 'completed'; finalAmountCents?: number }
    | {
        kind: 'terminated';
        spentCents?: number;
        reason: string;
        cause?: (typeof TERMINATION_CAUSES)[number];
      },
  ctx: RequestContext,
): Promise<Award> {
  const loaded = await load(awardId, ctx.caller);
  asBuyer(loaded, awardId);
  const { award, challenge, record } = loaded;
  if (award.status !== 'awarded')
    throw conflict('award-ended', `Award ${awardId} is ${award.status} already.`);
  const paidTotal = Object.values(record.paid).reduce((a, b) => a + b, 0);
  const now = clock.nowIso();
  let milestones: Milestone[];
  let finalCents: number;
  if (ending.kind === 'terminated') {
    finalCents = acceptedTotal(record.milestones);
    if (ending.spentCents !== undefined && ending.spentCents !== finalCents)
      throw unprocessable(
        'spent-not-accepted',
        `A terminated contract pays its accepted milestones only: € ${(finalCents / 100).toFixed(2)}, not € ${(ending.spentCents / 100).toFixed(2)}.`,
        {
          acceptedCents: finalCents,
          errors: [{ field: 'body.spentCents', message: `the accepted milestones: ${finalCents} cents` }],
        },
      );
    milestones = record.milestones.map((m) =>
      m.status === 'accepted' || m.status === 'invoiced' || m.status === 'paid'
        ? m
        : { ...m, status: 'cancelled' as const },
    );
  } else {
    finalCents = ending.finalAmountCents ?? award.amountCents;
    if (finalCents > award.amountCents)
      throw unprocessable('over-award', `At most the awarded € ${award.amountCents / 100} can be paid.`);
    // An invoiced milestone keeps its amount (its invoice says it); open and accepted ones may be lowered.
    const unpaid = totalOf(record.milestones.filter((m) => m.status !== 'paid' && m.status !== 'invoiced'));
    if (award.amountCents - finalCents > unpaid)
      throw unprocessable(
        'final-below-paid',
        `€ ${(paidTotal / 100).toFixed(2)} has been paid already; the final amount cannot be less.`,
        { paidCents: paidTotal },
      );
    milestones = lowerUnpaid(record.milestones, award.amountCents - finalCents).map((m) =>
      m.status === 'accepted' || m.status === 'invoiced' || m.status === 'paid'
        ? m
        : {
            ...m,
            status: 'accepted' as const,
            acceptedAt: now,
            reviews: [...m.reviews, { outcome: 'accepted' as const, reviewedAt: now, late: false }],
          },
    );
  }
  const { final, returned } = finalParts(
    challenge.funders,
    award.split,
    new Map(Object.entries(record.paid)),
    finalCents,
  );
  const next: ContractRecord = {
    ...record,
    milestones,
    finalParts: Object.fromEntries(final.map((p) => [p.funderOin, p.amountCents])),
    version: record.version + 1,
  };
  return endAward(
    awardId,
    ending.kind === 'completed'
      ? { kind: 'completed', finalAmountCents: finalCents }
      : {
          kind: 'terminated',
          spentCents: finalCents,
          reason: ending.reason,
          ...(ending.cause ? { cause: ending.cause } : {}),
        },
    ctx,
    { returned, writes: [contractWrite(loaded, next)] },
  );
}

/** Lowers the unpaid milestones by `cents`, from the last one back (a contract that came in under budget). */
function lowerUnpaid(milestones: readonly Milestone[], cents: number): Milestone[] {
  let left = cents;
  const lowered = [...milestones].reverse().map((m) => {
    if (left === 0 || m.status === 'paid' || m.status === 'invoiced') return m;
    const cut = Math.min(left, m.amountCents);
    left -= cut;
    return { ...m, amountCents: m.amountCents - cut };
  });
  return lowered.reverse();
}
