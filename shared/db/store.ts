import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { conflict, type DomainError } from '#shared/platform/errors.ts';
import { withRetry } from '#shared/platform/retry.ts';
import { db, tableName } from './client.ts';
import type { Key } from './keys.ts';
import type { IndexName } from './table.ts';

/**
 * The data-access port: the few things the domains do with the single table, in the domain's
 * words (a key, a partition, a prefix). Only this folder speaks the AWS SDK; repositories and use
 * cases import these functions and the write shapes below, never `@aws-sdk`. The table name is
 * added here, once.
 */
export type Item = Record<string, unknown>;

type Expressions = {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
};

/** One part of a transaction, as the domain states it (no table name). */
export type TransactItem =
  | { Put: { Item: Item } & Expressions }
  | { Update: { Key: Key; UpdateExpression: string } & Expressions }
  | { Delete: { Key: Key } & Expressions }
  | { ConditionCheck: { Key: Key; ConditionExpression: string } & Omit<Expressions, 'ConditionExpression'> };

/** One write of a transaction, with the business refusal to give if its condition fails. */
export interface TxWrite {
  item: TransactItem;
  /** What a failed condition on this item means to the caller. */
  onConditionFailed?: () => DomainError;
}

/** DynamoDB's per-transaction limit. */
export const MAX_TRANSACTION_ITEMS = 100;

const withTable = (item: TransactItem) => {
  const [[kind, body]] = Object.entries(item) as [[string, object]];
  return { [kind]: { TableName: tableName(), ...body } };
};

/**
 * Write all or nothing. Transient failures (throttling, transaction conflicts) are retried with
 * jitter; a failed condition is mapped to the first failing item's business error.
 */
export async function transact(writes: TxWrite[], token?: string): Promise<void> {
  if (writes.length === 0) return;
  if (writes.length > MAX_TRANSACTION_ITEMS) throw new Error(`transaction of ${writes.length} items`);
  try {
    // Transactions on a hot item (a phase budget, an envelope) conflict under bursts: retried with
    // jittered backoff until a business condition decides, not until the first few collisions.
    await withRetry(
      () =>
        db().send(
          new TransactWriteCommand({
            TransactItems: writes.map((w) => withTable(w.item)),
            ...(token ? { ClientRequestToken: token } : {}),
          }),
        ),
      { attempts: 10 },
    );
  } catch (error) {
    if (
      error instanceof TransactionCanceledException ||
      (error as Error).name === 'TransactionCanceledException'
    ) {
      const reasons = (error as TransactionCanceledException).CancellationReasons ?? [];
      const index = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (index >= 0) {
        throw (
          writes[index]?.onConditionFailed?.() ??
          conflict('concurrent-change', 'Someone changed this at the same time; read it again and retry.')
        );
      }
      // Still colliding after every retry: the caller may try again (a 409, not a server error).
      if (reasons.some((r) => r.Code === 'TransactionConflict'))
        throw conflict('concurrent-change', 'Too many changes at the same time; try again.');
    }
    throw error;
  }
}

/** Seconds since the epoch, for DynamoDB TTL attributes. */
export const epochSeconds = (iso: string, plusSeconds = 0): number =>
  Math.floor(new Date(iso).getTime() / 1000) + plusSeconds;

export interface ReadOptions {
  /** Read what was just written (strongly consistent); indexes are always eventually consistent. */
  consistent?: boolean;
}

/** Only these attributes of the item (plain names). */
type Attributes = { attributes?: readonly string[] };

/** One item by its key. */
export async function getItem<T = Item>(
  key: Key,
  options: ReadOptions & Attributes = {},
): Promise<T | undefined> {
  const result = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: key,
      ConsistentRead: options.consistent ?? false,
      ...(options.attributes
        ? {
            ProjectionExpression: options.attributes.map((_, i) => `#a${i}`).join(', '),
            ExpressionAttributeNames: Object.fromEntries(options.attributes.map((a, i) => [`#a${i}`, a])),
          }
        : {}),
    }),
  );
  return result.Item as T | undefined;
}

/**
 * Every item of one entity, by a paginated Scan of the whole table: for an operator's check (the
 * audit trail's completeness), never on a request's path.
 */
export async function scanEntity<T = Item>(entity: string): Promise<T[]> {
  const found: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new ScanCommand({
        TableName: tableName(),
        FilterExpression: '#entity = :entity',
        ExpressionAttributeNames: { '#entity': 'entity' },
        ExpressionAttributeValues: { ':entity': entity },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    found.push(...((page.Items ?? []) as T[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return found;
}

/** Items by key, in batches of 100, following unprocessed keys; missing ones are left out (order not kept). */
export async function getItems<T = Item>(keyList: readonly Key[], options: ReadOptions = {}): Promise<T[]> {
  const found: T[] = [];
  const table = tableName();
  for (let i = 0; i < keyList.length; i += 100) {
    let pending: Record<string, unknown>[] = keyList.slice(i, i + 100).map((k) => ({ pk: k.pk, sk: k.sk }));
    while (pending.length > 0) {
      const result = await db().send(
        new BatchGetCommand({
          RequestItems: { [table]: { Keys: pending, ConsistentRead: options.consistent ?? false } },
        }),
      );
      found.push(...((result.Responses?.[table] ?? []) as T[]));
      pending = (result.UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}

/** The items of one partition (of the table or an index), optionally under a sort-key prefix or in a range. */
export interface PartitionQuery extends ReadOptions {
  partition: string;
  index?: IndexName;
  /** Sort keys that begin with this. */
  prefix?: string;
  /** Sort keys from … to …, inclusive. */
  between?: readonly [string, string];
  /** Highest sort key first. */
  descending?: boolean;
  limit?: number;
  /** Where the previous page stopped (DynamoDB's LastEvaluatedKey). */
  after?: Item;
  /** A filter on other attributes (read capacity is spent on what it drops; for bounded partitions only). */
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
}

function queryInput(q: PartitionQuery): QueryCommandInput {
  const pk = q.index ? `${q.index}pk` : 'pk';
  const sk = q.index ? `${q.index}sk` : 'sk';
  const range =
    q.prefix !== undefined
      ? ` AND begins_with(${sk}, :prefix)`
      : q.between
        ? ` AND ${sk} BETWEEN :from AND :to`
        : '';
  return {
    TableName: tableName(),
    ...(q.index ? { IndexName: q.index } : {}),
    KeyConditionExpression: `${pk} = :pk${range}`,
    ...(q.filter ? { FilterExpression: q.filter.expression } : {}),
    ...(q.filter?.names ? { ExpressionAttributeNames: q.filter.names } : {}),
    ExpressionAttributeValues: {
      ':pk': q.partition,
      ...(q.prefix !== undefined ? { ':prefix': q.prefix } : {}),
      ...(q.prefix === undefined && q.between ? { ':from': q.between[0], ':to': q.between[1] } : {}),
      ...(q.filter?.values ?? {}),
    },
    ...(q.descending ? { ScanIndexForward: false } : {}),
    ...(q.limit ? { Limit: q.limit } : {}),
    ...(q.consistent && !q.index ? { ConsistentRead: true } : {}),
    ...(q.after ? { ExclusiveStartKey: q.after } : {}),
  };
}

/** One page of a partition: its items and where the next page starts. */
export async function queryPage<T = Item>(q: PartitionQuery): Promise<{ items: T[]; next?: Item }> {
  const page = await db().send(new QueryCommand(queryInput(q)));
  return {
    items: (page.Items ?? []) as T[],
    ...(page.LastEvaluatedKey ? { next: page.LastEvaluatedKey } : {}),
  };
}

/**
 * Every item of one bounded partition, following the pages. For lists whose size the domain
 * bounds (a year's envelopes, a phase's proposals); open-ended lists page to the client instead.
 */
export async function queryAll<T = Item>(q: Omit<PartitionQuery, 'after' | 'limit'>): Promise<T[]> {
  const items: T[] = [];
  let after: Item | undefined;
  do {
    const page = await queryPage<T>({ ...q, ...(after ? { after } : {}) });
    items.push(...page.items);
    after = page.next;
  } while (after);
  return items;
}

/** How many items of a partition match (the items themselves are not sent). */
export async function countItems(q: Omit<PartitionQuery, 'after' | 'limit'>): Promise<number> {
  let count = 0;
  let after: Item | undefined;
  do {
    const page = await db().send(
      new QueryCommand({ ...queryInput({ ...q, ...(after ? { after } : {}) }), Select: 'COUNT' }),
    );
    count += page.Count ?? 0;
    after = page.LastEvaluatedKey;
  } while (after);
  return count;
}
