import { describe, expect, it, vi } from 'vitest';
import { isTransient, withRetry } from '#shared/platform/retry.ts';

const cancelled = (...codes: string[]) =>
  Object.assign(new Error('cancelled'), {
    name: 'TransactionCanceledException',
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

describe('retrying transient DynamoDB failures', () => {
  it('knows throttling and transaction conflicts from business refusals', () => {
    expect(isTransient(Object.assign(new Error(), { name: 'ThrottlingException' }))).toBe(true);
    expect(isTransient(cancelled('None', 'TransactionConflict'))).toBe(true);
    expect(isTransient(cancelled('ConditionalCheckFailed', 'TransactionConflict'))).toBe(false);
    expect(isTransient(cancelled('ConditionalCheckFailed'))).toBe(false);
    expect(isTransient(new Error('boom'))).toBe(false);
  });

  it('retries with jittered, growing delays until it succeeds', async () => {
    const sleep = vi.fn(async () => {});
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw cancelled('TransactionConflict');
        return 'done';
      },
      { sleep, random: () => 0.5, baseMs: 10 },
    );
    expect(result).toBe('done');
    expect(sleep.mock.calls.map((c) => (c as unknown as number[])[0])).toEqual([10, 20]);
  });

  it('does not retry a business refusal, and gives up after the last attempt', async () => {
    const refusal = cancelled('ConditionalCheckFailed');
    const once = vi.fn(async () => {
      throw refusal;
    });
    await expect(withRetry(once, { sleep: async () => {} })).rejects.toBe(refusal);
    expect(once).toHaveBeenCalledTimes(1);
    const always = vi.fn(async () => {
      throw cancelled('TransactionConflict');
    });
    await expect(withRetry(always, { attempts: 4, sleep: async () => {} })).rejects.toThrow('cancelled');
    expect(always).toHaveBeenCalledTimes(4);
  });
});
