import { describe, expect, it } from 'vitest';
import { type DeadLetter, LocalEventBus } from '#infra/local/event-bus.ts';

const entry = (detailType: string) => ({
  Source: 'innovatiemarkt.challenges',
  DetailType: detailType,
  Detail: JSON.stringify({ metadata: { eventId: 'e-1', version: 1 }, data: {} }),
});

describe('local event bus', () => {
  it('delivers to the rules whose pattern matches, each with its own copy', async () => {
    const seen: string[] = [];
    const bus = new LocalEventBus([
      {
        rule: 'A',
        pattern: { 'detail-type': ['ChallengePublished'] },
        invoke: async (e) => void seen.push(`A:${e['detail-type']}`),
      },
      {
        rule: 'B',
        pattern: { 'detail-type': ['ChallengeCancelled'] },
        invoke: async (e) => void seen.push(`B:${e['detail-type']}`),
      },
    ]);
    const result = bus.putEvents([entry('ChallengePublished')]);
    expect(result.FailedEntryCount).toBe(0);
    await bus.idle();
    expect(seen).toEqual(['A:ChallengePublished']);
  });

  it('retries a failing target and dead-letters it after the last attempt', async () => {
    let attempts = 0;
    const deadLetters: DeadLetter[] = [];
    const bus = new LocalEventBus(
      [
        {
          rule: 'Flaky',
          pattern: { source: [{ prefix: 'innovatiemarkt.' }] },
          invoke: async () => {
            attempts++;
            throw new Error('projection down');
          },
        },
      ],
      { maxAttempts: 3, backoffMs: 1, onDeadLetter: async (d) => void deadLetters.push(d) },
    );
    bus.putEvents([entry('ChallengePublished')]);
    await bus.idle();
    expect(attempts).toBe(3);
    expect(deadLetters).toEqual([
      expect.objectContaining({ rule: 'Flaky', attempts: 3, error: 'projection down' }),
    ]);
    expect(bus.stats).toMatchObject({ published: 1, delivered: 0, retried: 2, deadLettered: 1 });
  });

  it('succeeds on a retry without dead-lettering', async () => {
    let attempts = 0;
    const bus = new LocalEventBus(
      [
        {
          rule: 'Once',
          pattern: { source: ['innovatiemarkt.challenges'] },
          invoke: async () => {
            if (++attempts === 1) throw new Error('first time fails');
          },
        },
      ],
      { backoffMs: 1 },
    );
    bus.putEvents([entry('ChallengePublished')]);
    await bus.idle();
    expect(bus.stats).toMatchObject({ delivered: 1, retried: 1, deadLettered: 0 });
  });

  it('runs at most `concurrencyPerTarget` deliveries of one target at once, and delivers them all', async () => {
    let running = 0;
    let peak = 0;
    const bus = new LocalEventBus(
      [
        {
          rule: 'Slow',
          pattern: { source: [{ prefix: 'innovatiemarkt.' }] },
          invoke: async () => {
            running++;
            peak = Math.max(peak, running);
            await new Promise((r) => setTimeout(r, 5));
            running--;
          },
        },
      ],
      { concurrencyPerTarget: 3 },
    );
    bus.putEvents(Array.from({ length: 20 }, () => entry('ChallengePublished')));
    await bus.idle();
    expect(peak).toBe(3);
    expect(bus.stats.delivered).toBe(20);
  });
});
