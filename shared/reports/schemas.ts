import * as z from 'zod/mini';
import { AWARD_STATUSES } from '#shared/awards/schemas.ts';
import { followUpView, roundSchema } from '#shared/follow-ups/schemas.ts';
import { yearParam } from '#shared/funding/schemas.ts';
import { COMPANY_ID_SCHEMES, companyIdSchema } from '#shared/kernel/company-id.ts';
import { SIZE_CLASSES } from '#shared/kernel/organisations.ts';
import { instrumentSchema, oinSchema } from '#shared/kernel/vocabulary.ts';
import { CSV_DIALECTS } from './csv.ts';

export const yearQuery = z.strictObject({ year: yearParam });
export const awardsQuery = z.strictObject({
  year: yearParam,
  format: z._default(z.enum(['json', 'csv']), 'json'),
  /** CSV only: `excel-nl` (BOM, `;`, decimal comma; default) or plain `rfc4180`. */
  variant: z._default(z.enum(Object.keys(CSV_DIALECTS) as [keyof typeof CSV_DIALECTS]), 'excel-nl'),
});

const cents = z.int();
const basisPoints = z.nullable(z.int());
const money = {
  reservedCents: cents,
  releasedCents: cents,
  committedCents: cents,
  awardedCents: cents,
  returnedCents: cents,
  spentCents: cents,
  completedCents: cents,
  /**
   * This scope's parts of the accepted e-invoices: the paid ones as paid, the unpaid ones as THE
   * split will pay them (an invoice is split when it is paid).
   */
  invoicedCents: cents,
  /** Realised: this scope's parts of the payments to companies. */
  paidCents: cents,
  /** Of that, what co-funders paid the lead buyers (settlement statements). */
  settledCents: cents,
};
const split = z.object({
  ezkCents: cents,
  coFundersCents: cents,
  differenceCents: cents,
  ezkShareBasisPoints: z.int(),
  fiftyFifty: z.boolean(),
});
const side = z.enum(['ezk', 'co-funder']);

export const coFundingView = z.object({
  year: z.int(),
  currency: z.literal('EUR'),
  ezkOin: oinSchema,
  instruments: z.array(
    z.object({
      instrument: instrumentSchema,
      sides: z.array(z.object({ side, capCents: cents, ...money })),
      total: z.object({ capCents: cents, ...money }),
      realisedSplit: z.object({ scope: z.string(), committed: split, spent: split, paid: split }),
      agreementRow: z.optional(
        z.object({
          agreed: z.object({ ezkMaxCents: cents, othersMaxCents: cents, totalMaxCents: cents }),
          envelopes: z.object({ ezkCents: cents, othersCents: cents, totalCents: cents }),
          /** In joint challenges (co-funded with EZK) only. */
          committed: z.object({ ezkCents: cents, othersCents: cents, totalCents: cents }),
          /** The agreement's target: at least this much in joint challenges (beside the maximum). */
          targetMinimumCents: z.optional(cents),
          withinAgreedMaxima: z.boolean(),
        }),
      ),
    }),
  ),
  funders: z.array(
    z.object({
      funderOin: oinSchema,
      name: z.string(),
      side,
      holderOin: oinSchema,
      instrument: instrumentSchema,
      ...money,
    }),
  ),
  envelopes: z.array(
    z.object({
      holderOin: oinSchema,
      holderName: z.string(),
      side,
      instrument: instrumentSchema,
      capCents: cents,
      reservedCents: cents,
      awardedCents: cents,
      remainingCents: cents,
      members: z.array(oinSchema),
    }),
  ),
  challenges: z.array(
    z.object({
      challengeId: z.uuid(),
      title: z.string(),
      instrument: instrumentSchema,
      status: z.string(),
      joint: z.boolean(),
      awards: z.int(),
      payments: z.int(),
      committed: split,
      spent: split,
      paid: split,
    }),
  ),
  goal: z.optional(
    z.object({
      source: z.string(),
      minimumJointCents: cents,
      instruments: z.array(instrumentSchema),
      committedJointCents: cents,
      met: z.boolean(),
      shortfallCents: cents,
    }),
  ),
  flags: z.array(
    z.object({
      kind: z.enum(['challenge-not-50-50', 'year-not-50-50', 'single-funder']),
      instrument: instrumentSchema,
      challengeId: z.optional(z.uuid()),
      detail: z.string(),
    }),
  ),
});

export const awardRowView = z.object({
  awardId: z.uuid(),
  ocid: z.string(),
  challengeId: z.uuid(),
  challengeTitle: z.string(),
  buyerOin: z.string(),
  buyerName: z.string(),
  theme: z.string(),
  themeName: z.string(),
  cpvCodes: z.array(z.string()),
  instrument: instrumentSchema,
  procedure: z.string(),
  legalBasis: z.string(),
  eformsProcedureType: z.string(),
  pianooUrl: z.url(),
  phase: z.int(),
  /** The company's id: a KvK number, an EUID or an EU VAT number, as `companyIdScheme` says. */
  companyKvk: companyIdSchema,
  companyIdScheme: z.enum(COMPANY_ID_SCHEMES),
  companyName: z.string(),
  sizeClass: z.enum(SIZE_CLASSES),
  sme: z.boolean(),
  amountCents: cents,
  amountExclVatCents: cents,
  ezkAmountCents: cents,
  coFundersAmountCents: cents,
  funders: z.array(z.object({ oin: oinSchema, name: z.string(), amountCents: cents })),
  decidedAt: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(AWARD_STATUSES),
  /** The end of the standstill after the decision, and when the contract was concluded after it. */
  standstillEndsAt: z.string(),
  concludedAt: z.nullable(z.string()),
  finalAmountCents: z.nullable(cents),
  /** Paid to the company so far: the milestones paid (the payments register has each payment). */
  paidToDateCents: cents,
  endedAt: z.nullable(z.string()),
});
export const paymentRowView = z.object({
  paymentId: z.uuid(),
  ocid: z.string(),
  challengeId: z.uuid(),
  challengeTitle: z.string(),
  awardId: z.uuid(),
  phase: z.int(),
  milestone: z.int(),
  payerOin: z.string(),
  payerName: z.string(),
  companyId: companyIdSchema,
  companyIdScheme: z.string(),
  companyName: z.string(),
  paidOn: z.string(),
  reference: z.string(),
  recordedAt: z.string(),
  amountCents: cents,
  ezkAmountCents: cents,
  coFundersAmountCents: cents,
  /** Each funder's part of the payment (they add up to it exactly), and whether it was settled. */
  parts: z.array(z.object({ oin: z.string(), name: z.string(), amountCents: cents, settled: z.boolean() })),
  settledCents: cents,
});
export const paymentsRegisterView = z.object({
  year: z.int(),
  currency: z.literal('EUR'),
  count: z.int(),
  totalCents: cents,
  items: z.array(paymentRowView),
});

export const awardsRegisterView = z.object({
  year: z.int(),
  currency: z.literal('EUR'),
  count: z.int(),
  items: z.array(awardRowView),
});

const funnel = {
  proposals: z.int(),
  withdrawn: z.int(),
  companies: z.int(),
  awards: z.int(),
  awardedCents: cents,
  successRateBasisPoints: basisPoints,
  smeProposals: z.int(),
  smeProposalShareBasisPoints: basisPoints,
  smeAwards: z.int(),
  smeAwardShareBasisPoints: basisPoints,
};
const transition = z.object({
  phase1Awardees: z.int(),
  phase2Awardees: z.int(),
  rateBasisPoints: basisPoints,
});
export const pipelineView = z.object({
  year: z.int(),
  challenges: z.int(),
  total: z.object(funnel),
  phases: z.array(z.object({ phase: z.int(), ...funnel })),
  transition,
  byTheme: z.array(
    z.object({ theme: z.string(), themeName: z.string(), challenges: z.int(), ...funnel, transition }),
  ),
  byBuyer: z.array(
    z.object({ buyerOin: oinSchema, buyerName: z.string(), challenges: z.int(), ...funnel, transition }),
  ),
  /** Per challenge with an award decision: decisions through the standstill, objections lodged and upheld. */
  procedures: z.array(
    z.object({
      challengeId: z.uuid(),
      title: z.string(),
      buyerName: z.string(),
      decisions: z.int(),
      inStandstill: z.int(),
      definitive: z.int(),
      withdrawn: z.int(),
      objectionsLodged: z.int(),
      objectionsUpheld: z.int(),
      objectionsOpen: z.int(),
    }),
  ),
});

const describedFollowUp = z.extend(followUpView, {
  challengeTitle: z.string(),
  companyName: z.string(),
  phase: z.int(),
  /** The contract's outcome the follow-up is about: its final amount and what was paid of it. */
  contract: z.object({
    status: z.enum(AWARD_STATUSES),
    finalAmountCents: z.nullable(cents),
    paidCents: cents,
  }),
});
export const followUpReportView = z.object({
  year: z.int(),
  graceDays: z.int(),
  asOf: z.string(),
  completedAwards: z.int(),
  rounds: z.array(
    z.object({
      round: roundSchema,
      expected: z.int(),
      reported: z.int(),
      due: z.int(),
      overdue: z.int(),
      scheduled: z.int(),
    }),
  ),
  outcomes: z.object({
    reportingAwards: z.int(),
    followOnRevenueCents: cents,
    followOnInvestmentCents: cents,
    jobsCreated: z.number(),
    marketLaunches: z.int(),
    launchingCustomerPurchases: z.int(),
  }),
  overdue: z.array(z.extend(describedFollowUp, { daysSinceDue: z.int() })),
  items: z.array(describedFollowUp),
});

/**
 * The OCDS release package. Its full shape is the official OCDS 1.1 release-package schema
 * (validated in the tests); here only the outline, with everything else passed through.
 */
export const ocdsPackageView = z.looseObject({
  uri: z.string(),
  version: z.literal('1.1'),
  extensions: z.array(z.string()),
  publishedDate: z.string(),
  publisher: z.looseObject({ name: z.string() }),
  license: z.string(),
  releases: z
    .array(z.looseObject({ ocid: z.string(), id: z.string(), date: z.string(), tag: z.array(z.string()) }))
    .check(z.minLength(1)),
});
