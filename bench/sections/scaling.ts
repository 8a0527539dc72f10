import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '#shared/db/client.ts';
import { type Bench, markdownTable } from '../context.ts';
import type { Figures } from '../figures.ts';
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
  // The keys written, so the fill can be taken out again for the second small measurement.
  const keys: { pk: string; sk: string }[] = [];
  const writeAll = async (requests: Record<string, unknown>[]) => {
    const batches: Record<string, unknown>[][] = [];
    for (let i = 0; i < requests.length; i += 25) batches.push(requests.slice(i, i + 25));
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < batches.length) {
          let request: Record<string, unknown>[] | undefined = batches[next++];
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
  const fill = async (upTo: number) => {
    const items: Record<string, unknown>[] = [];
    for (; filled < upTo; filled++) {
      const id = randomUUID();
      const other = filled % 2 === 0;
      // Awards of other programme years, and listing entries of another theme.
      const item: Record<string, unknown> = other
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
      items.push(item);
      keys.push({ pk: item.pk as string, sk: item.sk as string });
    }
    await writeAll(items.map((Item) => ({ PutRequest: { Item } })));
  };
  const unfill = async (downTo: number) => {
    const removed = keys.splice(downTo);
    filled = downTo;
    await writeAll(removed.map((Key) => ({ DeleteRequest: { Key } })));
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
  // Rounds across the reads (each read once per round), so drift over the run weighs on every
  // read alike; the first round of all is a warm-up and not counted.
  const calls = QUICK ? 20 : 100;
  const measureScaled = async () => {
    const times = new Map<string, number[]>(scaled.map((g) => [g.name, []]));
    const capacity = new Map<string, { rcu: number; requests: number }>();
    for (let i = 0; i < calls; i++) {
      for (const g of scaled) {
        meter.reset();
        const t = performance.now();
        await call(g.method, g.path, { token: g.as?.token });
        times.get(g.name)!.push(performance.now() - t);
        if (i === 0) capacity.set(g.name, meter.read());
      }
    }
    return new Map(
      scaled.map((g) => [g.name, { ms: median(times.get(g.name)!), ...capacity.get(g.name)! }] as const),
    );
  };
  // DynamoDB Local's JVM is still compiling its write and query paths on the first large fill
  // (measured alone: every read ~30% faster after one fill and delete); one fill and delete
  // first puts all three measurements after that.
  await fill(QUICK ? 10_000 : 100_000);
  await unfill(0);
  await fill(100);
  await measureScaled();
  const small = await measureScaled();
  await fill(QUICK ? 10_000 : 100_000);
  const large = await measureScaled();
  // The fill taken out again and the small table measured once more: the time ratio is taken
  // against both small runs, so what changed over the run is not put on the table's size.
  await unfill(100);
  const smallAgain = await measureScaled();

  return { scaled, small, large, smallAgain };
}

export function reportScaling(
  bench: Bench,
  measured: Awaited<ReturnType<typeof measureScaling>>,
  figures: Figures,
): string[] {
  const { scaled, small, large, smallAgain } = measured;
  const lines: string[] = [];
  const table = markdownTable(lines);
  const { quick: QUICK } = bench;
  const big = QUICK ? '10k' : '100k';
  lines.push(
    '## 4. Scaling: 100 vs 100,000 items elsewhere in the table',
    '',
    `The yearly reports (2018) and the listing of one theme with 100 items of other programme years and another theme in the table, then with ${QUICK ? '10,000' : '100,000'}, then with 100 again (the fill deleted), all after one fill and delete that is not measured (DynamoDB Local's JVM compiles its paths on the first). Time: median of ${QUICK ? 20 : 100} calls through HTTP, in rounds over the reads after a warm-up round; the time ratio is the large table's time over the mean of the two small runs, and "same size, later" the second small run over the first (how much time moves here without any change in size). Capacity: one call. Target (issues #8, #18): ratios ≤ 1.2.`,
    '',
  );
  table(
    [
      'read',
      'ms (100)',
      `ms (${big})`,
      'ms (100 again)',
      'time ratio',
      'previous',
      'same size, later',
      'RCU (100)',
      `RCU (${big})`,
      'RCU ratio',
      '≤ 1.2',
    ],
    scaled.map((g) => {
      const a = small.get(g.name)!;
      const b = large.get(g.name)!;
      const c = smallAgain.get(g.name)!;
      const timeRatio = figures.set(`scaling.${g.name}.timeRatio`, b.ms / ((a.ms + c.ms) / 2));
      const rcuRatio = a.rcu === 0 ? 1 : b.rcu / a.rcu;
      return [
        g.name,
        round(a.ms),
        round(b.ms),
        round(c.ms),
        round(timeRatio, 2),
        figures.was(`scaling.${g.name}.timeRatio`, 2),
        round(c.ms / a.ms, 2),
        round(a.rcu, 1),
        round(b.rcu, 1),
        round(rcuRatio, 2),
        timeRatio <= 1.2 && rcuRatio <= 1.2 ? '✓' : '✗',
      ];
    }),
  );
  return lines;
}
