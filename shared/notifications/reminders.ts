import { getChallenge } from '#shared/challenges/repository.ts';
import { keys, proposalKeys, questionKeys } from '#shared/db/keys.ts';
import { getItem, queryAll } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';
import { reminderScheduleName, scheduler } from '#shared/platform/scheduler.ts';
import { phaseOf, type StoredQuestion } from '#shared/questions/questions.ts';
import { type DeliveryOutcome, deliver } from './delivery.ts';
import { compose } from './messages.ts';
import { subscribersOf } from './subscribers.ts';

/** Reminders go out this many days before a phase's deadline. */
export const REMINDER_DAYS = [7, 1] as const;

/** With the phase closings: one schedule per reminder still ahead (named by the deadline, so a redelivery changes nothing). */
export async function scheduleReminders(
  challengeId: string,
  phases: readonly { number: number; submissionDeadline: string }[],
) {
  const now = clock.nowIso();
  for (const phase of phases)
    for (const daysBefore of REMINDER_DAYS) {
      const at = new Date(Date.parse(phase.submissionDeadline) - daysBefore * 86_400_000).toISOString();
      if (at <= now) continue;
      await scheduler().scheduleOnce({
        name: reminderScheduleName(challengeId, phase.number, daysBefore, phase.submissionDeadline),
        at,
        target: 'deadlineReminder',
        payload: { challengeId, phase: phase.number, deadline: phase.submissionDeadline, daysBefore },
      });
    }
}

/**
 * When a reminder's schedule fires: the companies that asked a question about the phase and have
 * no live proposal in it are reminded (once: the schedule's name is the delivery's key). A
 * deadline that moved since (a correction) has its own schedules; this one does nothing.
 */
export async function sendReminders(input: {
  challengeId: string;
  phase: number;
  deadline: string;
  daysBefore: number;
}): Promise<Partial<Record<DeliveryOutcome, number>>> {
  const challenge = await getChallenge(input.challengeId);
  const phase = challenge?.phases.find((p) => p.number === input.phase);
  if (challenge?.status !== 'published' || phase?.submissionDeadline !== input.deadline) return {};
  if (input.deadline <= clock.nowIso()) return {};
  const questions = await queryAll<StoredQuestion>({
    partition: keys.challenge(input.challengeId).pk,
    prefix: questionKeys.prefix,
  });
  const askers = [...new Set(questions.filter((q) => phaseOf(q) === input.phase).map((q) => q.askedBy))];
  const facts = {
    challengeId: challenge.id,
    title: challenge.title,
    theme: challenge.theme,
    buyerName: challenge.leadBuyer.name,
    buyerOin: challenge.leadBuyer.oin,
    firstDeadline: challenge.phases[0]!.submissionDeadline,
  };
  const eventId = reminderScheduleName(input.challengeId, input.phase, input.daysBefore, input.deadline);
  const outcomes: Partial<Record<DeliveryOutcome, number>> = {};
  for (const company of askers) {
    if (await getItem(proposalKeys.slot(input.challengeId, input.phase, company))) continue; // already bid
    for (const subscriber of await subscribersOf(company)) {
      const outcome = await deliver({ eventId }, subscriber, 'deadline-reminder', (l) =>
        compose.deadlineReminder(facts, input.phase, input.deadline, input.daysBefore, l),
      );
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
  }
  return outcomes;
}
