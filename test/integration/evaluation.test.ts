import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '#shared/platform/clock.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';
import { marketplace, publishWithConsents } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';

let api: TestApi;
let buyer: string;
let challengeId: string;
let deadline: string;
const ids: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
const tokens = { a1: '', a2: '', outsider: '' };
let restore: (() => void) | undefined;

const afterDeadline = () => {
  restore = setClock(() => new Date(new Date(deadline).getTime() + 60_000));
};
afterEach(() => {
  restore?.();
  restore = undefined;
});

beforeAll(async () => {
  api = await marketplace();
  buyer = await api.as('buyer', ORGS.zuidHolland.oin);
  const created = await api.call('POST', '/challenges', { token: buyer, body: challengeBody() });
  challengeId = created.body.id;
  deadline = created.body.phases[0].submissionDeadline;
  await publishWithConsents(api, challengeId, buyer);
  const companies = {
    A: ['11111111', 4_700_000], // revised to 4_800_000 below
    B: ['22222222', 4_500_000],
    C: ['33333333', 5_000_000],
  } as const;
  for (const [letter, [kvk, amount]] of Object.entries(companies)) {
    const token = await api.as('sme', kvk);
    await api.call('PUT', '/organisations/me', {
      token,
      body: {
        name: `Bedrijf ${letter} B.V.`,
        staff: 5,
        turnoverCents: 50_000_000,
        balanceSheetCents: 20_000_000,
      },
    });
    const submitted = await api.call('POST', `/challenges/${challengeId}/phases/1/proposals`, {
      token,
      body: {
        summary: `Voorstel van bedrijf ${letter}.`,
        plan: 'Een plan van aanpak in drie stappen.',
        requestedAmountCents: amount,
        durationMonths: 6,
      },
    });
    ids[letter as 'A' | 'B' | 'C'] = submitted.body.id;
  }
  // What the ranking reads of each proposal follows it: A's revised amount; D bids and withdraws.
  const a = await api.as('sme', '11111111');
  const revised = await api.call('PATCH', `/proposals/${ids.A}`, {
    token: a,
    body: { requestedAmountCents: 4_800_000 },
  });
  expect(revised.status, JSON.stringify(revised.body)).toBe(200);
  const d = await api.as('sme', '44444444');
  await api.call('PUT', '/organisations/me', {
    token: d,
    body: { name: 'Bedrijf D B.V.', staff: 5, turnoverCents: 50_000_000, balanceSheetCents: 20_000_000 },
  });
  const withdrawn = await api.call('POST', `/challenges/${challengeId}/phases/1/proposals`, {
    token: d,
    body: {
      summary: 'Voorstel van bedrijf D.',
      plan: 'Een plan in twee stappen.',
      requestedAmountCents: 1_000_000,
      durationMonths: 6,
    },
  });
  expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(201);
  expect((await api.call('DELETE', `/proposals/${withdrawn.body.id}`, { token: d })).status).toBe(200);
  tokens.a1 = await api.as('assessor', ORGS.zuidHolland.oin, 'a1');
  tokens.a2 = await api.as('assessor', ORGS.ezk.oin, 'a2');
  tokens.outsider = await api.as('assessor', ORGS.noordHolland.oin, 'x9');
});
afterAll(() => api?.runtime.stop());

const score = (token: string, id: string, [impact, tech, econ]: number[]) =>
  api.call('PUT', `/proposals/${id}/scores`, {
    token,
    body: {
      scores: [
        { criterion: 'impact', score: impact },
        { criterion: 'technical-feasibility', score: tech },
        { criterion: 'economic-prospects', score: econ },
      ],
      motivation: 'Goed onderbouwd plan met een duidelijke markt.',
    },
  });

describe('evaluation', () => {
  it('the own buyer names the committee; others cannot', async () => {
    const committee = {
      assessors: [
        { oin: ORGS.zuidHolland.oin, assessorId: 'a1' },
        { oin: ORGS.ezk.oin, assessorId: 'a2', name: 'A. Twee' },
      ],
    };
    expect(
      (
        await api.call('PUT', `/challenges/${challengeId}/phases/1/committee`, {
          token: await api.as('buyer', ORGS.noordHolland.oin),
          body: committee,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api.call('PUT', `/challenges/${challengeId}/phases/1/committee`, {
          token: tokens.a1,
          body: committee,
        })
      ).status,
    ).toBe(403);
    const named = await api.call('PUT', `/challenges/${challengeId}/phases/1/committee`, {
      token: buyer,
      body: committee,
    });
    expect(named.status).toBe(200);
    expect(named.body.assessors).toHaveLength(2);
  });

  it('nothing is unsealed before the deadline', async () => {
    expect(
      (await api.call('GET', `/challenges/${challengeId}/phases/1/proposals`, { token: buyer })).body.type,
    ).toMatch(/sealed$/);
    expect(
      (await api.call('GET', `/challenges/${challengeId}/phases/1/ranking`, { token: tokens.a1 })).status,
    ).toBe(403);
    const declare = await api.call('POST', `/challenges/${challengeId}/phases/1/conflict-declarations`, {
      token: tokens.a1,
      body: { declarations: [{ proposalId: ids.A, conflictOfInterest: false }] },
    });
    expect(declare.status).toBe(403);
  });

  it('assessors declare before they read or score; a recused assessor cannot; declarations are final', async () => {
    afterDeadline();
    const list = await api.call('GET', `/challenges/${challengeId}/phases/1/proposals`, { token: tokens.a1 });
    expect(list.body.items.map((i: { companyName: string }) => i.companyName).sort()).toEqual([
      'Bedrijf A B.V.',
      'Bedrijf B B.V.',
      'Bedrijf C B.V.',
    ]);
    expect(
      (await api.call('GET', `/challenges/${challengeId}/phases/1/proposals`, { token: tokens.outsider }))
        .status,
    ).toBe(404);

    expect((await api.call('GET', `/proposals/${ids.A}`, { token: tokens.a1 })).body.type).toMatch(
      /declare-first$/,
    );
    expect((await score(tokens.a1, ids.A, [8, 6, 7])).body.type).toMatch(/declare-first$/);
    const outsider = await api.call('POST', `/challenges/${challengeId}/phases/1/conflict-declarations`, {
      token: tokens.outsider,
      body: { declarations: [{ proposalId: ids.A, conflictOfInterest: false }] },
    });
    expect(outsider.body.type).toMatch(/not-on-committee$/);

    const a1 = await api.call('POST', `/challenges/${challengeId}/phases/1/conflict-declarations`, {
      token: tokens.a1,
      body: {
        declarations: [ids.A, ids.B, ids.C].map((proposalId) => ({ proposalId, conflictOfInterest: false })),
      },
    });
    expect(a1.status).toBe(201);
    const a2 = await api.call('POST', `/challenges/${challengeId}/phases/1/conflict-declarations`, {
      token: tokens.a2,
      body: {
        declarations: [
          { proposalId: ids.A, conflictOfInterest: false },
          { proposalId: ids.B, conflictOfInterest: false },
          { proposalId: ids.C, conflictOfInterest: true, note: 'Oud-collega werkt bij bedrijf C.' },
        ],
      },
    });
    expect(a2.status).toBe(201);
    const again = await api.call('POST', `/challenges/${challengeId}/phases/1/conflict-declarations`, {
      token: tokens.a2,
      body: { declarations: [{ proposalId: ids.C, conflictOfInterest: false }] },
    });
    expect(again.status).toBe(409);
    expect((await api.call('GET', `/proposals/${ids.C}`, { token: tokens.a2 })).body.type).toMatch(
      /recused$/,
    );
    expect((await score(tokens.a2, ids.C, [1, 1, 1])).body.type).toMatch(/recused$/);
    expect((await api.call('GET', `/proposals/${ids.A}`, { token: tokens.a1 })).status).toBe(200);
  });

  it('the ranking waits until every assessor has finished', async () => {
    afterDeadline();
    expect((await score(tokens.a1, ids.A, [8, 6, 7])).status).toBe(200);
    const wrongCriteria = await api.call('PUT', `/proposals/${ids.A}/scores`, {
      token: tokens.a1,
      body: { scores: [{ criterion: 'price', score: 5 }], motivation: 'Prijs is niet een criterium hier.' },
    });
    expect(wrongCriteria.status).toBe(422);
    const early = await api.call('GET', `/challenges/${challengeId}/phases/1/ranking`, { token: buyer });
    expect(early.status).toBe(409);
    expect(early.body.progress).toEqual([
      { oin: ORGS.zuidHolland.oin, assessorId: 'a1', done: 1, of: 3 },
      { oin: ORGS.ezk.oin, assessorId: 'a2', done: 1, of: 3 }, // C counts: a2 recused
    ]);
  });

  it('ranks by weighted mean over non-recused assessors, ties by the documented rule', async () => {
    afterDeadline();
    await score(tokens.a2, ids.A, [6, 8, 7]); // A: means 7, 7, 7 → 7.0
    await score(tokens.a1, ids.B, [9, 5, 7]);
    await score(tokens.a2, ids.B, [5, 9, 7]); // B: means 7, 7, 7 → 7.0: equal to A on every criterion
    await score(tokens.a1, ids.C, [10, 4, 4]); // C: a1 only (a2 recused) → 4 + 1.2 + 1.2 = 6.4
    const ranking = await api.call('GET', `/challenges/${challengeId}/phases/1/ranking`, { token: buyer });
    expect(ranking.status, JSON.stringify(ranking.body)).toBe(200);
    expect(
      ranking.body.ranking.map((r: { proposalId: string; totalScore: number; assessorCount: number }) => [
        r.proposalId,
        r.totalScore,
        r.assessorCount,
      ]),
    ).toEqual([
      // A and B tie on every criterion: shown in id order until the lot at the award decision.
      ...[ids.A, ids.B].sort().map((id) => [id, 7, 2]),
      [ids.C, 6.4, 1],
    ]);
    expect(ranking.body.ranking.map((r: { tie?: string }) => r.tie)).toEqual([
      'lot-at-decision',
      'lot-at-decision',
      undefined,
    ]);
    expect(ranking.body.ranking[1].cumulativeRequestedCents).toBe(4_500_000 + 4_800_000);
    expect(ranking.body.tieBreak.en).toMatch(/drawing lots at the award decision/);
    expect(
      (await api.call('GET', `/challenges/${challengeId}/phases/1/ranking`, { token: tokens.a2 })).status,
    ).toBe(200);
    expect(
      (await api.call('GET', `/challenges/${challengeId}/phases/1/ranking`, { token: tokens.outsider }))
        .status,
    ).toBe(404);
    expect(
      (
        await api.call('GET', `/challenges/${challengeId}/phases/1/ranking`, {
          token: await api.as('sme', '11111111'),
        })
      ).status,
    ).toBe(403);
  });
});
