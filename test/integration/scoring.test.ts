import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#shared/routes.ts';
import { ORGS } from '../support/fixtures.ts';
import { decideAwards, evaluatedPhase, marketplace } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * An assessor motivates each score; reopening a scored proposal shows what was given; the
 * decision letter quotes the motivation beside each score.
 */
let api: TestApi;
let setup: Awaited<ReturnType<typeof evaluatedPhase>>;
let judge: string;

beforeAll(async () => {
  api = await marketplace();
  setup = await evaluatedPhase(api, {
    companies: 2,
    requestedCents: 5_000_000,
    phase1BudgetCents: 5_000_000,
    kvkBase: 31_000_000,
  });
  judge = await api.as('assessor', ORGS.ezk.oin, 'judge');
});
afterAll(async () => {
  setup?.restore();
  await api?.runtime.stop();
});

const WHY = {
  impact: 'Lost het knelpunt bij de sluizen aantoonbaar op.',
  'technical-feasibility': 'Bewezen sensoren; de risico’s zijn benoemd.',
  'economic-prospects': 'Andere waterbeheerders zijn een duidelijke markt.',
} as const;

describe('scores with a motivation per criterion', () => {
  it('takes a motivation per criterion instead of an overall one, and shows the assessor what was given', async () => {
    const proposalId = setup.proposals[0]!.id;
    const scored = await api.request(routes.scoreProposal, {
      token: judge,
      params: { proposalId },
      body: {
        scores: Object.entries(WHY).map(([criterion, motivation]) => ({
          criterion: criterion as keyof typeof WHY,
          score: 10,
          motivation,
        })),
      },
    });
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    const mine = await api.request(routes.myScores, { token: judge, params: { proposalId } });
    expect(mine.status).toBe(200);
    expect(mine.body.scores).toEqual(
      expect.arrayContaining([{ criterion: 'impact', score: 10, motivation: WHY.impact }]),
    );
    expect(mine.body.motivation).toBe('');
    // Another assessor's scores are not the caller's to read.
    const other = await api.as('assessor', ORGS.ezk.oin, 'someone-else');
    expect((await api.request(routes.myScores, { token: other, params: { proposalId } })).status).toBe(404);
  });

  it('refuses scores without any motivation at the motivation, writing nothing', async () => {
    await api.runtime.settle();
    const before = await tableSnapshot();
    const refused = await api.request(routes.scoreProposal, {
      token: judge,
      params: { proposalId: setup.proposals[1]!.id },
      body: {
        scores: [
          { criterion: 'impact', score: 5 },
          { criterion: 'technical-feasibility', score: 5, motivation: WHY['technical-feasibility'] },
          { criterion: 'economic-prospects', score: 5 },
        ],
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.problem?.errors).toEqual([expect.objectContaining({ field: 'body.motivation' })]);
    expect(await tableSnapshot()).toEqual(before);
  });

  it('the decision letter quotes each criterion’s motivation beside its score', async () => {
    const [winner] = setup.proposals;
    const decided = await decideAwards(api, {
      token: setup.buyer,
      challengeId: setup.challengeId,
      phase: 1,
      proposalIds: [winner!.id],
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const letter = await api.request(routes.decisionLetter, {
      token: winner!.token,
      params: { proposalId: winner!.id, decisionId: decided.body.decisionId },
    });
    expect(letter.status).toBe(200);
    expect(letter.body.own?.assessments).toEqual([
      {
        assessor: 'Assessor 1',
        motivation: '',
        scores: expect.arrayContaining([
          { criterion: 'economic-prospects', score: 10, motivation: WHY['economic-prospects'] },
        ]),
      },
    ]);
  });
});
