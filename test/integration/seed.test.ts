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

    // The agreement's 2018 SBIR row: EZK max € 2,5 mln · provinces max € 2,5 mln · total max € 5,0 mln.
    const officer = await api.as('officer', '00000099000000001000');
    const envelopes = await api.call('GET', '/programme-years/2018/envelopes', { token: officer });
    expect(envelopes.body.totals.sbir.ezk.capCents).toBe(250_000_000);
    expect(envelopes.body.totals.sbir.coFunders.capCents).toBe(250_000_000);
    expect(envelopes.body.totals.sbir.all.capCents).toBe(500_000_000);
    // Vaarwegen (€ 1 mln, 50-50) reserved € 500.000 on each side; part of it is awarded by now,
    // and what completed contracts did not spend went back to the envelopes.
    for (const side of [envelopes.body.totals.sbir.ezk, envelopes.body.totals.sbir.coFunders]) {
      expect(side.awardedCents).toBeGreaterThan(0);
      expect(side.reservedCents + side.awardedCents).toBeLessThan(50_000_000);
      expect(side.remainingCents + side.reservedCents + side.awardedCents).toBe(side.capCents);
    }

    // Proposals: five in the closed 2018 phase, evaluated (the ranking is complete); three in the open current call.
    const buyer = await api.as('buyer', '00000099000000002000');
    const ranking = await api.call('GET', `/challenges/${vaarwegen.id}/phases/1/ranking`, { token: buyer });
    expect(ranking.status).toBe(200);
    expect(ranking.body.ranking).toHaveLength(5);
    expect(ranking.body.ranking.filter((r: { assessorCount: number }) => r.assessorCount === 1)).toHaveLength(
      1,
    ); // one recusal
    const company = await api.as('sme', '50000001');
    const mine = await api.call('GET', '/me/proposals', { token: company });
    expect(mine.body.items.map((p: { status: string }) => p.status)).toEqual(['submitted', 'submitted']);
    const current = listing.body.items.find((i: { title: { nl: string } }) =>
      i.title.nl.startsWith('SBIR Emissievrije binnenvaart'),
    );
    expect(current.phases[0].status).toBe('open');

    // Awards: four in 2018, three completed, one terminated; the three are invited to phase 2.
    const items = await tableSnapshot();
    const awards = items.filter((i) => i.entity === 'Award');
    expect(awards.map((a) => a.status).sort()).toEqual(['completed', 'completed', 'completed', 'terminated']);
    expect(items.filter((i) => i.entity === 'PhaseInvitation')).toHaveLength(3);
    const stats = await api.call('GET', `/challenges/${vaarwegen.id}/phases/1/statistics`);
    expect(stats.body).toMatchObject({ proposals: 5, awarded: 4, successRate: 0.8 });

    await api.runtime.settle(); // projections of earlier requests are in: compare like with like
    const before = await tableSnapshot();
    expect(await seedDemoData()).toBe(false);
    expect(await tableSnapshot()).toEqual(before);
    // Seeding runs the whole demo, after the award too (four e-invoices checked against the rules).
  }, 180_000);
});
