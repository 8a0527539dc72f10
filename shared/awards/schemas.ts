import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { SIZE_CLASSES } from '#shared/kernel/organisations.ts';
import { centsSchema, instrumentSchema, NO_AWARD_GROUNDS } from '#shared/kernel/vocabulary.ts';

/** For cause: a contract may always be ended for these, whatever the call announced. */
export const TERMINATION_CAUSES = ['bankruptcy', 'serious-breach'] as const;

export { NO_AWARD_GROUNDS };

export const decisionBody = z
  .strictObject({
    /** The request id: sending the same decision again changes nothing and returns the same awards. */
    decisionId: z.uuid(),
    /** Empty only in a reasoned decision to award nothing (`noAward`). */
    awards: z
      .array(
        z.strictObject({
          proposalId: z.uuid(),
          /** Contract price incl. VAT; default the requested amount, never more. */
          amountCents: z.optional(centsSchema.check(z.gte(1))),
          startDate: z.iso.date(),
          endDate: z.iso.date(),
        }),
      )
      .check(
        z.maxLength(10),
        z.refine(
          (awards) => new Set(awards.map((a) => a.proposalId)).size === awards.length,
          'each proposal once',
        ),
        z.refine(
          (awards) => awards.every((a) => a.startDate <= a.endDate),
          'a contract ends after it starts',
        ),
      ),
    /**
     * The buyer's reasons, in the decision letter to every bidder beside the scores and their
     * comparison: required when a bidder is not awarded (every letter must say why).
     */
    reasons: z.optional(z.string().check(z.trim(), z.minLength(10), z.maxLength(4_000))),
    /** Why a higher-ranked valid bid that fits the budget is passed over: one reason per such bid. */
    passedOver: z.optional(
      z
        .array(
          z.strictObject({
            proposalId: z.uuid(),
            reason: z.string().check(z.trim(), z.minLength(20), z.maxLength(2_000)),
          }),
        )
        .check(z.maxLength(50)),
    ),
    /**
     * An award of a tender whose price looks abnormally low: when its explanation was asked and
     * how the buyer judged it (Aw 2012 art. 2.116); one per such award.
     */
    lowPriceExplanations: z.optional(
      z
        .array(
          z.strictObject({
            proposalId: z.uuid(),
            explanationRequestedOn: z.iso.date(),
            judgement: z.string().check(z.trim(), z.minLength(20), z.maxLength(2_000)),
          }),
        )
        .check(z.maxLength(10)),
    ),
    /** A reasoned decision to award nothing in this phase: its money goes back when the decision stands. */
    noAward: z.optional(z.strictObject({ ground: z.enum(NO_AWARD_GROUNDS) })),
  })
  .check(
    z.refine((b) => (b.awards.length === 0) === (b.noAward !== undefined), {
      message: 'award at least one proposal, or decide to award nothing (noAward) with reasons',
      path: ['awards'],
    }),
    z.refine((b) => b.noAward === undefined || b.reasons !== undefined, {
      message: 'a decision to award nothing states its reasons',
      path: ['reasons'],
    }),
    z.refine((b) => !(b.passedOver ?? []).some((p) => b.awards.some((a) => a.proposalId === p.proposalId)), {
      message: 'a proposal is either awarded or passed over',
      path: ['passedOver'],
    }),
  );

export const AWARD_STATUSES = ['provisional', 'awarded', 'completed', 'terminated', 'withdrawn'] as const;

export const awardView = z.object({
  id: z.uuid(),
  decisionId: z.uuid(),
  challengeId: z.uuid(),
  phase: z.int(),
  proposalId: z.uuid(),
  companyKvk: companyIdSchema,
  companyName: z.string(),
  sizeClass: z.enum(SIZE_CLASSES),
  instrument: instrumentSchema,
  programmeYear: z.int(),
  amountCents: z.int(),
  amountExclVatCents: z.int(),
  split: z.array(z.object({ funderOin: z.string(), holderOin: z.string(), amountCents: z.int() })),
  startDate: z.string(),
  endDate: z.string(),
  /**
   * provisional: decided, in its standstill (money committed, no contract yet); awarded: definitive,
   * the contract concluded; completed / terminated: the contract ended; withdrawn: the decision was
   * withdrawn in its standstill and the money went back.
   */
  status: z.enum(AWARD_STATUSES),
  decidedAt: z.string(),
  /** The end of the decision's standstill: the contract is concluded after it, if nobody objected. */
  standstillEndsAt: z.string(),
  /** When the award became definitive: the contract's date (OCDS `dateSigned`). */
  concludedAt: z.optional(z.string()),
  withdrawnAt: z.optional(z.string()),
  finalAmountCents: z.optional(z.int()),
  endedAt: z.optional(z.string()),
  terminationReason: z.optional(z.string()),
  terminationCause: z.optional(z.enum(TERMINATION_CAUSES)),
});
export type Award = z.infer<typeof awardView>;

export const decisionView = z.object({
  decisionId: z.uuid(),
  replayed: z.boolean(),
  awards: z.array(awardView),
});
export const awardIdParams = z.strictObject({ awardId: z.uuid() });
export const completeBody = z.strictObject({
  /** What is finally paid, if less than the award (the rest returns to the funders). */
  finalAmountCents: z.optional(centsSchema),
});
export const terminateBody = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(2_000)),
  /** What is paid in all: the accepted milestones only (the default); if given, it must equal them. */
  spentCents: z.optional(centsSchema),
  /** Ended for cause (always possible); without one, an innovation partnership ends a partner only if its call announced it. */
  cause: z.optional(z.enum(TERMINATION_CAUSES)),
});
export const invitationList = z.object({
  items: z.array(
    z.object({ challengeId: z.uuid(), phase: z.int(), invitedAt: z.string(), becauseOfAwardId: z.uuid() }),
  ),
});

/** An award decision: sent to every bidder of its phase, provisional until its standstill ends. */
export const DECISION_STATUSES = ['standstill', 'definitive', 'withdrawn'] as const;
export interface AwardDecision {
  decisionId: string;
  challengeId: string;
  phase: number;
  awardIds: string[];
  proposalIds: string[];
  /**
   * Who reads a letter of this decision: every bidder of the ranking but those an earlier decision
   * of the phase awarded already (a second decision is not their "not awarded"). Absent on
   * decisions taken before it was recorded: then every bidder of the ranking.
   */
  lettersTo?: string[];
  decidedAt: string;
  status: (typeof DECISION_STATUSES)[number];
  standstillDays: number;
  standstillEndsAt: string;
  reasons?: string;
  /** Higher-ranked valid bids this decision passed over, each with its reason. */
  passedOver?: { proposalId: string; reason: string }[];
  /** Awards of tenders that looked abnormally low: when the explanation was asked, and the judgement. */
  lowPriceExplanations?: { proposalId: string; explanationRequestedOn: string; judgement: string }[];
  /** A decision to award nothing: why. The phase's money goes back when it stands. */
  noAward?: { ground: (typeof NO_AWARD_GROUNDS)[number] };
  /** The version of the phase's ranking this decision rests on (1 unless a complaint reopened it). */
  rankingVersion?: number;
  /** The event that carried the letters: the e-mails telling each bidder are recorded under it. */
  letterEventId?: string;
  /** What the phase's budget still held when a decision to award nothing stood, and went back. */
  releasedCents?: number;
  /** Objections lodged in all, still open, and upheld (an upheld one blocks the contract). */
  lodgedObjections: number;
  openObjections: number;
  upheldObjections: number;
  /** After a rejected complaint: the contract waits until then at least (the standstill runs on). */
  concludableFrom?: string;
  concludedAt?: string;
  withdrawnAt?: string;
  withdrawalReason?: string;
}

export const OBJECTION_STATUSES = ['open', 'upheld', 'rejected', 'moot'] as const;
export const objectionView = z.object({
  objectionId: z.uuid(),
  decisionId: z.uuid(),
  challengeId: z.uuid(),
  phase: z.int(),
  proposalId: z.uuid(),
  companyKvk: companyIdSchema,
  companyName: z.string(),
  grounds: z.string(),
  lodgedAt: z.string(),
  /** moot: the decision was withdrawn before the objection was answered. */
  status: z.enum(OBJECTION_STATUSES),
  answer: z.optional(z.object({ reasons: z.string(), answeredAt: z.string() })),
});
export type Objection = z.infer<typeof objectionView>;

export const objectionBody = z.strictObject({
  decisionId: z.uuid(),
  /** Why the decision is wrong, as the bidder sees it. */
  grounds: z.string().check(z.trim(), z.minLength(10), z.maxLength(10_000)),
});
export const objectionAnswerBody = z.strictObject({
  outcome: z.enum(['upheld', 'rejected']),
  reasons: z.string().check(z.trim(), z.minLength(10), z.maxLength(10_000)),
});
export const withdrawDecisionBody = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(4_000)),
});
export const objectionParams = z.strictObject({ challengeId: z.uuid(), objectionId: z.uuid() });
export const decisionParams = z.strictObject({ challengeId: z.uuid(), decisionId: z.uuid() });
export const letterParams = z.strictObject({ proposalId: z.uuid(), decisionId: z.uuid() });

const localised = z.object({ nl: z.string(), en: z.optional(z.string()) });
const criterionScores = z.record(z.string(), z.number());

export const decisionSummaryView = z.object({
  decisionId: z.uuid(),
  challengeId: z.uuid(),
  phase: z.int(),
  decidedAt: z.string(),
  status: z.enum(DECISION_STATUSES),
  standstillDays: z.int(),
  standstillEndsAt: z.string(),
  standstillEndsAtAmsterdam: z.string(),
  reasons: z.optional(z.string()),
  lodgedObjections: z.int(),
  openObjections: z.int(),
  upheldObjections: z.int(),
  concludedAt: z.optional(z.string()),
  withdrawnAt: z.optional(z.string()),
  withdrawalReason: z.optional(z.string()),
  /** After a rejected complaint the contract waits at least until then. */
  concludableFrom: z.optional(z.string()),
  passedOver: z.optional(z.array(z.object({ proposalId: z.uuid(), reason: z.string() }))),
  lowPriceExplanations: z.optional(
    z.array(z.object({ proposalId: z.uuid(), explanationRequestedOn: z.string(), judgement: z.string() })),
  ),
  noAward: z.optional(z.object({ ground: z.enum(NO_AWARD_GROUNDS) })),
  rankingVersion: z.optional(z.int()),
  /** A decision to award nothing that stood: what went back to the funders. */
  releasedCents: z.optional(z.int()),
});

/** For the buyer: each decision, its awards, the letters sent and the objections. */
export const decisionListView = z.object({
  items: z.array(
    z.extend(decisionSummaryView, {
      awards: z.array(awardView),
      letters: z.array(
        z.object({
          proposalId: z.uuid(),
          companyName: z.string(),
          /** 0 for a bid declared invalid or excluded (not ranked). */
          rank: z.int(),
          outcome: z.enum(['awarded', 'not-awarded']),
          /**
           * Whether the company was told by e-mail that its letter is ready: sent (to which
           * addresses, when), not reached (no address, or it bounced before), or still pending.
           */
          delivery: z.object({
            status: z.enum(['sent', 'not-reached', 'pending']),
            to: z.array(z.string()),
            at: z.optional(z.string()),
          }),
        }),
      ),
      objections: z.array(objectionView),
    }),
  ),
});

/**
 * The reasoned award decision as one bidder receives it (Aw 2012 art. 2.130): its own scores and
 * motivations and rank, the scores of the awarded proposals and where they did better, the
 * buyer's reasons, and the end of the standstill in which it may object.
 */
export const decisionLetterView = z.extend(decisionSummaryView, {
  challengeTitle: localised,
  instrument: instrumentSchema,
  buyer: z.object({ oin: z.string(), name: z.string() }),
  recipient: z.object({ proposalId: z.uuid(), companyKvk: companyIdSchema, companyName: z.string() }),
  outcome: z.enum(['awarded', 'not-awarded']),
  /**
   * Why not: the bid was declared invalid or excluded; nothing was awarded; it was passed over
   * (with the buyer's reason for it); below the phase's minimum score; beyond the budget line; or
   * others ranked higher.
   */
  notAwardedBecause: z.optional(
    z.enum([
      'excluded',
      'not-selected',
      'no-award',
      'passed-over',
      'below-threshold',
      'outside-budget',
      'ranked-lower',
    ]),
  ),
  exclusion: z.optional(
    z.object({ ground: z.string(), motivation: z.string(), explanationRequestedOn: z.optional(z.string()) }),
  ),
  passedOverReason: z.optional(z.string()),
  noAward: z.optional(z.object({ ground: z.enum(NO_AWARD_GROUNDS) })),
  /** The version of the ranking the decision rests on (1 unless a complaint reopened the evaluation). */
  rankingVersion: z.int(),
  /** The lot's seed and the commitment published before it: anyone can redo a draw. */
  lot: z.optional(z.object({ seed: z.string(), commitment: z.string() })),
  award: z.optional(
    z.object({
      awardId: z.uuid(),
      amountCents: z.int(),
      startDate: z.string(),
      endDate: z.string(),
      status: z.enum(AWARD_STATUSES),
    }),
  ),
  criteria: z.array(z.object({ key: z.string(), name: localised, weightBasisPoints: z.int() })),
  minimumScore: z.number(),
  budgetCents: z.int(),
  proposalsRanked: z.int(),
  /** Absent when the bid was declared invalid or excluded (it was not ranked). */
  own: z.optional(
    z.object({
      rank: z.int(),
      totalScore: z.number(),
      criterionScores,
      meetsThreshold: z.boolean(),
      settledByLot: z.boolean(),
      assessments: z.array(
        z.object({
          assessor: z.string(),
          scores: z.array(
            z.object({ criterion: z.string(), score: z.number(), motivation: z.optional(z.string()) }),
          ),
          motivation: z.string(),
        }),
      ),
    }),
  ),
  awarded: z.array(
    z.object({
      rank: z.int(),
      companyName: z.string(),
      totalScore: z.number(),
      criterionScores,
      amountCents: z.int(),
      /** Per criterion: the awarded proposal's score against the recipient's (positive: it scored higher). */
      advantages: z.array(
        z.object({ criterion: z.string(), theirs: z.number(), yours: z.number(), difference: z.number() }),
      ),
    }),
  ),
  tieBreak: localised,
  /** While the standstill runs (and the recipient did not win in it): it may object until its end. */
  mayObject: z.boolean(),
  objections: z.array(objectionView),
});
export type DecisionLetter = z.infer<typeof decisionLetterView>;

export const letterListView = z.object({
  items: z.array(
    z.object({
      decisionId: z.uuid(),
      challengeId: z.uuid(),
      challengeTitle: localised,
      phase: z.int(),
      proposalId: z.uuid(),
      outcome: z.enum(['awarded', 'not-awarded']),
      decidedAt: z.string(),
      status: z.enum(DECISION_STATUSES),
      standstillEndsAt: z.string(),
      /** Awarded: the award, and where it stands now (a contract running, completed, terminated). */
      awardId: z.optional(z.uuid()),
      awardStatus: z.optional(z.enum(AWARD_STATUSES)),
    }),
  ),
});
