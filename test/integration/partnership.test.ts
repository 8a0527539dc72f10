import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';
import { evaluatedPhase, expectStatus, marketplace, passStandstill } from '../support/journeys.ts';
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
      innovationPartnership: { mayEndPartnersAfterPhase: false },
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
        api.request(routes.decideAwards, {
          token: buyer,
          params: { challengeId, phase: 1 },
          body: {
            decisionId: randomUUID(),
            awards: setup.proposals.map((p) => ({
              proposalId: p.id,
              startDate: '2027-02-01',
              endDate: '2027-07-31',
            })),
          },
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
      const judge = await api.as('assessor', ORGS.ezk.oin, 'judge');
      await expectStatus(
        api.request(routes.declareConflicts, {
          token: judge,
          params: phase2,
          body: { declarations: bids.map((b) => ({ proposalId: b.id, conflictOfInterest: false })) },
        }),
        201,
      );
      // Price is the formula's, never an assessor's.
      const pricedByAssessor = await api.request(routes.scoreProposal, {
        token: judge,
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
      for (const [i, bid] of bids.entries()) {
        await expectStatus(
          api.request(routes.scoreProposal, {
            token: judge,
            params: { proposalId: bid.id },
            body: {
              scores: [{ criterion: 'quality', score: 8 - i }],
              motivation: 'Beoordeeld volgens de criteria van de uitvraag.',
            },
          }),
          200,
        );
      }

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
        api.request(routes.decideAwards, {
          token: buyer,
          params: phase2,
          body: {
            decisionId: randomUUID(),
            awards: proposalIds.map((proposalId) => ({
              proposalId,
              startDate: '2028-01-01',
              endDate: '2028-12-31',
            })),
          },
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
});
