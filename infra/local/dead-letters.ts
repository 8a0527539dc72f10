import path from 'node:path';
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { auditTrailQueue } from '#events/rules.ts';
import { eventRules, functionCatalogue } from '#functions/catalogue.ts';
import { financePaymentsQueue } from '#shared/contracts/finance-queue.ts';
import { db, tableName } from '#shared/db/client.ts';
import { keys } from '#shared/db/keys.ts';
import { PROJECT_ROOT } from '../constructs/marketplace-function.ts';

/** The bus rules and the queues (the audit trail's, the finance port's): each keeps its dead letters under its name. */
const rules = [...eventRules, auditTrailQueue, financePaymentsQueue];
/** Queue consumers take a dead letter as SQS delivers it. */
const QUEUES: readonly string[] = [auditTrailQueue.name, financePaymentsQueue.name];

export interface DeadLetterRecord {
  rule: string;
  /** A bus event, or for a queue the message it carried (the audit queue's: a stream record). */
  event: EventBridgeEvent<string, unknown>;
  attempts: number;
  error: string;
  pk: string;
  sk: string;
}

/** Dead letters of every rule (or one), oldest first: what an operator looks at before re-driving. */
export async function listDeadLetters(rule?: string): Promise<DeadLetterRecord[]> {
  const found: DeadLetterRecord[] = [];
  for (const r of rules.filter((x) => !rule || x.name === rule)) {
    const page = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.deadLetterPartition(r.name) },
      }),
    );
    found.push(...((page.Items ?? []) as DeadLetterRecord[]));
  }
  return found;
}

/**
 * Re-drives dead letters: delivers each event again to its rule's consumer (consumers are
 * idempotent, so a re-drive never applies an event twice) and removes the record once it
 * succeeds. Failures stay for the next try.
 */
export async function redriveDeadLetters(rule?: string): Promise<{ redriven: number; failed: number }> {
  let redriven = 0;
  let failed = 0;
  for (const letter of await listDeadLetters(rule)) {
    const target = rules.find((r) => r.name === letter.rule)?.target;
    if (!target) continue;
    const { handler } = (await import(path.join(PROJECT_ROOT, functionCatalogue[target].entry))) as {
      handler: (event: unknown, context: Context) => Promise<unknown>;
    };
    try {
      // A queue's consumer takes its message as SQS delivers it (the audit trail's: appended at its chain's end).
      const delivery = QUEUES.includes(letter.rule)
        ? { Records: [{ messageId: letter.sk, body: JSON.stringify(letter.event), attributes: {} }] }
        : letter.event;
      await handler(delivery, { functionName: target } as Context);
      await db().send(new DeleteCommand({ TableName: tableName(), Key: { pk: letter.pk, sk: letter.sk } }));
      redriven++;
    } catch {
      failed++;
    }
  }
  return { redriven, failed };
}
