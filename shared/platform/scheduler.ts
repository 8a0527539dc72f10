import { ConflictException, CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { amsterdamDate, parseDeadline, shiftAmsterdamDays } from './amsterdam.ts';

/**
 * One-time schedules ("close phase 1 of this challenge at its deadline"). In AWS: EventBridge
 * Scheduler, `at(...)` expressions that delete themselves after running. Locally: the runtime's
 * timers (infra/local/scheduler.ts). Names are deterministic, so scheduling twice is harmless.
 */
export interface OneTimeSchedule {
  name: string;
  /** UTC instant. */
  at: string;
  /** The scheduled function to invoke (an id of the function catalogue). */
  target: string;
  payload: Record<string, unknown>;
}

export interface SchedulerPort {
  scheduleOnce(schedule: OneTimeSchedule): Promise<void>;
}

let client: SchedulerClient | undefined;

/** EventBridge Scheduler, configured by CDK through the environment. */
const eventBridgeScheduler: SchedulerPort = {
  async scheduleOnce({ name, at, target, payload }) {
    client ??= new SchedulerClient({});
    const targetArn = process.env[`SCHEDULE_TARGET_${target}`];
    if (!targetArn) throw new Error(`no schedule target configured for ${target}`);
    try {
      await client.send(
        new CreateScheduleCommand({
          Name: name,
          GroupName: process.env.SCHEDULE_GROUP,
          ScheduleExpression: `at(${new Date(at).toISOString().slice(0, 19)})`,
          ScheduleExpressionTimezone: 'UTC',
          FlexibleTimeWindow: { Mode: 'OFF' },
          ActionAfterCompletion: 'DELETE',
          Target: {
            Arn: targetArn,
            RoleArn: process.env.SCHEDULER_ROLE_ARN,
            Input: JSON.stringify(payload),
            RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 },
            ...(process.env.SCHEDULER_DLQ_ARN
              ? { DeadLetterConfig: { Arn: process.env.SCHEDULER_DLQ_ARN } }
              : {}),
          },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error; // already scheduled: fine
    }
  },
};

let port: SchedulerPort = eventBridgeScheduler;

export const scheduler = (): SchedulerPort => port;

/** The local runtime plugs in its timers here. */
export function setScheduler(next: SchedulerPort): void {
  port = next;
}

/**
 * The kinds of one-time schedules: who creates them, whom they invoke, and their name prefix
 * (CDK grants `scheduler:CreateSchedule` on exactly `<prefix>*` to the creating function).
 * The function catalogue checks that both are functions of its own.
 */
export const SCHEDULE_KINDS = {
  phaseClose: { namePrefix: 'close-', scheduledBy: 'phaseDeadlineScheduler', target: 'phaseCloser' },
  followUp: { namePrefix: 'followup-', scheduledBy: 'followUpScheduler', target: 'followUpReminder' },
  standstill: { namePrefix: 'standstill-', scheduledBy: 'standstillScheduler', target: 'standstillEnder' },
  followUpOverdue: {
    namePrefix: 'overdue-',
    scheduledBy: 'followUpScheduler',
    target: 'followUpOverdueReminder',
  },
  deadlineReminder: {
    namePrefix: 'remind-',
    scheduledBy: 'phaseDeadlineScheduler',
    target: 'deadlineReminder',
  },
  reviewDue: { namePrefix: 'review-', scheduledBy: 'reviewScheduler', target: 'reviewReminder' },
} as const satisfies Record<string, { namePrefix: string; scheduledBy: string; target: string }>;

/** Schedule names allow [0-9a-zA-Z-_.] and 64 characters. */
/** Named by the deadline too: a correction that extends it makes a new schedule beside the old. */
export const phaseCloseScheduleName = (challengeId: string, phase: number, deadline: string) =>
  `${SCHEDULE_KINDS.phaseClose.namePrefix}${challengeId}-${phase}-${Math.floor(Date.parse(deadline) / 1000)}`;
/** A reminder some days before a phase's deadline; named by that deadline, as the close is. */
export const reminderScheduleName = (
  challengeId: string,
  phase: number,
  daysBefore: number,
  deadline: string,
) =>
  `${SCHEDULE_KINDS.deadlineReminder.namePrefix}${challengeId}-${phase}-${daysBefore}-${Math.floor(Date.parse(deadline) / 1000)}`;
export const followUpScheduleName = (awardId: string, round: number) =>
  `${SCHEDULE_KINDS.followUp.namePrefix}${awardId}-${round}`;
/** When a round's grace period ends unreported. */
export const followUpOverdueScheduleName = (awardId: string, round: number) =>
  `${SCHEDULE_KINDS.followUpOverdue.namePrefix}${awardId}-${round}`;
/** On the last day a buyer has to review a submitted deliverable (named by the submission). */
export const reviewScheduleName = (awardId: string, milestone: number, submission: number) =>
  `${SCHEDULE_KINDS.reviewDue.namePrefix}${awardId}-${milestone}-${submission}`;
/** At the end of a decision's standstill; again (named by the objection) after a rejected objection. */
export const standstillScheduleName = (decisionId: string, objectionId?: string) =>
  `${SCHEDULE_KINDS.standstill.namePrefix}${objectionId ?? decisionId}`;

/**
 * Recurring schedules at a wall-clock time in Amsterdam (08:00 stays 08:00 across summer time).
 * In AWS: an EventBridge Scheduler `cron(…)` in Europe/Amsterdam, declared by CDK from this
 * definition, whose input carries the occurrence (`<aws.scheduler.scheduled-time>`); locally the
 * runtime plays them on the application clock with the same input.
 */
export interface RecurringSchedule {
  name: string;
  /** The scheduled function to invoke (an id of the function catalogue). */
  target: string;
  /** 0 Sunday … 6 Saturday. */
  weekday: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** HH:MM, Amsterdam time. */
  time: `${number}:${number}`;
}

export const RECURRING_SCHEDULES = {
  weeklyDigest: { name: 'weekly-digest', target: 'weeklyDigest', weekday: 1, time: '08:00' },
} as const satisfies Record<string, RecurringSchedule>;

/** The payload every recurring target gets: the occurrence it runs for. */
export interface RecurringPayload {
  scheduledAt: string;
}

const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;

/** EventBridge Scheduler's cron: minutes hours day-of-month month day-of-week year. */
export const cronExpression = (s: RecurringSchedule): string => {
  const [hours, minutes] = s.time.split(':').map(Number) as [number, number];
  return `cron(${minutes} ${hours} ? * ${WEEKDAYS[s.weekday]} *)`;
};

/** The latest occurrence of a weekly schedule at or before `now` (a UTC instant). */
export function latestOccurrence(s: RecurringSchedule, now: string): string {
  const today = amsterdamDate(now);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const back = (weekday - s.weekday + 7) % 7;
  const sameDay = parseDeadline(`${today}T${s.time}`) ?? now;
  const candidate = shiftAmsterdamDays(sameDay, -back);
  return candidate <= now ? candidate : shiftAmsterdamDays(candidate, -7);
}

/** The ISO 8601 week of an instant in Amsterdam, e.g. `2026-W49` (weeks start on Monday; week 1 holds a Thursday). */
export function isoWeek(instant: string): string {
  const date = new Date(`${amsterdamDate(instant)}T00:00:00Z`);
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
