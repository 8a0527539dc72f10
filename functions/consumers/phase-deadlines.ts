import { rule } from '#events/rules.ts';
import { scheduleDeadlines } from '#shared/challenges/phases.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';
import { scheduleReminders } from '#shared/notifications/reminders.ts';

/** A published challenge gets a one-time schedule per phase deadline, and its reminders (named, so a redelivery changes nothing). */
export const handler = eventConsumer(rule.phaseDeadlines, {
  ChallengePublished: async (data) => {
    await scheduleDeadlines(data.challengeId, data.phases);
    await scheduleReminders(data.challengeId, data.phases);
    return [];
  },
  // An extended deadline gets its own schedule; the old one finds its deadline moved and does nothing.
  ChallengeCorrected: async (data) => {
    const moved = data.deadlines.map((d) => ({ number: d.phase, submissionDeadline: d.to }));
    await scheduleDeadlines(data.challengeId, moved);
    await scheduleReminders(data.challengeId, moved);
    return [];
  },
});
