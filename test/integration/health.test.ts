import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';

/** `npm start` answers `/health` with 503 `starting` until its demo data is in, then ok. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestRuntime({ startReady: false });
});
afterAll(async () => {
  await api?.runtime.stop();
});

describe('health while starting', () => {
  it('is 503 starting (a problem document) until the runtime is ready, then 200 ok', async () => {
    const starting = await api.call('GET', '/health');
    expect(starting.status).toBe(503);
    expect(starting.headers.get('content-type')).toBe('application/problem+json');
    expect(starting.headers.get('retry-after')).toBe('1');
    expect(starting.body).toMatchObject({ status: 503, state: 'starting' });
    expect(starting.body.type).toMatch(/\/starting$/);
    // Other routes answer meanwhile (the seed itself goes through them).
    expect((await api.call('GET', '/challenges')).status).toBe(200);

    api.runtime.markReady();
    const ok = await api.call('GET', '/health');
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('ok');
  });
});
