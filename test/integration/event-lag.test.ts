import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundThisYear, registerOrganisations } from '../support/fixtures.ts';
import { draftedChallenge } from '../support/journeys.ts';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';

/*
 * The local `/health` says how far the event consumers are behind the writes: stream records read
 * and not yet applied by every consumer, and how long the oldest has waited.
 */
let api: TestApi;
let release: () => void = () => {};
let held = new Promise<void>((resolve) => {
  release = resolve;
});
beforeAll(async () => {
  // Deliveries wait until the test lets them go.
  api = await startTestRuntime({ autoRelay: false, beforeDelivery: () => held });
  await registerOrganisations();
  await fundThisYear();
});
afterAll(async () => {
  release();
  await api?.runtime.stop();
});

describe('the consumers’ lag in /health', () => {
  it('counts what is read and not yet applied, with the oldest one’s wait, and is 0 once applied', async () => {
    expect((await api.call('GET', '/health')).body.events).toEqual({ waiting: 0, oldestSeconds: 0 });
    await draftedChallenge(api);
    await api.runtime.relay.pollOnce();
    await new Promise((resolve) => setTimeout(resolve, 250));
    const behind = (await api.call('GET', '/health')).body.events;
    expect(behind.waiting).toBeGreaterThan(0);
    expect(behind.oldestSeconds).toBeGreaterThanOrEqual(0.2);
    release();
    await api.runtime.settle();
    held = Promise.resolve();
    expect((await api.call('GET', '/health')).body.events).toEqual({ waiting: 0, oldestSeconds: 0 });
  });
});
