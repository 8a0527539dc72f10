import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeadLetters, redriveDeadLetters } from '#infra/local/dead-letters.ts';
import { challengeBody, fundThisYear, ORGS, registerOrganisations } from '../support/fixtures.ts';
import { publishWithConsents } from '../support/journeys.ts';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';

let api: TestApi;
let projectionDown = true;

beforeAll(async () => {
  api = await startTestRuntime({
    autoRelay: false,
    maxAttempts: 3,
    beforeDelivery: (rule) => {
      if (projectionDown && rule === 'ChallengeListingProjection')
        throw new Error('listing projection is down');
    },
  });
  await registerOrganisations();
  await fundThisYear();
});
afterAll(() => api?.runtime.stop());

describe('dead letters', () => {
  it('a delivery that keeps failing is dead-lettered, and re-driven once the consumer is fixed', async () => {
    const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
    const { body } = await api.call('POST', '/challenges', { token: buyer, body: challengeBody() });
    await publishWithConsents(api, body.id, buyer);
    await api.runtime.settle();

    const letters = await listDeadLetters('ChallengeListingProjection');
    expect(letters).toEqual([
      expect.objectContaining({
        rule: 'ChallengeListingProjection',
        attempts: 3,
        error: 'listing projection is down',
      }),
    ]);
    expect(letters[0]!.event['detail-type']).toBe('ChallengePublished');
    expect((await api.call('GET', '/challenges')).body.items).toEqual([]);

    projectionDown = false;
    expect(await redriveDeadLetters()).toEqual({ redriven: 1, failed: 0 });
    expect((await api.call('GET', '/challenges')).body.items.map((i: { id: string }) => i.id)).toEqual([
      body.id,
    ]);
    expect(await listDeadLetters()).toEqual([]);
    expect(await redriveDeadLetters()).toEqual({ redriven: 0, failed: 0 });
  });
});
