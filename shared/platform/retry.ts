/**
 * Retry transient DynamoDB failures with full jitter. Business refusals (a condition that
 * failed) are never retried: they are answers, not faults.
 */
const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionInProgressException',
]);

interface Cancellation {
  name?: string;
  CancellationReasons?: { Code?: string }[];
}

export function isTransient(error: unknown): boolean {
  const e = error as Cancellation;
  if (!e || typeof e !== 'object') return false;
  if (e.name && TRANSIENT_NAMES.has(e.name)) return true;
  if (e.name === 'TransactionCanceledException') {
    const codes = (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
    // Retry only when nothing failed for a business reason and something conflicted or throttled.
    return (
      !codes.includes('ConditionalCheckFailed') &&
      codes.some(
        (c) =>
          c === 'TransactionConflict' || c === 'ThrottlingError' || c === 'ProvisionedThroughputExceeded',
      )
    );
  }
  return false;
}

export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  capMs?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  const base = options.baseMs ?? 20;
  const cap = options.capMs ?? 1_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await sleep(Math.floor(random() * Math.min(cap, base * 2 ** attempt)));
    }
  }
}
