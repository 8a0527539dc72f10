import { rule } from '#events/rules.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';
import {
  notifyCommitteeNamed,
  notifyConsent,
  notifyCorrection,
  notifyDecision,
  notifyFollowUpDue,
  notifyInvitation,
  notifyNewCall,
  notifyNota,
  notifyObjection,
  notifyPhaseClosed,
  notifyQuestionAnswered,
  notifyQuestionAsked,
  notifyRankingFrozen,
} from '#shared/notifications/delivery.ts';
import { logger } from '#shared/platform/logger.ts';

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
    PhaseRankingFrozen: async (data, metadata) => sent(await notifyRankingFrozen(metadata, data)),
    ObjectionLodged: async (data, metadata) => sent(await notifyObjection(metadata, data)),
  },
  { onceByHandler: true },
);
