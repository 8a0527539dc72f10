import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger, withLogKeys } from '#shared/platform/logger.ts';

/* Issue #34, point 4: one process serves invocations at once (the local runtime); their log keys stay apart. Tests log at ERROR only, so the lines here are errors. */
describe('log keys per invocation', () => {
  afterEach(() => vi.restoreAllMocks());

  it('two concurrent invocations each log their own route and correlation id', async () => {
    const lines: Record<string, unknown>[] = [];
    const capture = (chunk: unknown) => {
      for (const text of String(chunk).split('\n'))
        if (text.trim().startsWith('{')) lines.push(JSON.parse(text) as Record<string, unknown>);
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture as never);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture as never);
    vi.spyOn(console, 'info').mockImplementation((text: unknown) => capture(text));
    vi.spyOn(console, 'warn').mockImplementation((text: unknown) => capture(text));
    const invocation = (routeKey: string, correlationId: string, pause: number) =>
      withLogKeys({ routeKey, correlationId }, async () => {
        logger.error('start');
        await sleep(pause);
        logger.error('end', { step: 2 });
      });
    await Promise.all([invocation('POST /a', 'one', 20), invocation('GET /b', 'two', 5)]);
    logger.error('outside');
    const of = (message: string, correlationId?: string) =>
      lines.find((l) => l.message === message && l.correlationId === correlationId);
    expect(lines.filter((l) => l.message !== 'outside')).toHaveLength(4);
    for (const [route, id] of [
      ['POST /a', 'one'],
      ['GET /b', 'two'],
    ] as const) {
      expect(of('start', id)).toMatchObject({ routeKey: route });
      expect(of('end', id)).toMatchObject({ routeKey: route, step: 2 });
    }
    expect(lines.find((l) => l.message === 'outside')).not.toHaveProperty('routeKey');
  });
});
