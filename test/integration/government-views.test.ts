import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { challengeBody, ORGS } from '../support/fixtures.ts';
import { evaluatedPhase, marketplace, publishWithConsents } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';

/**
 * What the government side of the site reads: a buyer's own challenges, a challenge's awards, an
 * assessor's committees, and where a phase's evaluation stands (sealed before the deadline).
 */
let api: TestApi;
beforeAll(async () => {
  api = await marketplace();
});
afterAll(async () => api?.runtime.stop());

describe('a buyer’s own challenges', () => {
  it('lists drafts and published challenges of the caller’s organisation only, newest first', async () => {
    const zh = await api.as('buyer', ORGS.zuidHolland.oin);
    const nh = await api.as('buyer', ORGS.noordHolland.oin);
    const first = await api.call('POST', '/challenges', {
      token: zh,
      body: challengeBody({ title: { nl: 'Eerste' } }),
    });
    const second = await api.call('POST', '/challenges', {
      token: zh,
      body: challengeBody({ title: { nl: 'Tweede' } }),
    });
    expect((await publishWithConsents(api, second.body.id, zh)).status).toBe(200);
    const own = await api.call('GET', '/me/challenges', { token: zh });
    expect(own.status).toBe(200);
    const titles = own.body.items.map((c: { title: { nl: string } }) => c.title.nl);
    expect(titles.slice(0, 2)).toEqual(['Tweede', 'Eerste']);
    expect(own.body.items.find((c: { id: string }) => c.id === first.body.id).status).toBe('draft');
    const other = await api.call('GET', '/me/challenges', { token: nh });
    expect(other.body.items.map((c: { id: string }) => c.id)).not.toContain(first.body.id);
  });
});

describe('the register of government organisations', () => {
  it('lists every registered body by name, for the programme office, buyers and officers', async () => {
    const programme = await api.as('programme', ORGS.ezk.oin);
    const put = await api.call('PUT', '/government-organisations/00000099000000008000', {
      token: programme,
      body: { name: 'Aaa Waterschap (test)', kind: 'water-authority' },
    });
    expect(put.status).toBe(200);
    const list = await api.call('GET', '/government-organisations', {
      token: await api.as('buyer', ORGS.zuidHolland.oin),
    });
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toEqual({
      oin: '00000099000000008000',
      name: 'Aaa Waterschap (test)',
      kind: 'water-authority',
    });
    expect(list.body.items.map((o: { oin: string }) => o.oin)).toEqual(
      expect.arrayContaining(Object.values(ORGS).map((o) => o.oin)),
    );
    const names = list.body.items.map((o: { name: string }) => o.name);
    expect([...names].sort()).toEqual(names);
  });
});

describe('a phase’s evaluation, committees and awards', () => {
  it('hides who bid and how many until the deadline, then shows each proposal’s progress', async () => {
    const zh = await api.as('buyer', ORGS.zuidHolland.oin);
    const created = await api.call('POST', '/challenges', { token: zh, body: challengeBody() });
    await publishWithConsents(api, created.body.id, zh);
    const sme = await api.as('sme', '72000001');
    await api.call('PUT', '/organisations/me', {
      token: sme,
      body: { name: 'Bieder B.V.', staff: 3, turnoverCents: 1_000_000, balanceSheetCents: 1_000_000 },
    });
    await api.call('POST', `/challenges/${created.body.id}/phases/1/proposals`, {
      token: sme,
      body: {
        summary: 'Een voorstel vooraf.',
        plan: 'Een plan vooraf.',
        requestedAmountCents: 4_000_000,
        durationMonths: 6,
      },
    });
    await api.call('PUT', `/challenges/${created.body.id}/phases/1/committee`, {
      token: zh,
      body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'early', name: 'Vroege beoordelaar' }] },
    });
    const sealed = await api.call('GET', `/challenges/${created.body.id}/phases/1/evaluation`, { token: zh });
    expect(sealed.status).toBe(200);
    expect(sealed.body).toMatchObject({
      sealed: true,
      proposalCount: null,
      proposals: [],
      decisionTaken: false,
    });
    expect(sealed.body.committee.assessors).toEqual([
      { oin: ORGS.ezk.oin, assessorId: 'early', name: 'Vroege beoordelaar' },
    ]);
  });

  it('shows progress after the deadline, the assessor’s own to-do, its committees, and the awards', async () => {
    const { buyer, challengeId, proposals, restore } = await evaluatedPhase(api, {
      companies: 3,
      requestedCents: 4_000_000,
      phase1BudgetCents: 20_000_000,
      kvkBase: 73000001,
    });
    try {
      const judge = await api.as('assessor', ORGS.ezk.oin, 'judge');
      const mine = await api.call('GET', `/challenges/${challengeId}/phases/1/evaluation`, { token: judge });
      expect(mine.status).toBe(200);
      expect(mine.body.sealed).toBe(false);
      expect(mine.body.proposalCount).toBe(3);
      for (const p of mine.body.proposals)
        expect(p).toMatchObject({
          declared: 1,
          recused: 0,
          scored: 1,
          mine: { declared: true, recused: false, scored: true },
        });
      const asBuyer = await api.call('GET', `/challenges/${challengeId}/phases/1/evaluation`, {
        token: buyer,
      });
      expect(asBuyer.body.proposals[0].mine).toBeUndefined();

      const committees = await api.call('GET', '/me/committees', { token: judge });
      expect(committees.body.items).toContainEqual(expect.objectContaining({ challengeId, phase: 1 }));
      // Scoring has started: the committee is fixed (another committee could change the order).
      const renamed = await api.call('PUT', `/challenges/${challengeId}/phases/1/committee`, {
        token: buyer,
        body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'other' }] },
      });
      expect(renamed.status).toBe(409);
      expect(renamed.body.type).toMatch(/committee-fixed$/);
      const after = await api.call('GET', '/me/committees', { token: judge });
      expect(after.body.items).toContainEqual(expect.objectContaining({ challengeId, phase: 1 }));
      const other = await api.call('GET', '/me/committees', {
        token: await api.as('assessor', ORGS.ezk.oin, 'other'),
      });
      expect(other.body.items.map((c: { challengeId: string }) => c.challengeId)).not.toContain(challengeId);

      expect(
        (await api.call('GET', `/challenges/${challengeId}/awards`, { token: buyer })).body.items,
      ).toEqual([]);
      const decided = await api.call('POST', `/challenges/${challengeId}/phases/1/awards`, {
        token: buyer,
        body: {
          decisionId: randomUUID(),
          awards: proposals
            .slice(0, 2)
            .map((p) => ({ proposalId: p.id, startDate: '2027-02-01', endDate: '2027-07-31' })),
          reasons: 'De hoogst gerangschikte voorstellen passen samen binnen het budget van de fase.',
        },
      });
      expect(decided.status).toBe(201);
      const awards = await api.call('GET', `/challenges/${challengeId}/awards`, { token: buyer });
      expect(awards.body.items.map((a: { proposalId: string }) => a.proposalId).sort()).toEqual(
        proposals
          .slice(0, 2)
          .map((p) => p.id)
          .sort(),
      );
      const stranger = await api.call('GET', `/challenges/${challengeId}/awards`, {
        token: await api.as('buyer', ORGS.noordHolland.oin),
      });
      expect(stranger.status).toBe(404);
    } finally {
      restore();
    }
  });
});
