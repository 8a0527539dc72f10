import { loadAwards } from '#shared/awards/use-cases.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import type { Milestone } from '#shared/contracts/schemas.ts';
import { contractKeys, followUpKeys, keys, proposalKeys, questionKeys } from '#shared/db/keys.ts';
import { getItem, queryAll } from '#shared/db/store.ts';
import { followUpDueAt, followUpOverdueAt, followUpStatus } from '#shared/follow-ups/use-cases.ts';
import { clock } from '#shared/platform/clock.ts';
import {
  followUpOverdueScheduleName,
  reminderScheduleName,
  reviewScheduleName,
  scheduler,
} from '#shared/platform/scheduler.ts';
import { phaseOf, type StoredQuestion } from '#shared/questions/questions.ts';
import { callFacts, type DeliveryOutcome, deliver } from './delivery.ts';
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
  const facts = (await callFacts(challenge.id))!;
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

/**
 * When a follow-up round's grace period ends (its own schedule, made with the request's): the
 * company is reminded once, unless it reported meanwhile. The schedule's name is the delivery's
 * key, so a second firing sends nothing.
 */
export async function sendFollowUpOverdue(input: {
  awardId: string;
  round: 1 | 2 | 3;
}): Promise<Partial<Record<DeliveryOutcome, number>>> {
  const [award] = await loadAwards([input.awardId]);
  if (award?.status !== 'completed' || !award.endedAt) return {};
  const dueAt = followUpDueAt(award.endedAt, input.round);
  if (clock.nowIso() < followUpOverdueAt(dueAt))
    throw new Error(`follow-up ${input.round} of ${input.awardId} is not overdue yet`); // the Scheduler retries
  const recorded = await getItem<{ reportedAt?: string }>(followUpKeys.round(input.awardId, input.round), {
    consistent: true,
  });
  if (followUpStatus(dueAt, recorded?.reportedAt, clock.nowIso()) !== 'overdue') return {};
  const facts = await callFacts(award.challengeId);
  if (!facts) return {};
  const eventId = followUpOverdueScheduleName(input.awardId, input.round);
  const outcomes: Partial<Record<DeliveryOutcome, number>> = {};
  for (const subscriber of await subscribersOf(award.companyKvk)) {
    const outcome = await deliver({ eventId }, subscriber, 'follow-up-overdue', (l) =>
      compose.followUpOverdue(facts, input.round, dueAt, l),
    );
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return outcomes;
}

/**
 * On the last day to review a deliverable: if that submission still waits, the lead buyer's
 * people are reminded (once: the schedule's name is the delivery's key). A submission reviewed
 * meanwhile, or submitted again, is left alone.
 */
export async function sendReviewReminder(input: {
  awardId: string;
  milestone: number;
  submission: number;
}): Promise<Partial<Record<DeliveryOutcome, number>>> {
  const [award] = await loadAwards([input.awardId]);
  const contract = await getItem<{ milestones: Milestone[] }>(contractKeys.contract(input.awardId), {
    consistent: true,
  });
  const milestone = contract?.milestones.find((m) => m.number === input.milestone);
  if (!award || milestone?.status !== 'submitted' || milestone.submissions.length !== input.submission)
    return {};
  const facts = await callFacts(award.challengeId);
  if (!facts) return {};
  const eventId = reviewScheduleName(input.awardId, input.milestone, input.submission);
  const outcomes: Partial<Record<DeliveryOutcome, number>> = {};
  for (const subscriber of await subscribersOf(facts.buyerOin)) {
    if (subscriber.role !== 'buyer') continue;
    const outcome = await deliver({ eventId }, subscriber, 'deliverable-submitted', (l) =>
      compose.reviewDue(
        facts,
        {
          awardId: award.id,
          companyName: award.companyName,
          milestone: input.milestone,
          reviewDueDate: milestone.reviewDueDate ?? '',
        },
        l,
      ),
    );
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return outcomes;
}
