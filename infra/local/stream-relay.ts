import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type BusEntry, busEntryFromOutboxItem } from '#shared/messaging/outbox.ts';
import type { LocalEventBus } from './event-bus.ts';

/**
 * Another reader of the stream beside the bus, as a second Pipe would be in AWS (the audit
 * queue): it is given every record read, in stream order, and drained with the bus.
 */
export interface RelayPipe {
  accept(records: readonly StreamRecord[]): void;
  idle(): Promise<void>;
}

export interface StreamRecord {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, unknown>; SequenceNumber?: string };
}

interface ShardState {
  iterator?: string;
  lastSequence?: string;
  done: boolean;
}

/**
 * Plays the part of EventBridge Pipes locally: reads the table's stream, keeps new outbox items
 * (the same mapping as the Pipe's enrichment) and puts them on the bus. Remembers how far it
 * read per shard (in a file when data persists), so a restart neither loses nor floods events;
 * anything re-read is harmless because consumers deduplicate.
 */
export class StreamRelay {
  private readonly shards = new Map<string, ShardState>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<number> | undefined;
  private stopped = false;
  readonly stats = { records: 0, relayed: 0 };

  constructor(
    private readonly client: DynamoDBStreamsClient,
    private readonly streamArn: string,
    private readonly bus: LocalEventBus,
    private readonly options: {
      intervalMs?: number;
      checkpointFile?: string;
      pipes?: readonly RelayPipe[];
      onError?: (error: unknown) => void;
    } = {},
  ) {
    if (options.checkpointFile && existsSync(options.checkpointFile)) {
      const saved = JSON.parse(readFileSync(options.checkpointFile, 'utf8')) as {
        streamArn: string;
        shards: Record<string, ShardState>;
      };
      if (saved.streamArn === streamArn) {
        for (const [id, state] of Object.entries(saved.shards))
          this.shards.set(id, { lastSequence: state.lastSequence, done: state.done });
      }
    }
  }

  start(): void {
    const loop = async () => {
      if (this.stopped) return;
      try {
        await this.pollOnce();
      } catch (error) {
        this.options.onError?.(error);
      }
      if (!this.stopped) this.timer = setTimeout(loop, this.options.intervalMs ?? 100);
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.polling;
  }

  /** One pass over all shards; returns how many outbox events it relayed. Polls never overlap. */
  pollOnce(): Promise<number> {
    this.polling ??= this.poll().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  /** Relay until the stream has nothing new and every delivery has finished (tests, seeding). */
  async drain(): Promise<void> {
    for (let quiet = 0; quiet < 2; ) {
      const relayed = await this.pollOnce();
      await this.bus.idle();
      await Promise.all((this.options.pipes ?? []).map((pipe) => pipe.idle()));
      quiet = relayed === 0 ? quiet + 1 : 0;
    }
  }

  private async poll(): Promise<number> {
    const description = await this.client.send(new DescribeStreamCommand({ StreamArn: this.streamArn }));
    let relayed = 0;
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const id = shard.ShardId!;
      const state = this.shards.get(id) ?? { done: false };
      this.shards.set(id, state);
      if (state.done) continue;
      relayed += await this.readShard(id, state);
    }
    this.saveCheckpoint();
    return relayed;
  }

  private async readShard(shardId: string, state: ShardState): Promise<number> {
    let relayed = 0;
    for (let page = 0; page < 100; page++) {
      state.iterator ??= (
        await this.client.send(
          new GetShardIteratorCommand({
            StreamArn: this.streamArn,
            ShardId: shardId,
            ...(state.lastSequence
              ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: state.lastSequence }
              : { ShardIteratorType: 'TRIM_HORIZON' }),
          }),
        )
      ).ShardIterator;
      if (!state.iterator) {
        state.done = true;
        return relayed;
      }
      let result: GetRecordsCommandOutput;
      try {
        result = await this.client.send(
          new GetRecordsCommand({ ShardIterator: state.iterator, Limit: 1000 }),
        );
      } catch (error) {
        if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
          state.iterator = undefined;
          continue;
        }
        throw error;
      }
      const records = (result.Records ?? []) as StreamRecord[];
      if (records.length > 0) for (const pipe of this.options.pipes ?? []) pipe.accept(records);
      const entries: BusEntry[] = [];
      for (const record of records) {
        this.stats.records++;
        if (record.eventName === 'INSERT' && record.dynamodb?.NewImage) {
          const entry = busEntryFromOutboxItem(unmarshall(record.dynamodb.NewImage as never));
          if (entry) entries.push(entry);
        }
      }
      if (entries.length > 0) this.bus.putEvents(entries);
      relayed += entries.length;
      this.stats.relayed += entries.length;
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last) state.lastSequence = last;
      state.iterator = result.NextShardIterator;
      if (!state.iterator) {
        state.done = true; // the shard was closed and fully read
        return relayed;
      }
      if (records.length === 0) return relayed;
    }
    return relayed;
  }

  private saveCheckpoint() {
    if (!this.options.checkpointFile) return;
    const shards = Object.fromEntries(
      [...this.shards].map(([id, s]) => [id, { lastSequence: s.lastSequence, done: s.done }]),
    );
    writeFileSync(this.options.checkpointFile, JSON.stringify({ streamArn: this.streamArn, shards }));
  }
}
