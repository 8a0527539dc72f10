import { AwardDecidedV1 } from './awards/award-decided.v1.ts';
import { AwardCompletedV1, AwardTerminatedV1 } from './awards/award-ended.v1.ts';
import { FollowUpReportedV1 } from './awards/follow-up-reported.v1.ts';
import { FollowUpRequestedV1 } from './awards/follow-up-requested.v1.ts';
import {
  AwardConcludedV1,
  AwardDecisionConcludedV1,
  AwardDecisionIssuedV1,
  AwardDecisionWithdrawnV1,
  ObjectionAnsweredV1,
  ObjectionLodgedV1,
} from './awards/standstill.v1.ts';
import { ChallengeCancelledV1 } from './challenges/challenge-cancelled.v1.ts';
import { ChallengeCompletedV1 } from './challenges/challenge-completed.v1.ts';
import { ChallengeCorrectedV1 } from './challenges/challenge-corrected.v1.ts';
import { ChallengeDraftedV1 } from './challenges/challenge-drafted.v1.ts';
import { ChallengePublishedV1 } from './challenges/challenge-published.v1.ts';
import { ChallengeUpdatedV1 } from './challenges/challenge-updated.v1.ts';
import { PhaseClosedV1 } from './challenges/phase-closed.v1.ts';
import {
  DeliverableFileOpenedV1,
  DeliverableReviewedV1,
  DeliverableSubmittedV1,
  InvoiceAcceptedV1,
  MilestonePaidV1,
  PaymentScheduleSetV1,
  SettlementRecordedV1,
} from './contracts/contract.v1.ts';
import type { EventDefinition } from './envelope.ts';
import { CandidatesSelectedV1 } from './evaluation/candidates-selected.v1.ts';
import { CommitteeNamedV1 } from './evaluation/committee-named.v1.ts';
import { ConflictDeclaredV1 } from './evaluation/conflict-declared.v1.ts';
import { EvaluationReopenedV1 } from './evaluation/evaluation-reopened.v1.ts';
import { PhaseRankingFrozenV1 } from './evaluation/phase-ranking-frozen.v1.ts';
import { ProposalExcludedV1 } from './evaluation/proposal-excluded.v1.ts';
import { ProposalScoredV1 } from './evaluation/proposal-scored.v1.ts';
import { EnvelopeSetV1 } from './funding/envelope-set.v1.ts';
import { FundingConsentRecordedV1 } from './funding/funding-consent-recorded.v1.ts';
import { CompanyProfileSavedV1 } from './organisations/company-profile-saved.v1.ts';
import { GovernmentOrganisationRegisteredV1 } from './organisations/government-organisation-registered.v1.ts';
import {
  MemberInvitedV1,
  MemberJoinedV1,
  MemberRevokedV1,
  MemberRoleChangedV1,
} from './organisations/membership.v1.ts';
import { AttachmentOpenedV1 } from './proposals/attachment-opened.v1.ts';
import { ProposalSubmittedV1 } from './proposals/proposal-submitted.v1.ts';
import { ProposalWithdrawnV1 } from './proposals/proposal-withdrawn.v1.ts';
import { NotaPublishedV1 } from './questions/nota-published.v1.ts';
import { QuestionAnsweredV1 } from './questions/question-answered.v1.ts';
import { QuestionAskedV1 } from './questions/question-asked.v1.ts';

/** Every event version the marketplace emits. Contract tests and the docs walk this list. */
export const eventCatalogue: readonly EventDefinition[] = [
  ChallengeDraftedV1,
  ChallengeUpdatedV1,
  ChallengePublishedV1,
  ChallengeCorrectedV1,
  ChallengeCancelledV1,
  ChallengeCompletedV1,
  PhaseClosedV1,
  CompanyProfileSavedV1,
  MemberInvitedV1,
  MemberJoinedV1,
  MemberRoleChangedV1,
  MemberRevokedV1,
  ProposalSubmittedV1,
  ProposalWithdrawnV1,
  AttachmentOpenedV1,
  CommitteeNamedV1,
  PhaseRankingFrozenV1,
  ConflictDeclaredV1,
  ProposalScoredV1,
  ProposalExcludedV1,
  EvaluationReopenedV1,
  CandidatesSelectedV1,
  QuestionAskedV1,
  QuestionAnsweredV1,
  NotaPublishedV1,
  AwardDecidedV1,
  AwardDecisionIssuedV1,
  ObjectionLodgedV1,
  ObjectionAnsweredV1,
  AwardDecisionWithdrawnV1,
  AwardConcludedV1,
  AwardDecisionConcludedV1,
  AwardCompletedV1,
  AwardTerminatedV1,
  FollowUpRequestedV1,
  FollowUpReportedV1,
  EnvelopeSetV1,
  FundingConsentRecordedV1,
  GovernmentOrganisationRegisteredV1,
  PaymentScheduleSetV1,
  DeliverableSubmittedV1,
  DeliverableFileOpenedV1,
  DeliverableReviewedV1,
  InvoiceAcceptedV1,
  MilestonePaidV1,
  SettlementRecordedV1,
];

export function findEvent(detailType: string, version: number): EventDefinition | undefined {
  return eventCatalogue.find((e) => e.detailType === detailType && e.version === version);
}
