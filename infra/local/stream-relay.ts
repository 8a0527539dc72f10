import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
import { ENTITY } from '#shared/db/keys.ts';
import { type BusEntry, busEntryFromOutboxItem } from '#shared/messaging/outbox.ts';
import type { LocalEventBus } from './event-bus.ts';

/**
 * Another reader of the stream beside the bus, as a second Pipe would be in AWS (the audit
 * queue): it is given every record read, in stream order, and drained with the bus. `accept`
 * settles when the records are applied (or dead-lettered).
 */
export interface RelayPipe {
  accept(records: readonly StreamRecord[]): Promise<void>;
  idle(): Promise<void>;
}

export interface StreamRecord {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, { S?: string }>; SequenceNumber?: string };
}

interface ShardState {
  iterator?: string;
  /** How far it has read (in memory). */
  lastSequence?: string;
  /** How far every target has applied, in order: what the checkpoint file keeps. */
  committed?: string;
  /** Pages read and handed on, oldest first, until every target has taken them. */
  pending: { lastSequence: string; taken: boolean; records: number; readAt: number }[];
  done: boolean;
}

/**
 * Plays the part of EventBridge Pipes locally: reads the table's stream, keeps new outbox items
 * (the same mapping as the Pipe's enrichment) and puts them on the bus. At least once: the
 * checkpoint (in a file when data persists) moves past a page of records only when every target
 * (the bus's rules, the audit queue) has applied or dead-lettered all of it, so a process killed
 * mid-delivery reads those records again on restart; consumers deduplicate, so nothing applies
 * twice.
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
        shards: Record<string, { committed?: string; lastSequence?: string; done: boolean }>;
      };
      if (saved.streamArn === streamArn) {
        for (const [id, state] of Object.entries(saved.shards)) {
          const committed = state.committed ?? state.lastSequence;
          this.shards.set(id, { lastSequence: committed, committed, pending: [], done: state.done });
        }
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
    this.saveCheckpoint();
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
      const state = this.shards.get(id) ?? { pending: [], done: false };
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
      const taken: Promise<void>[] =
        records.length > 0 ? (this.options.pipes ?? []).map((pipe) => pipe.accept(records)) : [];
      const entries: BusEntry[] = [];
      for (const record of records) {
        this.stats.records++;
        // Only outbox items are read: DynamoDB Local's stream shows an empty map as `{}`, which
        // unmarshalling refuses, and nothing else needs unmarshalling here.
        if (record.eventName === 'INSERT' && record.dynamodb?.NewImage?.entity?.S === ENTITY.outbox) {
          const entry = busEntryFromOutboxItem(unmarshall(record.dynamodb.NewImage as never));
          if (entry) entries.push(entry);
        }
      }
      if (entries.length > 0) taken.push(this.bus.putEvents(entries).delivered);
      relayed += entries.length;
      this.stats.relayed += entries.length;
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last) {
        state.lastSequence = last;
        const page = { lastSequence: last, taken: false, records: records.length, readAt: Date.now() };
        state.pending.push(page);
        // A page never taken (a dead letter that could not be written) holds the checkpoint: the
        // next start reads it again.
        Promise.all(taken).then(
          () => {
            page.taken = true;
            while (state.pending[0]?.taken) state.committed = state.pending.shift()!.lastSequence;
          },
          (error) => this.options.onError?.(error),
        );
      }
      state.iterator = result.NextShardIterator;
      if (!state.iterator) {
        state.done = true; // the shard was closed and fully read
        return relayed;
      }
      if (records.length === 0) return relayed;
    }
    return relayed;
  }

  /** What every target has taken, written whole then renamed (a kill mid-write keeps the old one). */
  private saveCheckpoint() {
    const file = this.options.checkpointFile;
    if (!file) return;
    const shards = Object.fromEntries(
      [...this.shards].map(([id, s]) => [
        id,
        { committed: s.committed, done: s.done && s.pending.length === 0 },
      ]),
    );
    writeFileSync(`${file}.next`, JSON.stringify({ streamArn: this.streamArn, shards }));
    renameSync(`${file}.next`, file);
  }

  /** Records read but not yet taken by every target, and the oldest one's wait (`/health`). */
  lag(): { waiting: number; oldestSeconds: number } {
    const open = [...this.shards.values()].flatMap((s) => s.pending.filter((page) => !page.taken));
    const oldest = Math.min(...open.map((page) => page.readAt));
    return {
      waiting: open.reduce((n, page) => n + page.records, 0),
      oldestSeconds: open.length ? Math.round((Date.now() - oldest) / 100) / 10 : 0,
    };
  }
}
