import type { CallDocumentKind, StoredFile } from '#shared/documents/types.ts';
import type { Funder, Reservation } from '#shared/funding/model.ts';
import type { CriterionKey, Instrument, SignificantChange, Theme } from '#shared/kernel/vocabulary.ts';
import { shiftAmsterdamDays } from '#shared/platform/amsterdam.ts';
import { conflict } from '#shared/platform/errors.ts';

/** Questions close 10 days before their phase does, so answers reach every company in time. */
export const QUESTION_DAYS_BEFORE_DEADLINE = 10;
/** Ten calendar days before a phase closes, at the same Amsterdam clock time (17:00 stays 17:00). */
export const defaultQuestionDeadline = (submissionDeadline: string) =>
  shiftAmsterdamDays(submissionDeadline, -QUESTION_DAYS_BEFORE_DEADLINE);

/** The challenge lifecycle. Phases have their own status inside a published challenge. */
export const CHALLENGE_STATUSES = ['draft', 'published', 'cancelled', 'completed'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];
/** Statuses the public listing shows (drafts never leave their buyer). */
export const LISTED_STATUSES = ['published', 'cancelled', 'completed'] as const;
export type ListedStatus = (typeof LISTED_STATUSES)[number];

export type PhaseNumber = 1 | 2 | 3;
export type PhaseStatus = 'planned' | 'open' | 'closed';

/** A phase as the buyer set it. Its state (planned, open, closed) is never stored: see `phaseState`. */
export interface Phase {
  number: PhaseNumber;
  budgetCents: number;
  /** Contract price cap including VAT, and its VAT-exclusive value (EU thresholds are net). */
  maxPerContractCents: number;
  maxPerContractExclVatCents: number;
  plannedContracts: number;
  durationMonths: number;
  /** UTC instant; shown in Europe/Amsterdam. */
  submissionDeadline: string;
  /** Award criteria with weights in basis points (adding up to 100%). */
  criteria: Criterion[];
  /** Minimum weighted score (0–10) to be funded, if the buyer set one. */
  minimumScore?: number;
  /** SHA-256 of the phase's lot seed, drawn at publication (the seed stays sealed until the decision). */
  lotCommitment?: string;
  /** Phases 2 and 3: the last moment for this phase's questions, when the buyer chose one (see `questionDeadlineOf`). */
  questionDeadline?: string;
  /** The payment schedule the call states for this phase's contracts: shares and deliverables. */
  paymentSchedule?: { basisPoints: number; deliverable: { nl: string; en?: string } }[];
}

export interface Criterion {
  key: CriterionKey;
  weightBasisPoints: number;
}

/** What an innovation partnership's procurement documents announce (Aw 2012 art. 2.31a-b). */
export interface PartnershipTerms {
  /** May the buyer end the partnership or reduce partners after a phase? Must be stated at publication. */
  mayEndPartnersAfterPhase: boolean;
  conditions?: string;
  /** The selection criteria and the number of candidates invited to negotiate, announced at publication. */
  selectionCriteria?: string;
  candidatesToInvite?: number;
}

/** What a buyer writes: the same in every state. */
interface ChallengeContent {
  id: string;
  /** Optimistic lock: every write checks and bumps it. */
  version: number;
  instrument: Instrument;
  title: { nl: string; en?: string };
  description: { nl: string; en?: string };
  theme: Theme;
  cpvCodes: string[];
  leadBuyer: { oin: string; name: string };
  funders: Funder[];
  phases: Phase[];
  innovationPartnership?: PartnershipTerms;
  /** Clarification questions are taken until this instant (UTC). */
  questionDeadline: string;
  /** Moves on whenever the funders, their shares or the budget change: co-funders consent to one version. */
  fundingVersion: number;
  /** How equal scores are settled, as the call announces it (fixed when it is published). */
  tieBreak: { nl: string; en: string };
  /** How price is scored, where a phase weighs it (fixed when it is published): never by assessors. */
  priceFormula?: { nl: string; en: string };
  /** Calendar days from an award decision to the contract (standstill), in which bidders may object. */
  standstillDays: number;
  /** Calendar days the standstill runs on at least after a complaint is rejected (default 5). */
  standstillAfterComplaintDays?: number;
  /** The call's documents (description, model contract, IP terms …); replaced ones stay, marked. */
  documents?: CallDocument[];
  createdAt: string;
  updatedAt: string;
}

/** A file of the call, as uploaded and checked (type by content, SHA-256 by the server). */
export interface CallDocument extends StoredFile {
  title: string;
  kind: CallDocumentKind;
  /** The correction that added it (none: part of the call before publication). */
  correction?: number;
  replaces?: string;
  replacedBy?: string;
}

/** A correction of a published call (rectificatie): numbered, dated, with its reason. */
export interface Correction {
  number: number;
  at: string;
  reason: string;
  deadlines: { phase: number; from: string; to: string }[];
  questionDeadline?: { from: string; to: string };
  title?: { nl: string; en?: string };
  description?: { nl: string; en?: string };
  /** Documents it added, each with the one it replaces. */
  documents?: { id: string; title: string; replaces?: string }[];
  /** Award criteria it changed, per phase: the weights (and minimum score) from then on. */
  criteria?: { phase: number; criteria: Criterion[]; minimumScore?: number }[];
  /** What made it significant (requirements, criteria): bidders got a new period after it. */
  significant?: SignificantChange[];
}

/** What publishing adds, and a published challenge keeps for good. */
export interface Publication {
  publishedAt: string;
  /** The programme year whose envelopes carry it: the year of publication (Amsterdam). */
  programmeYear: number;
  /** Each funder's exact share of the budget (the one split function). */
  fundingSplit: { funderOin: string; amountCents: number }[];
  /** What it holds in each envelope. */
  reservations: Reservation[];
  /** Corrections published since, oldest first. */
  corrections?: Correction[];
}

export interface DraftChallenge extends ChallengeContent {
  status: 'draft';
}
export interface PublishedChallenge extends ChallengeContent, Publication {
  status: 'published';
}
export interface CompletedChallenge extends ChallengeContent, Publication {
  status: 'completed';
}
/** Cancelled as a draft (never public) or after publication (then with its publication). */
export interface CancelledChallenge extends ChallengeContent, Partial<Publication> {
  status: 'cancelled';
  cancelledAt: string;
  cancellationReason: string;
}

/** A challenge in one of its states; the published-only fields exist exactly where they must. */
export type Challenge = DraftChallenge | PublishedChallenge | CompletedChallenge | CancelledChallenge;

/** Was it ever published (so it has a programme year, a split and reservations)? */
export const wasPublished = (challenge: Challenge): challenge is Challenge & Publication =>
  'publishedAt' in challenge && challenge.publishedAt !== undefined;

const TRANSITIONS = {
  draft: ['published', 'cancelled'],
  published: ['cancelled', 'completed'],
  cancelled: [],
  completed: [],
} as const satisfies Record<ChallengeStatus, readonly ChallengeStatus[]>;

/** The states a challenge may reach `To` from. */
type From<To extends ChallengeStatus> = {
  [S in ChallengeStatus]: To extends (typeof TRANSITIONS)[S][number] ? S : never;
}[ChallengeStatus];

/** The one place that says which lifecycle moves are legal; others are a 409. */
export function assertTransition<C extends Pick<Challenge, 'id' | 'status'>, To extends ChallengeStatus>(
  challenge: C,
  to: To,
): asserts challenge is Extract<C, { status: From<To> }> {
  if (!(TRANSITIONS[challenge.status] as readonly ChallengeStatus[]).includes(to)) {
    throw conflict(
      'illegal-transition',
      `Challenge ${challenge.id} is ${challenge.status}; it cannot become ${to}.`,
      { from: challenge.status, to, allowed: TRANSITIONS[challenge.status] },
    );
  }
}

/**
 * A phase's state at an instant, from the deadlines (the one truth; no timer has to fire first):
 * open from the previous phase's deadline (or publication) until its own, then closed.
 */
export function phaseState(
  challenge: { status: ChallengeStatus; phases: readonly { number: number; submissionDeadline: string }[] },
  number: number,
  now: string,
): PhaseStatus {
  const phase = challenge.phases.find((p) => p.number === number);
  if (!phase || challenge.status === 'draft') return 'planned';
  if (challenge.status !== 'published' || now >= phase.submissionDeadline) return 'closed';
  const previous = challenge.phases.find((p) => p.number === number - 1);
  return previous && now < previous.submissionDeadline ? 'planned' : 'open';
}

export const totalBudgetCents = (challenge: Pick<Challenge, 'phases'>): number =>
  challenge.phases.reduce((sum, p) => sum + p.budgetCents, 0);

/**
 * Until when a phase takes questions: phase 1 at the call's question deadline; a later phase at
 * the one the buyer chose, or 10 days before it closes — never before the phase before it has
 * closed (its bidders are known only then), else until it closes itself.
 */
export function questionDeadlineOf(
  challenge: Pick<Challenge, 'questionDeadline' | 'phases'>,
  phaseNumber: number,
): string | undefined {
  const index = challenge.phases.findIndex((p) => p.number === phaseNumber);
  const phase = challenge.phases[index];
  if (!phase) return undefined;
  if (index === 0) return challenge.questionDeadline;
  if (phase.questionDeadline) return phase.questionDeadline;
  const fallback = defaultQuestionDeadline(phase.submissionDeadline);
  return fallback > challenge.phases[index - 1]!.submissionDeadline ? fallback : phase.submissionDeadline;
}
