import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { type FifoMessage, LocalFifoQueue } from '#infra/local/fifo-queue.ts';

const message = (groupId: string, n: number): FifoMessage => ({
  groupId,
  deduplicationId: `${groupId}-${n}`,
  body: `${groupId}:${n}`,
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('local FIFO queue (the audit trail’s ordering)', () => {
  it('delivers each group in order, one batch of a group at a time, groups in parallel', async () => {
    const seen = new Map<string, number[]>();
    const holding = new Set<string>();
    let overlapped = false;
    let parallel = 0;
    let mostParallel = 0;
    const queue = new LocalFifoQueue(
      async (event: SQSEvent) => {
        const groups = new Set(event.Records.map((r) => r.attributes.MessageGroupId!));
        for (const g of groups) {
          if (holding.has(g)) overlapped = true;
          holding.add(g);
        }
        mostParallel = Math.max(mostParallel, ++parallel);
        await tick();
        for (const r of event.Records) {
          const [g, n] = r.body.split(':');
          seen.set(g!, [...(seen.get(g!) ?? []), Number(n)]);
        }
        for (const g of groups) holding.delete(g);
        parallel--;
      },
      { batchSize: 10, concurrency: 3 },
    );
    // One hot group and many small ones, interleaved.
    for (let n = 0; n < 100; n++) queue.send([message('hot', n), message(`g${n % 20}`, n)]);
    await queue.idle();
    expect(overlapped).toBe(false);
    expect(mostParallel).toBe(3);
    expect(seen.get('hot')).toEqual(Array.from({ length: 100 }, (_, n) => n));
    for (let g = 0; g < 20; g++) expect(seen.get(`g${g}`)).toEqual([g, g + 20, g + 40, g + 60, g + 80]);
    expect(queue.stats).toMatchObject({ sent: 200, delivered: 200, retried: 0 });
  });

  it('drops a message sent again with the same deduplication id', async () => {
    const bodies: string[] = [];
    const queue = new LocalFifoQueue(async (event) => void bodies.push(...event.Records.map((r) => r.body)));
    queue.send([message('a', 1), message('a', 1), message('a', 2)]);
    queue.send([message('a', 2)]);
    await queue.idle();
    expect(bodies).toEqual(['a:1', 'a:2']);
    expect(queue.stats.duplicates).toBe(2);
  });

  it('redelivers a failed batch in the same order before anything after it, then dead-letters it', async () => {
    const deliveries: string[][] = [];
    const deadLetters: { body: string; receiveCount: number }[] = [];
    let failuresLeft = 2;
    const queue = new LocalFifoQueue(
      async (event) => {
        const bodies = event.Records.map((r) => r.body);
        deliveries.push(bodies);
        if (bodies.includes('a:1') && failuresLeft-- > 0) throw new Error('table throttled');
        if (bodies.includes('b:1')) throw new Error('poison');
      },
      {
        batchSize: 2,
        backoffMs: 1,
        maxReceiveCount: 3,
        onDeadLetter: (m, receiveCount) => void deadLetters.push({ body: m.body, receiveCount }),
      },
    );
    queue.send([message('a', 1), message('a', 2), message('a', 3)]);
    await queue.idle();
    // a:1 and a:2 fail twice, succeed the third time; only then comes a:3.
    expect(deliveries).toEqual([['a:1', 'a:2'], ['a:1', 'a:2'], ['a:1', 'a:2'], ['a:3']]);
    queue.send([message('b', 1), message('b', 2)]);
    await queue.idle();
    expect(deadLetters).toEqual([
      { body: 'b:1', receiveCount: 3 },
      { body: 'b:2', receiveCount: 3 },
    ]);
  });

  it('takes a partial batch response: only the messages it names go back, each dead-lettered with its reason', async () => {
    const deliveries: string[][] = [];
    const deadLetters: { body: string; error: string }[] = [];
    const queue = new LocalFifoQueue(
      async (event: SQSEvent) => {
        deliveries.push(event.Records.map((r) => r.body));
        const poison = event.Records.filter((r) => r.body === 'c:2');
        return {
          batchItemFailures: poison.map((r) => ({ itemIdentifier: r.messageId })),
          reasons: Object.fromEntries(poison.map((r) => [r.messageId, 'amount-mismatch'])),
        };
      },
      {
        batchSize: 3,
        backoffMs: 1,
        maxReceiveCount: 2,
        onDeadLetter: (m, _count, error) => void deadLetters.push({ body: m.body, error }),
      },
    );
    const settled = queue.send([message('c', 1), message('c', 2), message('c', 3)]);
    await queue.idle();
    // c:1 and c:3 were done the first time; only c:2 came again, then went to the dead letters.
    expect(deliveries).toEqual([['c:1', 'c:2', 'c:3'], ['c:2']]);
    expect(deadLetters).toEqual([{ body: 'c:2', error: 'amount-mismatch' }]);
    expect(queue.stats.delivered).toBe(2);
    await settled;
  });
});
