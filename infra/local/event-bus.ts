import { randomUUID } from 'node:crypto';
import type { EventBridgeEvent } from 'aws-lambda';
import type { BusEntry } from '#shared/messaging/outbox.ts';
import { matches } from './event-pattern.ts';

export interface BusTarget {
  rule: string;
  pattern: Record<string, unknown>;
  invoke: (event: EventBridgeEvent<string, unknown>) => Promise<unknown>;
}

export interface DeadLetter {
  rule: string;
  event: EventBridgeEvent<string, unknown>;
  attempts: number;
  error: string;
}

export interface LocalEventBusOptions {
  /** Deliveries per event and rule before it is dead-lettered (EventBridge retries up to 185 times over 24 h). */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt. */
  backoffMs?: number;
  onDeadLetter?: (deadLetter: DeadLetter) => Promise<void>;
  /**
   * Deliveries running at once per target, as a Lambda's reserved concurrency bounds it in AWS
   * (the rest wait their turn). Default 4: a burst of events no longer takes every core from the
   * HTTP requests running beside it.
   */
  concurrencyPerTarget?: number;
}

/** At most `limit` holders at once; the others queue in order. */
class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/**
 * The in-process stand-in for the EventBridge bus: the same rule patterns, asynchronous
 * at-least-once delivery to each matching target, retries with back-off, and a dead-letter
 * record when a target keeps failing.
 */
export class LocalEventBus {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly slots = new Map<string, Slots>();
  readonly stats = { published: 0, delivered: 0, retried: 0, deadLettered: 0 };

  constructor(
    private readonly targets: readonly BusTarget[],
    private readonly options: LocalEventBusOptions = {},
  ) {
    for (const target of targets) this.slots.set(target.rule, new Slots(options.concurrencyPerTarget ?? 4));
  }

  /**
   * Like PutEvents: accepts the entries and returns at once; delivery happens in the background.
   * `delivered` (local only) settles when every matching target has applied each event or its
   * dead letter is written: until then the stream relay keeps its checkpoint before them, so a
   * crash redelivers them instead of losing them.
   */
  putEvents(entries: readonly BusEntry[]): {
    FailedEntryCount: number;
    Entries: { EventId: string }[];
    delivered: Promise<void>;
  } {
    const deliveries: Promise<void>[] = [];
    const results = entries.map((entry) => {
      const event: EventBridgeEvent<string, unknown> = {
        version: '0',
        id: randomUUID(),
        'detail-type': entry.DetailType,
        source: entry.Source,
        account: '000000000000',
        time: (entry.Time ?? new Date()).toISOString(),
        region: 'local',
        resources: [],
        detail: JSON.parse(entry.Detail),
      };
      this.stats.published++;
      for (const target of this.targets) {
        if (matches(target.pattern, event)) deliveries.push(this.track(this.deliver(target, event)));
      }
      return { EventId: event.id };
    });
    return { FailedEntryCount: 0, Entries: results, delivered: Promise.all(deliveries).then(() => {}) };
  }

  /** Resolves when no delivery is pending (including deliveries caused by deliveries). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private track(delivery: Promise<void>): Promise<void> {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery)).catch(() => {});
    return delivery;
  }

  private async deliver(target: BusTarget, event: EventBridgeEvent<string, unknown>): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 4;
    const backoff = this.options.backoffMs ?? 50;
    for (let attempt = 1; ; attempt++) {
      try {
        // Each target gets its own copy, as over the wire; a slot is held only while it runs.
        await this.slots.get(target.rule)!.run(() => target.invoke(structuredClone(event)));
        this.stats.delivered++;
        return;
      } catch (error) {
        if (attempt >= maxAttempts) {
          this.stats.deadLettered++;
          await this.options.onDeadLetter?.({
            rule: target.rule,
            event,
            attempts: attempt,
            error: String((error as Error)?.message ?? error),
          });
          return;
        }
        this.stats.retried++;
        await new Promise((r) => setTimeout(r, backoff * 2 ** (attempt - 1)));
      }
    }
  }
}
