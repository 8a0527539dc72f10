import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { challengeBody, ORGS, THIS_YEAR } from '../support/fixtures.ts';
import {
  decideAwards,
  declareAndScore,
  evaluatedPhase,
  expectStatus,
  marketplace,
  passStandstill,
} from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * Issue #15, point 4: an innovation partnership that did not announce ending or reducing partners
 * after a phase continues every partner that met the phase's targets — a next-phase decision that
 * drops one is refused — and so sets no minimum score for a later phase. Price is scored by the
 * announced formula on the tendered price, quality by the committee.
 */
let api: TestApi;
beforeAll(async () => {
  api = await marketplace();
});
afterAll(() => api?.runtime.stop());

describe('an innovation partnership that did not announce ending partners', () => {
  it('refuses a minimum score for a later phase at the field', async () => {
    const body = challengeBody({
      instrument: 'innovation-partnership',
      innovationPartnership: {
        mayEndPartnersAfterPhase: false,
        selectionCriteria: 'Ervaring met vergelijkbare ontwikkelprojecten.',
        candidatesToInvite: 3,
      },
    });
    body.phases = body.phases.map((p) => ({
      ...p,
      maxPerContractCents: 5_000_000,
      minimumScore: 5,
      criteria: [
        { key: 'quality', weightBasisPoints: 6000 },
        { key: 'price', weightBasisPoints: 4000 },
      ],
    }));
    const refused = await api.request(routes.createChallenge, {
      token: await api.as('buyer', ORGS.zuidHolland.oin),
      body,
    });
    expect(refused.status).toBe(422);
    expect(refused.problem?.errors?.map((e) => e.field)).toEqual(['body.phases.1.minimumScore']);
  });

  it('continues every partner that met its targets: a phase-2 decision that drops one is refused', async () => {
    const setup = await evaluatedPhase(api, {
      companies: 2,
      requestedCents: 5_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 47_000_000,
      partnership: { mayEndPartnersAfterPhase: false },
    });
    const restores: (() => void)[] = [setup.restore];
    try {
      const { buyer, challengeId } = setup;
      const phase1 = await expectStatus(
        decideAwards(api, {
          token: buyer,
          challengeId,
          phase: 1,
          proposalIds: setup.proposals.map((p) => p.id),
        }),
        201,
      );
      restores.push(await passStandstill(api, phase1.awards[0]!.standstillEndsAt!));
      for (const award of phase1.awards) {
        await expectStatus(
          api.request(routes.completeAward, { token: buyer, params: { awardId: award.id }, body: {} }),
          200,
        );
      }
      await api.runtime.settle();

      // Both partners met their targets and bid for phase 2; the committee scores them.
      const phase2 = { challengeId, phase: 2 as const };
      const bids = [];
      for (const [i, partner] of setup.proposals.entries()) {
        bids.push(
          await expectStatus(
            api.request(routes.submitProposal, {
              token: partner.token,
              params: phase2,
              body: {
                summary: 'Het prototype uit fase 1, nu op ware grootte.',
                plan: 'Bouwen, testen en demonstreren.',
                requestedAmountCents: i === 0 ? 5_000_000 : 4_000_000, // the tendered price
                durationMonths: 12,
              },
            }),
            201,
          ),
        );
      }
      await expectStatus(
        api.request(routes.nameCommittee, {
          token: buyer,
          params: phase2,
          body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }] },
        }),
        200,
      );
      const challenge = await expectStatus(
        api.request(routes.getChallenge, { params: { challengeId } }),
        200,
      );
      const deadline = challenge.phases[1]!.submissionDeadline;
      restores.push(setClock(() => new Date(Date.parse(deadline) + 60_000)));
      await declareAndScore(api, {
        ...phase2,
        proposalIds: bids.map((b) => b.id),
        scores: (i) => [{ criterion: 'quality', score: 8 - i }],
      });
      // Price is the formula's, never an assessor's.
      const pricedByAssessor = await api.request(routes.scoreProposal, {
        token: await api.as('assessor', ORGS.ezk.oin, 'judge'),
        params: { proposalId: bids[0]!.id },
        body: {
          scores: [
            { criterion: 'quality', score: 8 },
            { criterion: 'price', score: 10 },
          ],
          motivation: 'Ook de prijs beoordeeld.',
        },
      });
      expect(pricedByAssessor.status).toBe(422);
      expect(pricedByAssessor.problem?.type).toMatch(/criteria-mismatch$/);

      // Quality 8 and 7 (60%); price € 50.000 and € 40.000 → 40.000 ÷ 50.000 × 10 = 8 and 10 (40%):
      // 8 × 0,6 + 8 × 0,4 = 8,0 against 7 × 0,6 + 10 × 0,4 = 8,2 — the cheaper offer ranks first.
      const ranking = await expectStatus(
        api.request(routes.phaseRanking, { token: buyer, params: phase2 }),
        200,
      );
      expect(
        ranking.ranking.map((r) => [
          r.proposalId,
          r.criterionScores.quality,
          r.criterionScores.price,
          r.totalScore,
        ]),
      ).toEqual([
        [bids[1]!.id, 7, 10, 8.2],
        [bids[0]!.id, 8, 8, 8],
      ]);

      const decide = (proposalIds: string[]) =>
        decideAwards(api, {
          token: buyer,
          ...phase2,
          proposalIds,
          period: { startDate: '2028-01-01', endDate: '2028-12-31' },
        });
      await api.runtime.settle();
      const before = await tableSnapshot();
      const dropping = await decide([bids[0]!.id]);
      expect(dropping.status).toBe(422);
      expect(dropping.problem?.type).toMatch(/partner-dropped$/);
      expect(dropping.problem?.proposalIds).toEqual([bids[1]!.id]);
      expect(await tableSnapshot()).toEqual(before);
      await expectStatus(decide(bids.map((b) => b.id)), 201);
    } finally {
      for (const restore of restores.reverse()) restore();
    }
  });

  it('invites at least 3 suitable candidates to negotiate, with reasons, and awards phase 1 to invited ones only', async () => {
    const setup = await evaluatedPhase(api, {
      companies: 4,
      requestedCents: 5_000_000,
      phase1BudgetCents: 20_000_000,
      kvkBase: 47_100_000,
      partnership: { mayEndPartnersAfterPhase: false },
      selectAll: false,
    });
    try {
      const { buyer, challengeId, proposals } = setup;
      const phase1 = { challengeId, phase: 1 as const };
      const decide = (proposalIds: string[]) => decideAwards(api, { token: buyer, ...phase1, proposalIds });
      const unselected = await decide([proposals[0]!.id]);
      expect(unselected.status).toBe(409);
      expect(unselected.problem?.type).toMatch(/selection-missing$/);

      const candidate = (i: number, suitable: boolean, invited: boolean) => ({
        proposalId: proposals[i]!.id,
        suitable,
        invited,
        reasons: invited
          ? 'Geschikt en uitgenodigd: sterk consortium.'
          : 'Geschikt, maar het minst sterke plan.',
      });
      const select = (candidates: ReturnType<typeof candidate>[], token = buyer) =>
        api.request(routes.recordSelection, { token, params: phase1, body: { candidates } });
      await api.runtime.settle();
      const before = await tableSnapshot();
      const tooFew = await select([
        candidate(0, true, true),
        candidate(1, true, true),
        candidate(2, true, false),
        candidate(3, true, false),
      ]);
      expect(tooFew.status).toBe(422);
      expect(tooFew.problem?.errors?.map((e) => e.field)).toEqual(['body.candidates']);
      expect(tooFew.problem?.errors?.[0]?.message).toMatch(/invite at least 3/);
      const unsuitableInvited = await select([
        candidate(0, true, true),
        candidate(1, true, true),
        candidate(2, false, true),
        candidate(3, true, true),
      ]);
      expect(unsuitableInvited.problem?.errors?.map((e) => e.field)).toContain('body.candidates.2.invited');
      // The call announced 3 candidates: inviting all 4 suitable ones is more than it announced.
      const tooMany = await select([
        candidate(0, true, true),
        candidate(1, true, true),
        candidate(2, true, true),
        candidate(3, true, true),
      ]);
      expect(tooMany.status).toBe(422);
      expect(tooMany.problem?.errors?.[0]?.message).toMatch(/announced 3 candidates/);
      const missing = await select([
        candidate(0, true, true),
        candidate(1, true, true),
        candidate(2, true, true),
      ]);
      expect(missing.problem?.errors?.[0]?.message).toMatch(/judge every request to participate: 1 missing/);
      expect(
        (await select([candidate(0, true, true)], await api.as('buyer', ORGS.noordHolland.oin))).status,
      ).toBe(404);
      expect(await tableSnapshot()).toEqual(before);

      const chosen = [
        candidate(0, true, true),
        candidate(1, true, true),
        candidate(2, true, true),
        candidate(3, true, false),
      ];
      const selection = await expectStatus(select(chosen), 201);
      expect(selection.candidates.map((c) => [c.companyKvk, c.suitable, c.invited])).toEqual(
        proposals.map((p, i) => [p.kvk, true, i < 3]),
      );
      expect(
        await expectStatus(api.request(routes.getSelection, { token: buyer, params: phase1 }), 200),
      ).toEqual(selection);
      const again = await select(chosen);
      expect(again.status).toBe(409);
      expect(again.problem?.type).toMatch(/selection-recorded$/);

      const notInvited = await decide([proposals[3]!.id]);
      expect(notInvited.status).toBe(422);
      expect(notInvited.problem?.type).toMatch(/not-invited$/);
      await expectStatus(decide(proposals.slice(0, 3).map((p) => p.id)), 201);
      // The open data states the selection stage as the call announced it.
      const ocds = (await api.call('GET', `/reports/ocds?year=${THIS_YEAR}`)).body as {
        releases: { tender: { id: string; eligibilityCriteria?: string } }[];
      };
      expect(ocds.releases.find((r) => r.tender.id === challengeId)!.tender.eligibilityCriteria).toMatch(
        /^Selectiecriteria: .+ Aantal uit te nodigen kandidaten: 3\.$/,
      );
    } finally {
      setup.restore();
    }
  });

  it('has no selection stage in an SBIR call', async () => {
    const setup = await evaluatedPhase(api, {
      companies: 1,
      requestedCents: 5_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 47_200_000,
    });
    try {
      const refused = await api.request(routes.recordSelection, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId, phase: 1 },
        body: {
          candidates: [
            {
              proposalId: setup.proposals[0]!.id,
              suitable: true,
              invited: true,
              reasons: 'Geschikt bevonden.',
            },
          ],
        },
      });
      expect(refused.status).toBe(409);
      expect(refused.problem?.type).toMatch(/no-selection-stage$/);
    } finally {
      setup.restore();
    }
  });
});
