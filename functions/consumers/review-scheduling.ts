import { rule } from '#events/rules.ts';
import { scheduleReviewReminder } from '#shared/contracts/reminders.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/** A submitted deliverable gets a reminder on the buyer's last day to review it (a named schedule: redelivery is harmless). */
export const handler = eventConsumer(rule.reviewScheduling, {
  DeliverableSubmitted: async (data) => {
    await scheduleReviewReminder(data);
    return [];
  },
});
