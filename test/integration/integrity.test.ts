import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#shared/routes.ts';
import { ORGS } from '../support/fixtures.ts';
import { evaluatedPhase, expectStatus, marketplace } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * The integrity of the procedure (issue #14): what a procurement lawyer checks first.
 */
let api: TestApi;
afterAll(() => api?.runtime.stop());
beforeAll(async () => {
  api = await marketplace();
});

describe('evaluations frozen at the award decision', () => {
  let setup: Awaited<ReturnType<typeof evaluatedPhase>>;
  let judge: string;
  const phase1 = () => ({ challengeId: setup.challengeId, phase: 1 });

  beforeAll(async () => {
    setup = await evaluatedPhase(api, {
      companies: 3,
      requestedCents: 5_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 31_000_000,
    });
    judge = await api.as('assessor', ORGS.ezk.oin, 'judge');
  });
  afterAll(() => setup?.restore());

  it('keeps the ranking the decision rests on, and refuses every change to the evaluation after it — writing nothing', async () => {
    const before = await expectStatus(
      api.request(routes.phaseRanking, { token: setup.buyer, params: phase1() }),
      200,
    );
    expect(before.frozenAt).toBeUndefined();
    const decisionId = randomUUID();
    await expectStatus(
      api.request(routes.decideAwards, {
        token: setup.buyer,
        params: phase1(),
        body: {
          decisionId,
          awards: [
            { proposalId: before.ranking[0]!.proposalId, startDate: '2027-02-01', endDate: '2027-07-31' },
          ],
        },
      }),
      201,
    );
    const frozen = await expectStatus(
      api.request(routes.phaseRanking, { token: setup.buyer, params: phase1() }),
      200,
    );
    expect(frozen.frozenAt).toBeDefined();
    expect(frozen.ranking).toEqual(before.ranking);

    const table = await tableSnapshot();
    const attempts = [
      api.request(routes.nameCommittee, {
        token: setup.buyer,
        params: phase1(),
        body: { assessors: [{ oin: ORGS.zuidHolland.oin, assessorId: 'someone-else' }] },
      }),
      api.request(routes.declareConflicts, {
        token: judge,
        params: phase1(),
        body: { declarations: [{ proposalId: setup.proposals[2]!.id, conflictOfInterest: true }] },
      }),
      // A re-score that would move the awarded proposal from rank 1 to the bottom.
      api.request(routes.scoreProposal, {
        token: judge,
        params: { proposalId: before.ranking[0]!.proposalId },
        body: {
          scores: [
            { criterion: 'impact', score: 0 },
            { criterion: 'technical-feasibility', score: 0 },
            { criterion: 'economic-prospects', score: 0 },
          ],
          motivation: 'Herzien na de gunningsbeslissing.',
        },
      }),
    ];
    for (const attempt of attempts) {
      const refused = await attempt;
      expect(refused.status).toBe(409);
      expect(refused.problem?.type).toMatch(/evaluation-frozen$/);
    }
    expect(await tableSnapshot()).toEqual(table);

    // Feedback and the public statistics read the frozen ranking (no 409 after a rename attempt).
    const winner = setup.proposals.find((p) => p.id === before.ranking[0]!.proposalId)!;
    const feedback = await expectStatus(
      api.request(routes.proposalFeedback, { token: winner.token, params: { proposalId: winner.id } }),
      200,
    );
    expect(feedback).toMatchObject({
      rank: 1,
      of: 3,
      awarded: true,
      totalScore: before.ranking[0]!.totalScore,
    });
    const statistics = await expectStatus(api.request(routes.phaseStatistics, { params: phase1() }), 200);
    expect(statistics).toMatchObject({ proposals: 3, awarded: 1 });
  });
});
