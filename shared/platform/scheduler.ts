import { ConflictException, CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';

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
  deadlineReminder: {
    namePrefix: 'remind-',
    scheduledBy: 'phaseDeadlineScheduler',
    target: 'deadlineReminder',
  },
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
/** At the end of a decision's standstill; again (named by the objection) after a rejected objection. */
export const standstillScheduleName = (decisionId: string, objectionId?: string) =>
  `${SCHEDULE_KINDS.standstill.namePrefix}${objectionId ?? decisionId}`;
