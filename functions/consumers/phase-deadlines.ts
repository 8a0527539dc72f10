import { ChallengePublishedV1 } from '#events/challenges/challenge-published.v1.ts';
import { scheduleDeadlines } from '#shared/challenges/phases.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/** A published challenge gets a one-time schedule per phase deadline (named, so a redelivery changes nothing). */
export const handler = eventConsumer('PhaseDeadlineScheduling', [ChallengePublishedV1], async (event) => {
  const data = ChallengePublishedV1.data.parse(event.data);
  await scheduleDeadlines(data.challengeId, data.phases);
  return [];
});
