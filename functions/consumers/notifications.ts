import { rule } from '#events/rules.ts';
import { loadAwards } from '#shared/awards/use-cases.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';
import {
  notifyCommitteeNamed,
  notifyConsent,
  notifyCorrection,
  notifyDecision,
  notifyDecisionNews,
  notifyDeliverableReviewed,
  notifyDeliverableSubmitted,
  notifyFollowUpDue,
  notifyInvitation,
  notifyInvoiceReceived,
  notifyMilestonePaid,
  notifyNewCall,
  notifyNota,
  notifyObjection,
  notifyObjectionAnswered,
  notifyPhaseClosed,
  notifyProposalReceived,
  notifyQuestionAnswered,
  notifyQuestionAsked,
  notifyRankingReady,
} from '#shared/notifications/delivery.ts';
import { logger } from '#shared/platform/logger.ts';

/** The companies a definitive decision awarded (their letters say the contract is concluded). */
const awardedCompanies = async (awardIds: string[]) => (await loadAwards(awardIds)).map((a) => a.companyKvk);

const sent = (outcomes: Record<string, number>) => {
  logger.info('notifications', { outcomes });
  return [];
};

/**
 * E-mail for what happened: each message recorded before it is sent, so it is sent once — that
 * record is the exactly-once guard, so no record of the event itself is written.
 */
export const handler = eventConsumer(
  rule.notifications,
  {
    ChallengePublished: async (data, metadata) => sent(await notifyNewCall(metadata, data)),
    ProposalSubmitted: async (data, metadata) => sent(await notifyProposalReceived(metadata, data)),
    QuestionAsked: async (data, metadata) => sent(await notifyQuestionAsked(metadata, data)),
    QuestionAnswered: async (data, metadata) => sent(await notifyQuestionAnswered(metadata, data)),
    CommitteeNamed: async (data, metadata) => sent(await notifyCommitteeNamed(metadata, data)),
    AwardDecisionIssued: async (data, metadata) => sent(await notifyDecision(metadata, data)),
    AwardCompleted: async (data, metadata) => sent(await notifyInvitation(metadata, data)),
    PhaseClosed: async (data, metadata) => sent(await notifyPhaseClosed(metadata, data)),
    FundingConsentRecorded: async (data, metadata) => sent(await notifyConsent(metadata, data)),
    ChallengeCorrected: async (data, metadata) => sent(await notifyCorrection(metadata, data)),
    NotaPublished: async (data, metadata) => sent(await notifyNota(metadata, data)),
    FollowUpRequested: async (data, metadata) => sent(await notifyFollowUpDue(metadata, data)),
    // The ranking is ready when the last score, recusal or exclusion is in (told once per version).
    ProposalScored: async (data, metadata) => sent(await notifyRankingReady(metadata, data)),
    ConflictDeclared: async (data, metadata) => sent(await notifyRankingReady(metadata, data)),
    ProposalExcluded: async (data, metadata) => sent(await notifyRankingReady(metadata, data)),
    ObjectionLodged: async (data, metadata) => sent(await notifyObjection(metadata, data)),
    ObjectionAnswered: async (data, metadata) => sent(await notifyObjectionAnswered(metadata, data)),
    DeliverableSubmitted: async (data, metadata) => sent(await notifyDeliverableSubmitted(metadata, data)),
    DeliverableReviewed: async (data, metadata) => sent(await notifyDeliverableReviewed(metadata, data)),
    InvoiceAccepted: async (data, metadata) => sent(await notifyInvoiceReceived(metadata, data)),
    MilestonePaid: async (data, metadata) => sent(await notifyMilestonePaid(metadata, data)),
    AwardDecisionWithdrawn: async (data, metadata) =>
      sent(await notifyDecisionNews(metadata, data, { kind: 'withdrawn', reason: data.reason })),
    AwardDecisionConcluded: async (data, metadata) =>
      sent(
        await notifyDecisionNews(metadata, data, {
          kind: 'concluded',
          awardedCompanies: await awardedCompanies(data.awardIds),
        }),
      ),
  },
  { onceByHandler: true },
);
