import { randomUUID } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { newEvent } from '#events/envelope.ts';
import { QuestionAskedV1 } from '#events/questions/question-asked.v1.ts';
import { listDeadLetters } from '#infra/local/dead-letters.ts';
import { verifyChain } from '#shared/audit/trail.ts';
import { db, tableName } from '#shared/db/client.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import type { Bench } from '../context.ts';
import type { Figures } from '../figures.ts';
import { median, round } from '../stats.ts';

export interface ThroughputRun {
  /** The first, smaller run warms the consumers' code paths; it is reported, not counted. */
  warmUp: boolean;
  events: number;
  eventsPerSecond: number;
  chains: number;
  verified: number;
  deadLetters: number;
}

const SPREAD_CHAINS = 200;

/**
 * Section 5: outbox items → stream relay → bus and audit queue → consumers. Half the events are
 * on one hot chain (a busy challenge), the other half spread over 200 others; after each run
 * every one of those chains must verify with all its entries, and nothing may be dead-lettered.
 */
export async function measureThroughput(bench: Bench): Promise<ThroughputRun[]> {
  const { quick: QUICK, runtime } = bench;
  const count = QUICK ? 600 : 2000;
  const runs: ThroughputRun[] = [];
  const deadBefore = (await listDeadLetters()).length;
  for (let run = -1; run < 3; run++) {
    const warmUp = run < 0;
    const events = warmUp ? count / 4 : count;
    const hot = randomUUID();
    const spread = Array.from({ length: SPREAD_CHAINS }, () => randomUUID());
    const expected = new Map<string, number>();
    const items = Array.from({ length: events }, (_, i) => {
      const challengeId = i % 2 === 0 ? hot : spread[(i >> 1) % SPREAD_CHAINS]!;
      expected.set(challengeId, (expected.get(challengeId) ?? 0) + 1);
      return (
        outboxWrite(
          newEvent(
            QuestionAskedV1,
            { ...QuestionAskedV1.example, challengeId, questionId: randomUUID() },
            { correlationId: 'bench', actor: { role: 'sme', org: '50000001' } },
          ),
        ).item as { Put: { Item: Record<string, unknown> } }
      ).Put.Item;
    });
    // What earlier sections left on the stream (the scaling section's 100,000 items) is read
    // first, so the clock times this run's events only.
    await runtime.settle();
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
    const eventsPerSecond = events / ((performance.now() - t) / 1000);
    let verified = 0;
    for (const [challengeId, entries] of expected) {
      const result = await verifyChain(`challenge:${challengeId}`);
      if (result.valid && result.entries === entries) verified++;
    }
    runs.push({
      warmUp,
      events,
      eventsPerSecond,
      chains: expected.size,
      verified,
      deadLetters: (await listDeadLetters()).length - deadBefore,
    });
  }
  return runs;
}

export function reportThroughput(bench: Bench, all: readonly ThroughputRun[], figures: Figures): string[] {
  const warmUp = all.find((r) => r.warmUp);
  const runs = all.filter((r) => !r.warmUp);
  const previous = figures.wasNumber('throughput.eventsPerSecond');
  const count = bench.quick ? 600 : 2000;
  const rate = figures.set('throughput.eventsPerSecond', median(runs.map((r) => r.eventsPerSecond)));
  const allVerified = all.every((r) => r.verified === r.chains);
  // Each run counts the dead letters since the section began: the last run's count is the total.
  const deadLetters = Math.max(...all.map((r) => r.deadLetters));
  const met = rate >= 200 && allVerified && deadLetters === 0;
  return [
    '## 5. Event throughput',
    '',
    `Outbox items written in bulk, then relayed from the table stream to the in-process bus and the audit queue and applied by the consumers (the audit trail appends each to its challenge's hash chain, one writer per chain). Each run: ${count} events, half on one hot challenge, half over ${SPREAD_CHAINS} others; after it every chain is verified. First a warm-up run of ${warmUp?.events} events, not counted (${round(warmUp?.eventsPerSecond ?? 0, 0)} events/s). Median of the 3 runs after it: **${round(rate, 0)} events/s** end to end (runs: ${runs.map((r) => round(r.eventsPerSecond, 0)).join(', ')}${previous !== undefined ? `; previous run ${round(previous, 0)}` : ''}) ${met ? '✓' : '✗'} (target ≥ 200). Chains verified with every entry (warm-up first): ${all.map((r) => `${r.verified}/${r.chains}`).join(', ')}; dead letters: ${deadLetters}.`,
    '',
  ];
}
