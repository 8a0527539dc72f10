import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '#infra/local/seed.ts';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestRuntime();
});
afterAll(() => api?.runtime.stop());

describe('demo data (npm start)', () => {
  it('seeds the real calls into the public listing through the bus, and only once', async () => {
    expect(await seedDemoData()).toBe(true);
    await api.runtime.settle();
    const listing = await api.call('GET', '/challenges?limit=100');
    const titles = listing.body.items.map((i: { title: { nl: string } }) => i.title.nl);
    expect(titles).toEqual(
      expect.arrayContaining([
        'SBIR Energietransitie Vaarwegen',
        'SBIR Geluidsreductie provinciale wegen',
        'SBIR Verduurzamen voedselproductie',
        'SBIR Circulaire Viaducten',
      ]),
    );
    expect(titles.some((t: string) => t.includes('concept'))).toBe(false); // the draft stays private
    const vaarwegen = listing.body.items.find(
      (i: { title: { nl: string } }) => i.title.nl === 'SBIR Energietransitie Vaarwegen',
    );
    expect(vaarwegen).toMatchObject({
      totalBudgetCents: 100_000_000,
      publishedAt: '2018-10-15T08:00:00.000Z',
    });
    expect(vaarwegen.funders.map((f: { shareBasisPoints: number }) => f.shareBasisPoints)).toEqual([
      5000, 5000,
    ]);
    const deadline = await api.call('GET', `/challenges/${vaarwegen.id}`);
    expect(deadline.body.phases[0].submissionDeadlineAmsterdam).toBe('2018-12-05T17:00:00+01:00');

    const before = await tableSnapshot();
    expect(await seedDemoData()).toBe(false);
    expect(await tableSnapshot()).toEqual(before);
  });
});
