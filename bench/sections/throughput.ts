import { randomUUID } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { newEvent } from '#events/envelope.ts';
import { QuestionAskedV1 } from '#events/questions/question-asked.v1.ts';
import { db, tableName } from '#shared/db/client.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import type { Bench } from '../context.ts';
import { median, round } from '../stats.ts';

/** Section 5: outbox items → stream relay → bus → consumers (the audit trail takes every event). */
export async function measureThroughput(bench: Bench): Promise<number[]> {
  const { quick: QUICK, runtime } = bench;
  const throughput: number[] = [];
  for (let run = 0; run < 3; run++) {
    const count = QUICK ? 200 : 500;
    const challengeId = randomUUID();
    const items = Array.from(
      { length: count },
      () =>
        (
          outboxWrite(
            newEvent(
              QuestionAskedV1,
              { ...QuestionAskedV1.example, challengeId, questionId: randomUUID() },
              { correlationId: 'bench', actor: { role: 'sme', org: '50000001' } },
            ),
          ).item as { Put: { Item: Record<string, unknown> } }
        ).Put.Item,
    );
    for (let i = 0; i < items.length; i += 25) {
      await db().send(
        new BatchWriteCommand({
          RequestItems: {
            [tableName()]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) as never,
          },
        }),
      );
    }
    const t = performance.now();
    await runtime.settle();
    throughput.push(count / ((performance.now() - t) / 1000));
  }

  return throughput;
}

export function reportThroughput(bench: Bench, throughput: readonly number[]): string[] {
  const lines: string[] = [];
  const { quick: QUICK } = bench;
  lines.push(
    '## 5. Event throughput',
    '',
    `Outbox items written in bulk, then relayed from the table stream to the in-process bus and applied by the consumers (the audit trail appends each to one hash chain): median of 3 runs of ${QUICK ? 200 : 500} events: **${round(median(throughput), 0)} events/s** end to end (runs: ${throughput.map((t) => round(t, 0)).join(', ')}).`,
    '',
  );
  return lines;
}
