import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DomainError } from '#shared/platform/errors.ts';
import { conflict } from '#shared/platform/errors.ts';
import { withRetry } from '#shared/platform/retry.ts';
import { db } from './client.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** One write of a transaction, with the business refusal to give if its condition fails. */
export interface TxWrite {
  item: TransactItem;
  /** What a failed condition on this item means to the caller. */
  onConditionFailed?: () => DomainError;
}

/** DynamoDB's per-transaction limit. */
export const MAX_TRANSACTION_ITEMS = 100;

/**
 * Write all or nothing. Transient failures (throttling, transaction conflicts) are retried with
 * jitter; a failed condition is mapped to the first failing item's business error.
 */
export async function transact(writes: TxWrite[], token?: string): Promise<void> {
  if (writes.length === 0) return;
  if (writes.length > MAX_TRANSACTION_ITEMS) throw new Error(`transaction of ${writes.length} items`);
  try {
    await withRetry(() =>
      db().send(
        new TransactWriteCommand({
          TransactItems: writes.map((w) => w.item),
          ...(token ? { ClientRequestToken: token } : {}),
        }),
      ),
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
    }
    throw error;
  }
}

/** Seconds since the epoch, for DynamoDB TTL attributes. */
export const epochSeconds = (iso: string, plusSeconds = 0): number =>
  Math.floor(new Date(iso).getTime() / 1000) + plusSeconds;
