import { rule } from '#events/rules.ts';
import { inviteToNextPhase } from '#shared/awards/use-cases.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/** A completed contract invites the company to the next phase and makes it eligible to bid. */
export const handler = eventConsumer(rule.phaseInvitations, {
  AwardCompleted: (data) => inviteToNextPhase(data, data.at),
});
