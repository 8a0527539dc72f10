import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '#shared/db/client.ts';
import { type Bench, markdownTable } from '../context.ts';
import { median, round } from '../stats.ts';
import type { Group } from './routes.ts';

/** Section 4: the same reads with 100 and with 100,000 items of other years and themes in the table. */
export async function measureScaling(bench: Bench, groups: readonly Group[]) {
  const { quick: QUICK, call, meter } = bench;
  const sample = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': 'REPORT#2018' },
    }),
  );
  const awardItem = sample.Items!.find((i) => i.entity === 'Award')!;
  const listingItem = (
    await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'LISTING#theme=*#instrument=*#status=*' },
        Limit: 1,
      }),
    )
  ).Items![0]!;
  let filled = 0;
  const fill = async (upTo: number) => {
    const batches: Record<string, unknown>[][] = [];
    for (; filled < upTo; filled++) {
      const id = randomUUID();
      const other = filled % 2 === 0;
      // Awards of other programme years, and listing entries of another theme.
      const item = other
        ? {
            ...awardItem,
            pk: `AWARD#${id}`,
            id,
            gsi1pk: `COMPANY#bench`,
            gsi2pk: `REPORT#${2000 + (filled % 17)}`,
            gsi2sk: `2#AWARD#${id}`,
          }
        : {
            ...listingItem,
            pk: `LISTING#theme=zorg-gezondheid#instrument=*#status=${filled % 3 ? 'published' : '*'}`,
            sk: `2020-01-01T00:00:00.000Z#${id}`,
          };
      if (!batches.length || batches.at(-1)!.length === 25) batches.push([]);
      batches.at(-1)!.push(item);
    }
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < batches.length) {
          let request: Record<string, unknown>[] | undefined = batches[next++]!.map((Item) => ({
            PutRequest: { Item },
          }));
          while (request?.length) {
            const result = await db().send(
              new BatchWriteCommand({ RequestItems: { [tableName()]: request as never } }),
            );
            request = result.UnprocessedItems?.[tableName()] as Record<string, unknown>[] | undefined;
          }
        }
      }),
    );
  };
  const scaled = groups.filter((g) =>
    [
      'Listing, one theme (public)',
      'Co-funding report',
      'Awards register (CSV)',
      'Pipeline report',
      'Follow-up report',
      'OCDS package (public)',
    ].includes(g.name),
  );
  const measureScaled = async () => {
    const figures = new Map<string, { ms: number; rcu: number; requests: number }>();
    for (const g of scaled) {
      const times: number[] = [];
      for (let i = 0; i < (QUICK ? 10 : 40); i++) {
        meter.reset();
        const t = performance.now();
        await call(g.method, g.path, { token: g.as?.token });
        times.push(performance.now() - t);
      }
      const c = meter.read();
      figures.set(g.name, { ms: median(times), rcu: c.rcu, requests: c.requests });
    }
    return figures;
  };
  await fill(100);
  const small = await measureScaled();
  await fill(QUICK ? 10_000 : 100_000);
  const large = await measureScaled();

  return { scaled, small, large };
}

export function reportScaling(bench: Bench, figures: Awaited<ReturnType<typeof measureScaling>>): string[] {
  const { scaled, small, large } = figures;
  const lines: string[] = [];
  const table = markdownTable(lines);
  const { quick: QUICK } = bench;
  lines.push(
    '## 4. Scaling: 100 vs 100,000 items elsewhere in the table',
    '',
    `The yearly reports (2018) and the listing of one theme, first with 100 items of other programme years and another theme in the table, then with ${QUICK ? '10,000' : '100,000'}. Time: median of ${QUICK ? 10 : 40} calls through HTTP; capacity: one call.`,
    '',
  );
  table(
    [
      'read',
      'ms (100)',
      `ms (${QUICK ? '10k' : '100k'})`,
      'time ratio',
      'RCU (100)',
      `RCU (${QUICK ? '10k' : '100k'})`,
      'RCU ratio',
      '≤ 1.2',
    ],
    scaled.map((g) => {
      const a = small.get(g.name)!;
      const b = large.get(g.name)!;
      const timeRatio = b.ms / a.ms;
      const rcuRatio = a.rcu === 0 ? 1 : b.rcu / a.rcu;
      return [
        g.name,
        round(a.ms),
        round(b.ms),
        round(timeRatio, 2),
        round(a.rcu, 1),
        round(b.rcu, 1),
        round(rcuRatio, 2),
        timeRatio <= 1.2 && rcuRatio <= 1.2 ? '✓' : '✗',
      ];
    }),
  );
  return lines;
}
