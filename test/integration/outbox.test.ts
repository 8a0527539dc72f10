import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Runtime } from '#infra/local/runtime.ts';
import { challengeBody, fundThisYear, ORGS, registerOrganisations } from '../support/fixtures.ts';
import { publishWithConsents } from '../support/journeys.ts';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';

const started: Runtime[] = [];
afterAll(async () => {
  for (const runtime of started) await runtime.stop().catch(() => {});
});

describe('the outbox', () => {
  it('a crash between the state write and the publish still delivers the event', async () => {
    const tableName = `t-${randomUUID()}`;
    // First process: publishes, then "crashes" before its relay ever reads the stream.
    const first: TestApi = await startTestRuntime({ autoRelay: false, tableName });
    started.push(first.runtime);
    await registerOrganisations();
    await fundThisYear();
    const buyer = await first.as('buyer', ORGS.zuidHolland.oin);
    const { body } = await first.call('POST', '/challenges', { token: buyer, body: challengeBody() });
    expect((await publishWithConsents(first, body.id, buyer)).status).toBe(200);
    expect(first.runtime.bus.stats.published).toBe(0);
    await first.runtime.stop();

    // Second process on the same table: its relay finds the outbox item on the stream and delivers it.
    const second: TestApi = await startTestRuntime({ autoRelay: false, tableName });
    started.push(second.runtime);
    await second.runtime.settle();
    const listing = await second.call('GET', '/challenges');
    expect(listing.body.items.map((i: { id: string }) => i.id)).toContain(body.id);
  });
});
