import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import type { FunctionId } from '#functions/catalogue.ts';
import { runningFunction } from '#shared/db/access.ts';
import { db, tableName } from '#shared/db/client.ts';
import { ENTITY } from '#shared/db/keys.ts';
import { clock } from '#shared/platform/clock.ts';
import {
  latestOccurrence,
  type OneTimeSchedule,
  RECURRING_SCHEDULES,
  type RecurringSchedule,
  type SchedulerPort,
} from '#shared/platform/scheduler.ts';

const PARTITION = 'SCHEDULE';

/**
 * Plays EventBridge Scheduler locally. Schedules are items in the table (so they survive a
 * restart); a timer fires those that are due by the application clock (so tests move time
 * instead of waiting). A failing target stays scheduled and is tried again on the next tick.
 * Recurring schedules (the same definitions CDK declares) fire their latest occurrence whenever
 * the clock passes a new one — not the ones before it, as after a Scheduler outage; the
 * occurrence at start is taken as done.
 */
export class LocalScheduler implements SchedulerPort {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  readonly stats = { fired: 0, failed: 0, recurring: 0 };
  private readonly recurring: RecurringSchedule[];
  /** Per recurring schedule, the occurrence last fired (or current at start). */
  private readonly lastOccurrence = new Map<string, string>();

  constructor(
    private readonly invoke: (target: FunctionId, payload: Record<string, unknown>) => Promise<unknown>,
    private readonly options: {
      intervalMs?: number;
      onError?: (error: unknown) => void;
      recurring?: readonly RecurringSchedule[];
    } = {},
  ) {
    this.recurring = [...(options.recurring ?? Object.values(RECURRING_SCHEDULES))];
    for (const schedule of this.recurring)
      this.lastOccurrence.set(schedule.name, latestOccurrence(schedule, clock.nowIso()));
  }

  async scheduleOnce(schedule: OneTimeSchedule): Promise<void> {
    // Stands in for the Scheduler's API, not for the calling function's table access.
    await runningFunction.exit(() => this.store(schedule));
  }

  private async store(schedule: OneTimeSchedule): Promise<void> {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          pk: PARTITION,
          sk: `${new Date(schedule.at).toISOString()}#${schedule.name}`,
          entity: ENTITY.localSchedule,
          ...schedule,
        },
      }),
    );
  }

  /**
   * Fires every schedule due now; returns how many one-time schedules ran. Runs never overlap,
   * and a run already under way does not count: it may have read the clock before the caller
   * moved it (a test passing a standstill met the timer's run of the moment before and found
   * nothing due), so the caller waits for it and gets a run of its own.
   */
  async runDue(): Promise<number> {
    while (this.running) await this.running.catch(() => 0);
    const run = this.fire().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async fire(): Promise<number> {
    const result = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND sk <= :now',
        ExpressionAttributeValues: { ':pk': PARTITION, ':now': `${clock.nowIso()}#\uffff` },
      }),
    );
    let ran = 0;
    for (const item of result.Items ?? []) {
      // Still due? The application clock may have been moved back since the query (tests, seeding).
      if (Date.parse(String(item.at)) > Date.parse(clock.nowIso())) continue;
      try {
        await this.invoke(item.target as FunctionId, item.payload as Record<string, unknown>);
        await db().send(new DeleteCommand({ TableName: tableName(), Key: { pk: item.pk, sk: item.sk } }));
        this.stats.fired++;
        ran++;
      } catch (error) {
        this.stats.failed++;
        this.options.onError?.(error);
      }
    }
    await this.fireRecurring();
    return ran;
  }

  private async fireRecurring(): Promise<void> {
    for (const schedule of this.recurring) {
      const occurrence = latestOccurrence(schedule, clock.nowIso());
      // A clock moved back and forth (tests, seeding) may meet an occurrence again: the target is idempotent.
      if (occurrence === this.lastOccurrence.get(schedule.name)) continue;
      try {
        await this.invoke(schedule.target as FunctionId, { scheduledAt: occurrence });
        this.lastOccurrence.set(schedule.name, occurrence);
        this.stats.recurring++;
      } catch (error) {
        this.stats.failed++;
        this.options.onError?.(error);
      }
    }
  }

  start(): void {
    this.timer = setInterval(() => {
      this.runDue().catch((error) => this.options.onError?.(error));
    }, this.options.intervalMs ?? 1_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => 0);
  }
}

export const scheduledContext = (target: FunctionId) => ({ functionName: target }) as Context;
