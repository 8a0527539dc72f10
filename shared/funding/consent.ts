import { newEvent } from '#events/envelope.ts';
import { FundingConsentRecordedV1 } from '#events/funding/funding-consent-recorded.v1.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { ENTITY, fundingKeys, keys, withoutKeys } from '#shared/db/keys.ts';
import { queryAll, type TxWrite, transact } from '#shared/db/store.ts';
import type { Instrument } from '#shared/kernel/vocabulary.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { programmeYearOf } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, notFound, unprocessable } from '#shared/platform/errors.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import type { Funder } from './model.ts';
import { splitOverFunders } from './money.ts';

/**
 * Co-funder consent: a buyer cannot commit another body's money. Every funder of a draft other
 * than the lead buyer approves its own share (a buyer or programme officer of that body) before
 * the challenge can be published; it may decline with a reason, or withdraw its approval until
 * publication. When the draft's funding changes, every co-funder is asked again.
 */
export const CONSENT_STATUSES = ['requested', 'approved', 'declined'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export interface FundingConsent {
  challengeId: string;
  title: { nl: string; en?: string };
  leadBuyer: { oin: string; name: string };
  funderOin: string;
  funderName: string;
  shareBasisPoints: number;
  /** It pays its part of each payment to the company itself, instead of settling with the lead buyer. */
  paysDirectly?: true;
  /** The funder's exact part of the draft's total budget (the one split function). */
  amountCents: number;
  totalBudgetCents: number;
  /** Which version of the draft's funding this consent is about. */
  fundingVersion: number;
  /** What exactly the funder pays for: the instrument (its envelope), the programme year, per phase. */
  instrument: Instrument;
  programmeYear: number;
  phaseAmounts: { phase: number; amountCents: number }[];
  status: ConsentStatus;
  reason?: string;
  decidedBy?: { role: string; sub: string };
  decidedAt?: string;
  requestedAt: string;
}

/**
 * What a draft says about money: who pays which share of which total, from which instrument's
 * envelope, in which programme year, and how much per phase. Consent is about exactly this.
 */
export interface DraftFunding {
  challengeId: string;
  title: { nl: string; en?: string };
  leadBuyer: { oin: string; name: string };
  funders: readonly Funder[];
  totalBudgetCents: number;
  instrument: Instrument;
  /** The programme year whose envelopes it would draw from (the year it is published in). */
  programmeYear: number;
  phases: readonly { number: number; budgetCents: number }[];
  fundingVersion: number;
}

type Covered = Pick<DraftFunding, 'funders' | 'totalBudgetCents' | 'instrument' | 'phases'>;

/**
 * The same funding (so consents given still stand)? Any change to what a funder pays for — or how:
 * paying the company directly rather than settling with the lead buyer — asks again.
 */
export const sameFunding = (a: Covered, b: Covered) =>
  a.totalBudgetCents === b.totalBudgetCents &&
  a.instrument === b.instrument &&
  JSON.stringify(a.phases.map((p) => [p.number, p.budgetCents])) ===
    JSON.stringify(b.phases.map((p) => [p.number, p.budgetCents])) &&
  JSON.stringify(a.funders.map((f) => [f.oin, f.shareBasisPoints, f.paysDirectly === true])) ===
    JSON.stringify(b.funders.map((f) => [f.oin, f.shareBasisPoints, f.paysDirectly === true]));

/** A funder's exact amount per phase (the one split function, per phase budget). */
const phaseAmountsOf = (draft: Pick<DraftFunding, 'funders' | 'phases'>, funderOin: string) =>
  draft.phases.map((p) => ({
    phase: p.number,
    amountCents: splitOverFunders(draft.funders, p.budgetCents).get(funderOin) ?? 0,
  }));

const consentItem = (consent: FundingConsent) => ({
  ...fundingKeys.consent(consent.challengeId, consent.funderOin),
  ...fundingKeys.consentByFunder(consent.funderOin, consent.requestedAt, consent.challengeId),
  entity: ENTITY.fundingConsent,
  ...consent,
});

/**
 * The writes that ask every co-funder of a draft (again): a request per funder other than the
 * lead buyer, replacing any earlier answer; requests of funders no longer named go.
 */
export function consentRequests(
  draft: DraftFunding,
  previous: readonly FundingConsent[],
  ctx: RequestContext,
): TxWrite[] {
  const at = clock.nowIso();
  const shares = splitOverFunders(draft.funders, draft.totalBudgetCents);
  const coFunders = draft.funders.filter((f) => f.oin !== draft.leadBuyer.oin);
  const named = new Set(coFunders.map((f) => f.oin));
  return [
    ...coFunders.flatMap((f): TxWrite[] => {
      const consent: FundingConsent = {
        challengeId: draft.challengeId,
        title: draft.title,
        leadBuyer: draft.leadBuyer,
        funderOin: f.oin,
        funderName: f.name,
        shareBasisPoints: f.shareBasisPoints,
        ...(f.paysDirectly ? { paysDirectly: true as const } : {}),
        amountCents: shares.get(f.oin)!,
        totalBudgetCents: draft.totalBudgetCents,
        fundingVersion: draft.fundingVersion,
        instrument: draft.instrument,
        programmeYear: draft.programmeYear,
        phaseAmounts: phaseAmountsOf(draft, f.oin),
        status: 'requested',
        requestedAt: at,
      };
      return [
        { item: { Put: { Item: consentItem(consent) } } },
        outboxWrite(newEvent(FundingConsentRecordedV1, eventOf(consent), eventContext(ctx))),
      ];
    }),
    ...previous
      .filter((c) => !named.has(c.funderOin))
      .map((c): TxWrite => ({ item: { Delete: { Key: fundingKeys.consent(c.challengeId, c.funderOin) } } })),
  ];
}

const eventOf = (c: FundingConsent) => ({
  challengeId: c.challengeId,
  funderOin: c.funderOin,
  leadBuyerOin: c.leadBuyer.oin,
  status: c.status,
  fundingVersion: c.fundingVersion,
  amountCents: c.amountCents,
  ...(c.reason ? { reason: c.reason } : {}),
  at: c.decidedAt ?? c.requestedAt,
});

/** The consents of a challenge (one Query of its partition). */
export async function consentsOf(challengeId: string): Promise<FundingConsent[]> {
  const items = await queryAll({
    partition: keys.challenge(challengeId).pk,
    prefix: fundingKeys.consentPrefix,
    consistent: true,
  });
  return items.map((i) => withoutKeys<FundingConsent>(i));
}

/** Requests addressed to a funder, newest first (one Query of its index partition). */
export async function consentRequestsTo(funderOin: string): Promise<FundingConsent[]> {
  const items = await queryAll({
    partition: fundingKeys.consentsOfFunder(funderOin),
    index: 'gsi1',
    descending: true,
  });
  return items.map((i) => withoutKeys<FundingConsent>(i));
}

/**
 * Whether a consent covers this funding as it would be published: this version of it, and this
 * programme year (an approval given for last year's envelope does not reach into this year's).
 */
const covers = (
  consent: FundingConsent | undefined,
  draft: Pick<DraftFunding, 'fundingVersion' | 'programmeYear'>,
) => consent?.fundingVersion === draft.fundingVersion && consent.programmeYear === draft.programmeYear;

/** Who still has to approve this version of the funding (empty: it may be published). */
export function missingConsents(draft: DraftFunding, consents: readonly FundingConsent[]) {
  return draft.funders
    .filter((f) => f.oin !== draft.leadBuyer.oin)
    .map((f) => ({ funder: f, consent: consents.find((c) => c.funderOin === f.oin) }))
    .filter(({ consent }) => consent?.status !== 'approved' || !covers(consent, draft))
    .map(({ funder, consent }) => ({
      funderOin: funder.oin,
      funder: funder.name,
      status: covers(consent, draft) ? (consent?.status ?? 'requested') : 'requested',
    }));
}

/**
 * A request as its funder should see it: an approval given for an earlier programme year than
 * the current one no longer covers the draft, so it is asked again (the funder approves anew).
 */
export const asOfYear = (consent: FundingConsent, year: number): FundingConsent =>
  consent.status === 'approved' && consent.programmeYear !== year
    ? { ...consent, status: 'requested' }
    : consent;

/** Publication holds only while every co-funder's approval of this funding version still stands. */
export const whileConsented = (draft: DraftFunding): TxWrite[] =>
  draft.funders
    .filter((f) => f.oin !== draft.leadBuyer.oin)
    .map((f) => ({
      item: {
        ConditionCheck: {
          Key: fundingKeys.consent(draft.challengeId, f.oin),
          ConditionExpression: '#status = :approved AND fundingVersion = :version AND programmeYear = :year',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':approved': 'approved',
            ':version': draft.fundingVersion,
            ':year': draft.programmeYear,
          },
        },
      },
      onConditionFailed: () =>
        conflict('consent-missing', `${f.name} withdrew or has not given its consent to this funding.`, {
          missing: [{ funderOin: f.oin, funder: f.name }],
        }),
    }));

export type ConsentDecision =
  | { decision: 'approve' }
  | { decision: 'decline'; reason: string }
  | { decision: 'withdraw'; reason?: string };

/**
 * A funder answers a request about its own share: approve, decline (with a reason), or withdraw
 * an approval — while the challenge is still a draft with the funding it was asked about.
 */
export async function decideConsent(
  challengeId: string,
  funderOin: string,
  answer: ConsentDecision,
  ctx: RequestContext,
  draftCheck: (fundingVersion: number) => TxWrite,
): Promise<FundingConsent> {
  const caller: Caller = ctx.caller;
  const current = (await consentsOf(challengeId)).find((c) => c.funderOin === funderOin);
  if (!current || caller.org !== funderOin || !['buyer', 'programme'].includes(caller.role))
    throw notFound('Consent request', `${challengeId}/${funderOin}`);
  if (answer.decision === 'withdraw' && current.status !== 'approved')
    throw conflict('nothing-to-withdraw', 'Only an approval can be withdrawn.');
  if (answer.decision === 'decline' && !answer.reason.trim())
    throw unprocessable('reason-required', 'Say why you decline.');
  const at = clock.nowIso();
  const next: FundingConsent = {
    ...current,
    // An answer is given for the envelopes of the year it is given in.
    programmeYear: programmeYearOf(at),
    status:
      answer.decision === 'approve' ? 'approved' : answer.decision === 'decline' ? 'declined' : 'requested',
    decidedBy: { role: caller.role, sub: caller.sub },
    decidedAt: at,
  };
  if ('reason' in answer && answer.reason) next.reason = answer.reason;
  else delete next.reason;
  await transact([
    draftCheck(current.fundingVersion),
    {
      item: {
        Put: {
          Item: consentItem(next),
          // The request answered is the one read: asked again meanwhile means answer again.
          ConditionExpression: 'fundingVersion = :version',
          ExpressionAttributeValues: { ':version': current.fundingVersion },
        },
      },
      onConditionFailed: () =>
        conflict('consent-asked-again', 'The draft’s funding changed meanwhile; look at the new request.'),
    },
    outboxWrite(
      newEvent(
        FundingConsentRecordedV1,
        { ...eventOf(next), status: answer.decision === 'withdraw' ? 'withdrawn' : next.status },
        eventContext(ctx),
      ),
    ),
  ]);
  return next;
}
