import { AwardCompletedV1 } from './awards/award-ended.v1.ts';
import { FollowUpRequestedV1 } from './awards/follow-up-requested.v1.ts';
import {
  AwardDecisionConcludedV1,
  AwardDecisionIssuedV1,
  AwardDecisionWithdrawnV1,
  ObjectionAnsweredV1,
  ObjectionLodgedV1,
} from './awards/standstill.v1.ts';
import { eventCatalogue } from './catalogue.ts';
import { ChallengeCancelledV1 } from './challenges/challenge-cancelled.v1.ts';
import { ChallengeCompletedV1 } from './challenges/challenge-completed.v1.ts';
import { ChallengeCorrectedV1 } from './challenges/challenge-corrected.v1.ts';
import { ChallengePublishedV1 } from './challenges/challenge-published.v1.ts';
import { PhaseClosedV1 } from './challenges/phase-closed.v1.ts';
import {
  DeliverableReviewedV1,
  DeliverableSubmittedV1,
  InvoiceAcceptedV1,
  MilestonePaidV1,
} from './contracts/contract.v1.ts';
import type { EventDefinition } from './envelope.ts';
import { patternFor } from './envelope.ts';
import { CommitteeNamedV1 } from './evaluation/committee-named.v1.ts';
import { ConflictDeclaredV1 } from './evaluation/conflict-declared.v1.ts';
import { ProposalExcludedV1 } from './evaluation/proposal-excluded.v1.ts';
import { ProposalScoredV1 } from './evaluation/proposal-scored.v1.ts';
import { FundingConsentRecordedV1 } from './funding/funding-consent-recorded.v1.ts';
import { ProposalSubmittedV1 } from './proposals/proposal-submitted.v1.ts';
import { ProposalWithdrawnV1 } from './proposals/proposal-withdrawn.v1.ts';
import { NotaPublishedV1 } from './questions/nota-published.v1.ts';
import { QuestionAnsweredV1 } from './questions/question-answered.v1.ts';
import { QuestionAskedV1 } from './questions/question-asked.v1.ts';

/**
 * Who listens to what: one rule per consumer, the pattern built from the event definitions.
 * CDK creates an EventBridge rule from each entry; the local bus matches the same patterns; each
 * consumer takes its name (for deduplication records) and its events from its rule here.
 */
export interface RuleDefinition<Events extends readonly EventDefinition[] = readonly EventDefinition[]> {
  /** Also the consumer's name for deduplication records. */
  name: string;
  description: string;
  events: Events;
  /** The function it invokes (an id of the function catalogue, which checks it). */
  target: string;
}

const defineRule = <const Events extends readonly EventDefinition[], const Target extends string>(rule: {
  name: string;
  description: string;
  events: Events;
  target: Target;
}) => rule;

export const rule = {
  challengeListing: defineRule({
    name: 'ChallengeListingProjection',
    description: 'Keeps the public challenge listing (filters, pages) up to date.',
    events: [ChallengePublishedV1, ChallengeCorrectedV1, ChallengeCancelledV1, ChallengeCompletedV1],
    target: 'challengeListingProjector',
  }),
  phaseDeadlines: defineRule({
    name: 'PhaseDeadlineScheduling',
    description:
      'Schedules the close of each phase at its deadline and its reminders 7 days and 1 day before (again when a correction extends one).',
    events: [ChallengePublishedV1, ChallengeCorrectedV1],
    target: 'phaseDeadlineScheduler',
  }),
  phaseInvitations: defineRule({
    name: 'PhaseInvitations',
    description: 'Invites companies that completed a contract to the next phase and makes them eligible.',
    events: [AwardCompletedV1],
    target: 'phaseInvitations',
  }),
  reportProjection: defineRule({
    name: 'ReportProjection',
    description: 'Keeps the proposals of each programme year in the report index (pipeline, OCDS tenderers).',
    events: [ProposalSubmittedV1, ProposalWithdrawnV1],
    target: 'reportProjector',
  }),
  followUpScheduling: defineRule({
    name: 'FollowUpScheduling',
    description: 'Schedules follow-up requests at +1, +2 and +3 years when a contract completes.',
    events: [AwardCompletedV1],
    target: 'followUpScheduler',
  }),
  reviewScheduling: defineRule({
    name: 'ReviewScheduling',
    description: 'Schedules a reminder to the buyer on the last day to review a submitted deliverable.',
    events: [DeliverableSubmittedV1],
    target: 'reviewScheduler',
  }),
  standstillScheduling: defineRule({
    name: 'StandstillScheduling',
    description:
      'Schedules the end of an award decision’s standstill, and its conclusion again once an objection is rejected.',
    events: [AwardDecisionIssuedV1, ObjectionAnsweredV1],
    target: 'standstillScheduler',
  }),
  notifications: defineRule({
    name: 'Notifications',
    description:
      'Sends the e-mail an event calls for (a matching new call, a proposal’s receipt, a question, a nota, a correction, a committee, a ranking ready, a decision, a complaint and its answer, a withdrawn or definitive decision, an invitation, a closed phase, a consent, a follow-up, a deliverable to review or reviewed, an invoice to pay, a payment and its settlement), once per person.',
    events: [
      ChallengePublishedV1,
      ProposalSubmittedV1,
      QuestionAskedV1,
      QuestionAnsweredV1,
      CommitteeNamedV1,
      AwardDecisionIssuedV1,
      AwardCompletedV1,
      PhaseClosedV1,
      FundingConsentRecordedV1,
      ChallengeCorrectedV1,
      NotaPublishedV1,
      FollowUpRequestedV1,
      ProposalScoredV1,
      ConflictDeclaredV1,
      ProposalExcludedV1,
      ObjectionLodgedV1,
      ObjectionAnsweredV1,
      AwardDecisionWithdrawnV1,
      AwardDecisionConcludedV1,
      DeliverableSubmittedV1,
      DeliverableReviewedV1,
      InvoiceAcceptedV1,
      MilestonePaidV1,
    ],
    target: 'notifier',
  }),
};

export const rules: readonly RuleDefinition[] = Object.values(rule);

/**
 * The audit trail takes every event, but not from the bus: from the outbox stream through an
 * ordered queue (an EventBridge Pipe into SQS FIFO in AWS, the local FIFO queue here), one message
 * group per chain. Each chain has one writer at a time, in the order its events were written;
 * chains are written in parallel. CDK and the local runtime both read this definition.
 */
export const auditTrailQueue = {
  name: 'AuditTrail',
  description: 'Appends every state change (every event) to the hash-chained audit trail of its subject.',
  events: eventCatalogue,
  target: 'auditTrail',
  /** Where a message's group and deduplication id are in a stream record (the outbox item's attributes). */
  messageGroupPath: '$.dynamodb.NewImage.auditChain.S',
  deduplicationPath: '$.dynamodb.NewImage.pk.S',
  /** Messages per invocation (SQS FIFO's maximum for Lambda). */
  batchSize: 10,
  /** Invocations at once (the event source's maximum concurrency): chains written in parallel. */
  concurrency: 4,
  /** Deliveries before a message goes to the dead-letter queue (its group then moves on). */
  maxReceiveCount: 5,
} as const;

/** The value at a `$.a.b.c` path (the Pipe's dynamic path syntax), or undefined. */
export function valueAtPath(value: unknown, path: string): unknown {
  return path
    .replace(/^\$\.?/, '')
    .split('.')
    .reduce<unknown>(
      (at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
      value,
    );
}

/** An EventBridge pattern matching any of the rule's event versions. */
export function rulePattern(rule: RuleDefinition): Record<string, unknown> {
  const patterns = rule.events.map(patternFor);
  return patterns.length === 1 ? patterns[0]! : { $or: patterns };
}
