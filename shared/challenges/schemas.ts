import * as z from 'zod/mini';
import { callDocumentKind, callDocumentView } from '#shared/documents/schemas.ts';
import {
  centsSchema,
  cpvSchema,
  criterionKeySchema,
  instrumentSchema,
  localisedText,
  oinSchema,
  SIGNIFICANT_CHANGES,
  themeSchema,
} from '#shared/kernel/vocabulary.ts';
import { parseDeadline } from '#shared/platform/amsterdam.ts';
import { CHALLENGE_STATUSES, LISTED_STATUSES } from './model.ts';

/** Request and response shapes of the challenge routes (the OpenAPI document is built from these). */

export const challengeIdParams = z.strictObject({ challengeId: z.uuid() });

/** A deadline: ISO 8601 with offset, or Amsterdam wall-clock time without one. Stored as UTC. */
export const deadlineSchema = z.pipe(
  z.string().check(z.maxLength(40)),
  z.transform((value, ctx) => {
    const instant = parseDeadline(value);
    if (!instant) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: 'a date-time like 2018-12-05T17:00 (Amsterdam time) or 2018-12-05T16:00:00Z',
      });
      return z.NEVER;
    }
    return instant;
  }),
);

export const phaseNumberSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const criteriaSchema = z
  .array(
    z.strictObject({
      key: criterionKeySchema,
      weightBasisPoints: z.int().check(z.gte(1), z.lte(10_000)),
    }),
  )
  .check(z.minLength(1), z.maxLength(5));
const minimumScoreSchema = z.number().check(z.gte(0), z.lte(10), z.multipleOf(0.1));

/**
 * The payment schedule the call states for a phase's contracts: each milestone's share of the
 * award (basis points, adding up to 100%) and what is delivered for it. Without one, the
 * programme's default for the phase applies (contracts/schedule.ts).
 */
export const paymentScheduleInput = z
  .array(
    z.strictObject({
      basisPoints: z.int().check(z.gte(1), z.lte(10_000)),
      deliverable: localisedText(500),
    }),
  )
  .check(
    z.minLength(1),
    z.maxLength(12),
    z.refine((ms) => ms.reduce((sum, m) => sum + m.basisPoints, 0) === 10_000, {
      message: "the milestones' shares add up to 100% (10000 basis points)",
    }),
  );

const phaseInput = z.strictObject({
  number: phaseNumberSchema,
  budgetCents: centsSchema.check(z.gte(1)),
  /** Contract price cap incl. VAT; SBIR defaults: phase 1 € 50.000, phase 2 € 450.000. */
  maxPerContractCents: z.optional(centsSchema.check(z.gte(1))),
  plannedContracts: z.int().check(z.gte(1), z.lte(100)),
  durationMonths: z.int().check(z.gte(1), z.lte(60)),
  submissionDeadline: deadlineSchema,
  /** Weights in basis points adding up to 10000; SBIR defaults to domain.md's weights. */
  criteria: z.optional(criteriaSchema),
  /** Optional minimum weighted score (0–10) a proposal needs to be funded. */
  minimumScore: z.optional(minimumScoreSchema),
  /** Phases 2 and 3: last moment for this phase's questions; default 10 days before it closes. */
  questionDeadline: z.optional(deadlineSchema),
  /** The payment schedule of this phase's contracts, if the call states its own. */
  paymentSchedule: z.optional(paymentScheduleInput),
});

const partnershipTerms = z.strictObject({
  mayEndPartnersAfterPhase: z.boolean(),
  conditions: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(2_000))),
  /** The selection criteria candidates are judged on (Directive 2014/24 art. 58, 65): announced at publication. */
  selectionCriteria: z.optional(z.string().check(z.trim(), z.minLength(10), z.maxLength(4_000))),
  /** How many suitable candidates are invited to negotiate (at least 3, art. 65(2)): announced at publication. */
  candidatesToInvite: z.optional(z.int().check(z.gte(3), z.lte(50))),
});

export const createChallengeBody = z.strictObject({
  instrument: instrumentSchema,
  title: localisedText(200),
  description: localisedText(20_000),
  theme: themeSchema,
  cpvCodes: z.array(cpvSchema).check(z.minLength(1), z.maxLength(10)),
  funders: z
    .array(
      z.strictObject({
        oin: oinSchema,
        shareBasisPoints: z.int().check(z.gte(1), z.lte(10_000)),
        /**
         * A co-funder that pays its part of each payment to the company itself, instead of
         * settling it with the lead buyer per quarter (the call says so). Meaningless for the lead buyer.
         */
        paysDirectly: z.optional(z.boolean()),
      }),
    )
    .check(z.minLength(1), z.maxLength(10)),
  phases: z.array(phaseInput).check(z.minLength(1), z.maxLength(3)),
  /** Last moment for clarification questions; default: 10 days before phase 1 closes. */
  questionDeadline: z.optional(deadlineSchema),
  /** Innovation partnerships: whether partners may be ended after a phase, stated before publication. */
  innovationPartnership: z.optional(partnershipTerms),
  /**
   * Calendar days between the award decision and the contract (standstill, Alcatel period), in
   * which a bidder may object; default 20, at least 20 for an innovation partnership (Aw 2012 art. 2.127).
   */
  standstillDays: z.optional(z.int().check(z.gte(1), z.lte(60))),
  /**
   * Calendar days the standstill runs on at least after a complaint is rejected, so the bidder can
   * still start summary proceedings before the contract; default 5.
   */
  standstillAfterComplaintDays: z.optional(z.int().check(z.gte(1), z.lte(30))),
});
export type CreateChallengeInput = z.infer<typeof createChallengeBody>;

/** A draft edit: any fields of the draft, replaced whole; the result must again be a valid challenge. */
export const updateChallengeBody = z
  .extend(z.partial(createChallengeBody), {
    innovationPartnership: z
      .optional(z.nullable(partnershipTerms))
      .check(z.describe('null removes the terms')),
  })
  .check(z.refine((patch) => Object.keys(patch).length > 0, { message: 'change at least one field' }));

export type UpdateChallengeInput = z.infer<typeof updateChallengeBody>;

export const cancelChallengeBody = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(2_000)),
});

/** A correction (rectificatie) of a published call: a reason, and at least one change. */
export const correctionBody = z
  .strictObject({
    reason: z.string().check(z.trim(), z.minLength(10), z.maxLength(2_000)),
    /** New deadlines: only ever later, only for phases still taking bids. */
    deadlines: z.optional(
      z
        .array(z.strictObject({ phase: phaseNumberSchema, submissionDeadline: deadlineSchema }))
        .check(z.minLength(1), z.maxLength(3)),
    ),
    questionDeadline: z.optional(deadlineSchema),
    /** Clarified text (replaces the title or description as a whole). */
    title: z.optional(localisedText(200)),
    description: z.optional(localisedText(20_000)),
    /** Checked uploads of call documents to add, each replacing a document of the call or none. */
    documents: z.optional(
      z
        .array(z.strictObject({ uploadId: z.uuid(), replaces: z.optional(z.uuid()) }))
        .check(z.minLength(1), z.maxLength(10)),
    ),
    /**
     * New award criteria of a phase still taking bids: a significant change, so the phase must then
     * close at least the call's period for significant changes later (move its deadline too).
     */
    criteria: z.optional(
      z
        .array(
          z.strictObject({
            phase: phaseNumberSchema,
            criteria: criteriaSchema,
            /** The minimum weighted score from then on; absent: none. */
            minimumScore: z.optional(minimumScoreSchema),
          }),
        )
        .check(z.minLength(1), z.maxLength(3)),
    ),
  })
  .check(
    z.refine(
      (b) => b.deadlines || b.questionDeadline || b.title || b.description || b.documents || b.criteria,
      { message: 'change at least one deadline, text, document or award criterion' },
    ),
  );
export type CorrectionInput = z.infer<typeof correctionBody>;

const correctionView = z.object({
  number: z.int(),
  at: z.string(),
  reason: z.string(),
  deadlines: z.array(z.object({ phase: z.int(), from: z.string(), to: z.string() })),
  questionDeadline: z.optional(z.object({ from: z.string(), to: z.string() })),
  title: z.optional(z.object({ nl: z.string(), en: z.optional(z.string()) })),
  description: z.optional(z.object({ nl: z.string(), en: z.optional(z.string()) })),
  documents: z.optional(
    z.array(z.object({ id: z.string(), title: z.string(), replaces: z.optional(z.string()) })),
  ),
  criteria: z.optional(
    z.array(
      z.object({
        phase: z.int(),
        criteria: z.array(z.object({ key: criterionKeySchema, weightBasisPoints: z.int() })),
        minimumScore: z.optional(z.number()),
      }),
    ),
  ),
  /** What made it significant: bidders got at least the call's period for such changes after it. */
  significant: z.optional(z.array(z.enum(SIGNIFICANT_CHANGES))),
});

/** A text in Dutch and, where given, English. */
export const localisedView = z.object({ nl: z.string(), en: z.optional(z.string()) });
const localised = localisedView;

export const phaseView = z.object({
  number: phaseNumberSchema,
  status: z.enum(['planned', 'open', 'closed']),
  budgetCents: z.int(),
  maxPerContractCents: z.int(),
  maxPerContractExclVatCents: z.int(),
  plannedContracts: z.int(),
  durationMonths: z.int(),
  submissionDeadline: z.string().check(z.describe('UTC instant')),
  submissionDeadlineAmsterdam: z.string().check(z.describe('The same instant in Europe/Amsterdam time')),
  /** Until when this phase takes questions (phase 1: the call's question deadline). */
  questionDeadline: z.string(),
  criteria: z.array(z.object({ key: criterionKeySchema, name: localised, weightBasisPoints: z.int() })),
  minimumScore: z.optional(z.number()),
  /** The payment schedule the call states for this phase's contracts (else the programme's default). */
  paymentSchedule: z.optional(z.array(z.object({ basisPoints: z.int(), deliverable: localised }))),
  /**
   * SHA-256 of the secret seed that settles this phase's remaining ties by lot, drawn by the
   * server at publication; the award decision reveals the seed, so anyone can check the draw.
   */
  lotCommitment: z.optional(z.string()),
  /**
   * After a significant change (requirements, criteria, budget, consortium rule) the phase stays
   * open at least this many days, counted to 24:00 of the last working day.
   */
  significantChangeDays: z.int(),
});

export const funderView = z.object({
  oin: z.string(),
  name: z.string(),
  side: z.enum(['ezk', 'co-funder']),
  shareBasisPoints: z.int(),
  /** It pays its part of each payment to the company itself (no settlement with the lead buyer). */
  paysDirectly: z.optional(z.boolean()),
});

export const challengeView = z.object({
  id: z.uuid(),
  version: z.int(),
  status: z.enum(CHALLENGE_STATUSES),
  instrument: instrumentSchema,
  title: localised,
  description: localised,
  theme: themeSchema,
  themeName: localised,
  cpvCodes: z.array(z.string()),
  leadBuyer: z.object({ oin: z.string(), name: z.string() }),
  funders: z.array(funderView),
  phases: z.array(phaseView),
  totalBudgetCents: z.int(),
  innovationPartnership: z.optional(partnershipTerms),
  questionDeadline: z.string(),
  /** How equal scores are settled, as the call announces it. */
  tieBreak: z.optional(z.object({ nl: z.string(), en: z.string() })),
  /** How price is scored (where a phase weighs it): by this formula on the tendered prices, not by assessors. */
  priceFormula: z.optional(z.object({ nl: z.string(), en: z.string() })),
  /** Calendar days from the award decision to the contract, in which bidders may object. */
  standstillDays: z.int(),
  /** Calendar days the standstill runs on at least after a complaint is rejected (default 5 when absent). */
  standstillAfterComplaintDays: z.optional(z.int()),
  /** Corrections published since publication (rectificaties), oldest first. */
  corrections: z.optional(z.array(correctionView)),
  documents: z.optional(z.array(callDocumentView)),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.optional(z.string()),
  programmeYear: z.optional(z.int()),
  fundingSplit: z.optional(z.array(z.object({ funderOin: z.string(), amountCents: z.int() }))),
  reservations: z.optional(
    z.array(
      z.object({
        holderOin: z.string(),
        instrument: instrumentSchema,
        funderOins: z.array(z.string()),
        amountCents: z.int(),
      }),
    ),
  ),
  cancelledAt: z.optional(z.string()),
  cancellationReason: z.optional(z.string()),
});

const numberParam = (min: number, max: number) =>
  z.pipe(
    z.pipe(z.string().check(z.regex(/^\d{1,4}$/, 'a whole number')), z.transform(Number)),
    z.int().check(z.gte(min), z.lte(max)),
  );

export const listChallengesQuery = z.strictObject({
  theme: z.optional(themeSchema),
  instrument: z.optional(instrumentSchema),
  /** A listed status, or `open`: published with a phase that takes proposals now. */
  status: z.optional(z.enum([...LISTED_STATUSES, 'open'])),
  limit: z.optional(numberParam(1, 100)),
  cursor: z.optional(
    z.string().check(z.maxLength(512), z.regex(/^[A-Za-z0-9_-]+$/, 'a cursor from a previous page')),
  ),
});
export type ListChallengesQuery = z.infer<typeof listChallengesQuery>;

export const listingItemView = z.object({
  id: z.uuid(),
  status: z.enum(LISTED_STATUSES),
  instrument: instrumentSchema,
  title: localised,
  theme: themeSchema,
  leadBuyer: z.object({ oin: z.string(), name: z.string() }),
  funders: z.array(z.object({ oin: z.string(), name: z.string(), shareBasisPoints: z.int() })),
  totalBudgetCents: z.int(),
  phases: z.array(
    z.object({
      number: phaseNumberSchema,
      status: z.enum(['planned', 'open', 'closed']),
      submissionDeadline: z.string(),
    }),
  ),
  publishedAt: z.string(),
});
export type ListingItem = z.infer<typeof listingItemView>;

export const challengePage = z.object({
  items: z.array(listingItemView),
  nextCursor: z
    .optional(z.string())
    .check(z.describe('Pass as `cursor` for the next page; absent on the last page')),
});

/**
 * The check before publishing a draft, for its buyer: what would stop publication (rules, missing
 * consents, each envelope that cannot carry its part) and what a bidder would miss (documents).
 */
export const publicationCheckView = z.object({
  programmeYear: z.int(),
  instrument: z.string(),
  /** Nothing stops publication now (documents missing do not stop it; they are a warning). */
  ready: z.boolean(),
  violations: z.array(
    z.object({
      field: z.string(),
      message: z.string(),
      rule: z.optional(z.string()),
      values: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
    }),
  ),
  consents: z.array(
    z.object({
      funderOin: z.string(),
      funder: z.string(),
      shareBasisPoints: z.int(),
      amountCents: z.int(),
      status: z.enum(['lead', 'requested', 'approved', 'declined']),
    }),
  ),
  envelopes: z.array(
    z.object({
      holderOin: z.string(),
      holderName: z.string(),
      funders: z.array(z.string()),
      neededCents: z.int(),
      capCents: z.optional(z.int()),
      remainingCents: z.optional(z.int()),
      maxPerChallengeCents: z.optional(z.int()),
      problem: z.optional(z.enum(['no-envelope', 'envelope-exhausted', 'over-per-challenge-cap'])),
      excessCents: z.optional(z.int()),
    }),
  ),
  /** The procurement documents bidders expect that the draft does not have yet. */
  missingDocuments: z.array(callDocumentKind),
});
