import { rule } from '#events/rules.ts';
import { scheduleFollowUps } from '#shared/follow-ups/use-cases.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/** A completed contract gets follow-up reminders one, two and three years on (named schedules: redelivery is harmless). */
export const handler = eventConsumer(rule.followUpScheduling, {
  AwardCompleted: async (data) => {
    await scheduleFollowUps(data.awardId, data.at);
    return [];
  },
});
