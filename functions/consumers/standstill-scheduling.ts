import { rule } from '#events/rules.ts';
import { scheduleStandstillEnd } from '#shared/awards/standstill.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/**
 * An award decision's standstill gets a one-time schedule at its end; a rejected objection one
 * more (at once if the standstill is over), so the decision concludes when nothing stands in the
 * way. Named schedules: a redelivery changes nothing.
 */
export const handler = eventConsumer(rule.standstillScheduling, {
  AwardDecisionIssued: async (data) => {
    await scheduleStandstillEnd(data);
    return [];
  },
  ObjectionAnswered: async (data) => {
    if (data.outcome === 'rejected') await scheduleStandstillEnd(data, data.objectionId, data.answeredAt);
    return [];
  },
});
