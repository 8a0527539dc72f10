import { AwardCompletedV1 } from '#events/awards/award-ended.v1.ts';
import { inviteToNextPhase } from '#shared/awards/use-cases.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/** A completed contract invites the company to the next phase and makes it eligible to bid. */
export const handler = eventConsumer('PhaseInvitations', [AwardCompletedV1], async (event) => {
  const data = AwardCompletedV1.data.parse(event.data);
  return inviteToNextPhase(data, data.at);
});
