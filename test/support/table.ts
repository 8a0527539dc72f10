import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '#shared/db/client.ts';

/**
 * Every item of the test table (a Scan: fine for a test's own small table, never in app code).
 * Used to prove that refused requests wrote nothing.
 */
export async function tableSnapshot(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new ScanCommand({ TableName: tableName(), ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
}

/**
 * How many item changes `work` made, read off the table's stream (every write shows there,
 * whichever client made it). Cheaper than two snapshots of a table that has grown large: the
 * authorization matrix asks this hundreds of times. Settles first, so earlier events' consumers
 * are done, and after, so every record of `work` has been read.
 */
export async function changesDuring(
  runtime: { settle: () => Promise<void>; relay: { stats: { records: number } } },
  work: () => Promise<void>,
): Promise<number> {
  await runtime.settle();
  const before = runtime.relay.stats.records;
  await work();
  await runtime.settle();
  return runtime.relay.stats.records - before;
}
