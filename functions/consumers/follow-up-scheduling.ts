import { AwardCompletedV1 } from '#events/awards/award-ended.v1.ts';
import { scheduleFollowUps } from '#shared/follow-ups/use-cases.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/** A completed contract gets follow-up reminders one, two and three years on (named schedules: redelivery is harmless). */
export const handler = eventConsumer('FollowUpScheduling', [AwardCompletedV1], async (event) => {
  const data = AwardCompletedV1.data.parse(event.data);
  await scheduleFollowUps(data.awardId, data.at);
  return [];
});
