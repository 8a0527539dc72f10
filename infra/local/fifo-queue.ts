import { randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';

export interface FifoMessage {
  groupId: string;
  deduplicationId: string;
  body: string;
}

interface Queued extends FifoMessage {
  messageId: string;
  receiveCount: number;
  /** Settles when the message is consumed or dead-lettered (the relay's checkpoint waits for it). */
  settle: (outcome?: Error) => void;
}

export interface LocalFifoQueueOptions {
  /** Messages per invocation (SQS FIFO gives Lambda at most 10). */
  batchSize?: number;
  /** Invocations at once (the event source's maximum concurrency). */
  concurrency?: number;
  /** Deliveries before a message goes to the dead-letter queue and its group moves on. */
  maxReceiveCount?: number;
  /** Wait before a failed batch's groups are delivered again; doubles per receive. */
  backoffMs?: number;
  onDeadLetter?: (message: FifoMessage, receiveCount: number, error: string) => Promise<void> | void;
}

const DEDUPLICATION_WINDOW_MS = 5 * 60_000;

/**
 * The in-process stand-in for an SQS FIFO queue with a Lambda consumer: messages of one group
 * are delivered in order, and a group is held by one invocation at a time (its next messages wait
 * until that batch succeeds or fails); different groups go in parallel, up to `concurrency`
 * invocations. A batch takes up to `batchSize` messages, from the oldest waiting group first,
 * then from the next ones. A failed batch returns to the front of its groups; a message received
 * `maxReceiveCount` times is dead-lettered. A consumer may answer which messages of the batch
 * failed (a partial batch response, as with ReportBatchItemFailures): only those go back. The same
 * deduplication id within five minutes is accepted and dropped, as SQS does.
 */
export class LocalFifoQueue {
  private readonly groups = new Map<string, Queued[]>();
  /** Groups with messages and no batch in flight, oldest first. */
  private readonly ready = new Set<string>();
  private readonly held = new Set<string>();
  private readonly seen = new Map<string, number>();
  private running = 0;
  private waitingRetries = 0;
  private idleWaiters: (() => void)[] = [];
  readonly stats = { sent: 0, duplicates: 0, batches: 0, delivered: 0, retried: 0, deadLettered: 0 };

  constructor(
    private readonly consume: (event: SQSEvent) => Promise<unknown>,
    private readonly options: LocalFifoQueueOptions = {},
  ) {}

  /**
   * Queues the messages; the promise settles when each was consumed or dead-lettered (SQS would
   * have it durably at once; here the relay keeps its checkpoint before it until then). A
   * duplicate within the window is dropped and counts as taken.
   */
  send(messages: readonly FifoMessage[]): Promise<void> {
    const now = Date.now();
    const taken: Promise<void>[] = [];
    for (const message of messages) {
      const seenAt = this.seen.get(message.deduplicationId);
      if (seenAt !== undefined && now - seenAt < DEDUPLICATION_WINDOW_MS) {
        this.stats.duplicates++;
        continue;
      }
      this.seen.set(message.deduplicationId, now);
      this.stats.sent++;
      const group = this.groups.get(message.groupId) ?? [];
      let settle!: Queued['settle'];
      taken.push(
        new Promise<void>((resolve, reject) => {
          settle = (outcome) => (outcome ? reject(outcome) : resolve());
        }),
      );
      group.push({ ...message, messageId: randomUUID(), receiveCount: 0, settle });
      this.groups.set(message.groupId, group);
      if (!this.held.has(message.groupId)) this.ready.add(message.groupId);
    }
    if (this.seen.size > 50_000) this.forgetOld(now);
    this.pump();
    return Promise.all(taken).then(() => {});
  }

  /** Resolves when nothing is queued, in flight or waiting for a retry. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle() {
    return this.running === 0 && this.waitingRetries === 0 && this.ready.size === 0;
  }

  private pump() {
    const concurrency = this.options.concurrency ?? 4;
    const batchSize = this.options.batchSize ?? 10;
    while (this.running < concurrency && this.ready.size > 0) {
      const batch: Queued[] = [];
      const groups: string[] = [];
      for (const groupId of this.ready) {
        if (batch.length >= batchSize) break;
        const group = this.groups.get(groupId)!;
        batch.push(...group.splice(0, batchSize - batch.length));
        groups.push(groupId);
      }
      for (const groupId of groups) {
        this.ready.delete(groupId);
        this.held.add(groupId);
      }
      this.running++;
      void this.deliver(batch, groups);
    }
    if (this.isIdle()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private async deliver(batch: Queued[], groups: string[]) {
    for (const message of batch) message.receiveCount++;
    this.stats.batches++;
    let failure: string | undefined;
    let failed = batch;
    let reasons: Record<string, string> = {};
    try {
      const answer = await this.consume({ Records: batch.map(toRecord) });
      // A partial batch response (ReportBatchItemFailures): only the messages it names failed.
      const named = partialFailures(answer);
      failed = named ? batch.filter((m) => named.ids.has(m.messageId)) : [];
      if (named && failed.length > 0) {
        reasons = named.reasons;
        failure = 'reported as failed by the consumer';
      }
      for (const message of batch.filter((m) => !failed.includes(m))) {
        this.stats.delivered++;
        message.settle();
      }
    } catch (error) {
      failure = String((error as Error)?.message ?? error);
    }
    this.running--;
    if (failure === undefined) {
      this.release(groups);
      return;
    }
    // Back to the front of their groups, in order; those received too often are dead-lettered.
    const maxReceiveCount = this.options.maxReceiveCount ?? 5;
    const back = new Map<string, Queued[]>();
    for (const message of failed) {
      if (message.receiveCount >= maxReceiveCount) {
        this.stats.deadLettered++;
        const { messageId: _id, receiveCount, settle, ...original } = message;
        try {
          await this.options.onDeadLetter?.(original, receiveCount, reasons[message.messageId] ?? failure);
          settle();
        } catch (error) {
          // Not even dead-lettered: it stays unsettled, so a restart reads it from the stream again.
          settle(error as Error);
        }
      } else back.set(message.groupId, [...(back.get(message.groupId) ?? []), message]);
    }
    for (const [groupId, messages] of back) this.groups.get(groupId)!.unshift(...messages);
    this.stats.retried += [...back.values()].reduce((n, m) => n + m.length, 0);
    const delay = (this.options.backoffMs ?? 50) * 2 ** (Math.max(...failed.map((m) => m.receiveCount)) - 1);
    this.waitingRetries++;
    setTimeout(() => {
      this.waitingRetries--;
      this.release(groups);
    }, delay);
  }

  private release(groups: string[]) {
    for (const groupId of groups) {
      this.held.delete(groupId);
      if ((this.groups.get(groupId)?.length ?? 0) > 0) this.ready.add(groupId);
      else this.groups.delete(groupId);
    }
    this.pump();
  }

  private forgetOld(now: number) {
    for (const [id, at] of this.seen) if (now - at >= DEDUPLICATION_WINDOW_MS) this.seen.delete(id);
  }
}

/**
 * The messages a consumer's answer names as failed (`{ batchItemFailures: [{ itemIdentifier }] }`,
 * and beside it, for the dead letters, `reasons` per message id), or undefined when it names none.
 */
function partialFailures(answer: unknown): { ids: Set<string>; reasons: Record<string, string> } | undefined {
  const { batchItemFailures, reasons } = (answer ?? {}) as {
    batchItemFailures?: { itemIdentifier: string }[];
    reasons?: Record<string, string>;
  };
  if (!Array.isArray(batchItemFailures)) return undefined;
  return { ids: new Set(batchItemFailures.map((f) => f.itemIdentifier)), reasons: reasons ?? {} };
}

function toRecord(message: Queued): SQSRecord {
  return {
    messageId: message.messageId,
    receiptHandle: message.messageId,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
      MessageGroupId: message.groupId,
      MessageDeduplicationId: message.deduplicationId,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:audit-trail.fifo',
    awsRegion: 'local',
  };
}
