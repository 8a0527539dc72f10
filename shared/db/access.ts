import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  BatchGetCommandInput,
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  TransactWriteCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';

/**
 * What a function may do with the table: which partitions it reads and which it writes, by the
 * prefix of the partition key (of the table, or of the index it queries). CDK
 * turns this into the function's IAM policy (`dynamodb:LeadingKeys`); the local runtime checks
 * every call against it, so the whole test suite proves the declarations are enough.
 */
export interface TableAccess {
  /** Partition-key prefixes it reads (GetItem, BatchGetItem, Query, ConditionCheckItem). */
  read: readonly string[];
  /** Partition-key prefixes it writes (PutItem, UpdateItem, DeleteItem; in transactions too). */
  write: readonly string[];
}

export const READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
export const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];

/** Which function the current call runs in (set by the local runtime around every invocation). */
export const runningFunction = new AsyncLocalStorage<string>();

export interface KeyUse {
  action: 'read' | 'write';
  partition: string;
}

const KEY_ATTRIBUTES = ['pk', 'gsi1pk', 'gsi2pk'];

function partitionOfQuery(input: QueryCommandInput): unknown {
  const condition = String(input.KeyConditionExpression ?? '');
  for (const attribute of KEY_ATTRIBUTES) {
    const match = new RegExp(`(?:^|\\W)${attribute}\\s*=\\s*(:\\w+)`).exec(condition);
    if (match) return input.ExpressionAttributeValues?.[match[1]!];
  }
  return undefined;
}

const plain = (value: unknown): string =>
  value && typeof value === 'object' && 'S' in value
    ? String((value as { S: unknown }).S)
    : String(value ?? '');

/** The partitions a DynamoDB document-client command touches, and how. */
export function keyUses(command: string, input: object): KeyUse[] {
  return rawKeyUses(command, input).map((use) => ({ ...use, partition: plain(use.partition) }));
}

/** A key use as found in the input: the partition value may still be marshalled (`{ S: … }`). */
type RawKeyUse = { action: KeyUse['action']; partition: unknown };
const pkOf = (key: Record<string, unknown> | undefined): unknown => key?.pk;

function rawKeyUses(command: string, input: object): RawKeyUse[] {
  // The document client's commands, or the low-level ones they become (same shapes, marshalled values).
  switch (
    command
      .replace(/^(Get|Put|Update|Delete)ItemCommand$/, '$1Command')
      .replace('BatchGetItem', 'BatchGet')
      .replace('TransactWriteItems', 'TransactWrite')
  ) {
    case 'GetCommand':
      return [{ action: 'read', partition: pkOf((input as GetCommandInput).Key) }];
    case 'QueryCommand':
      return [{ action: 'read', partition: partitionOfQuery(input as QueryCommandInput) ?? '' }];
    case 'BatchGetCommand':
      return Object.values((input as BatchGetCommandInput).RequestItems ?? {}).flatMap((r) =>
        (r.Keys ?? []).map((k) => ({ action: 'read' as const, partition: pkOf(k) })),
      );
    case 'PutCommand':
      return [{ action: 'write', partition: pkOf((input as PutCommandInput).Item) }];
    case 'UpdateCommand':
    case 'DeleteCommand':
      return [{ action: 'write', partition: pkOf((input as UpdateCommandInput | DeleteCommandInput).Key) }];
    case 'TransactWriteCommand':
      return ((input as TransactWriteCommandInput).TransactItems ?? []).map((t) =>
        t.ConditionCheck
          ? { action: 'read' as const, partition: pkOf(t.ConditionCheck.Key) }
          : { action: 'write' as const, partition: pkOf(t.Put?.Item ?? t.Update?.Key ?? t.Delete?.Key) },
      );
    default:
      // Scan and anything else: never granted.
      return [{ action: 'write', partition: `<${command}>` }];
  }
}

/** The prefix a partition key is granted by: up to and including its first `#` (or the whole key). */
export const partitionPrefix = (partition: string) => {
  const hash = partition.indexOf('#');
  return hash < 0 ? partition : partition.slice(0, hash + 1);
};

/** Why a use is not allowed by an access declaration, or undefined when it is. */
export function denied(access: TableAccess | false, use: KeyUse): string | undefined {
  if (!access) return 'has no table access';
  return access[use.action].includes(partitionPrefix(use.partition))
    ? undefined
    : `may not ${use.action} partition ${use.partition}`;
}
