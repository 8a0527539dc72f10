import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lotDraw } from '#shared/evaluation/ranking.ts';
import { setClock } from '#shared/platform/clock.ts';
import { routes, routeTable } from '#shared/routes.ts';
import { challengeBody, ORGS, THIS_YEAR } from '../support/fixtures.ts';
import {
  DECISION_REASONS,
  draftedChallenge,
  evaluatedPhase,
  expectStatus,
  marketplace,
  publishedChallenge,
} from '../support/journeys.ts';
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

describe('co-funder consent before publication', () => {
  it('the lead buyer must fund it; each co-funder approves its own share; publishing names who has not', async () => {
    const zh = await api.as('buyer', ORGS.zuidHolland.oin);
    const nh = await api.as('buyer', ORGS.noordHolland.oin);
    const ezkBuyer = await api.as('buyer', ORGS.ezk.oin);
    const ezkProgramme = await api.as('programme', ORGS.ezk.oin);

    // Noord-Holland cannot draft a challenge that only others pay for.
    const notFunding = await api.request(routes.createChallenge, {
      token: nh,
      body: challengeBody({ funders: [{ oin: ORGS.ezk.oin, shareBasisPoints: 10_000 }] }),
    });
    expect(notFunding.status).toBe(422);
    expect(notFunding.problem?.type).toMatch(/lead-buyer-not-funder$/);

    const draft = await draftedChallenge(api, { token: zh });
    const consent = (token: string, body: Parameters<typeof answer>[1], funderOin = ORGS.ezk.oin) =>
      answer(token, body, funderOin);
    const answer = (
      token: string,
      body: { decision: 'approve' } | { decision: 'decline'; reason: string } | { decision: 'withdraw' },
      funderOin: string,
    ) => api.request(routes.decideConsent, { token, params: { challengeId: draft.id, funderOin }, body });
    const publish = () =>
      api.request(routes.publishChallenge, { token: zh, params: { challengeId: draft.id } });

    // EZK is asked; it sees the request with its exact share of the budget.
    const requests = (await api.request(routes.myConsentRequests, { token: ezkBuyer })).body.items;
    expect(requests.find((r) => r.challengeId === draft.id)).toMatchObject({
      status: 'requested',
      amountCents: 50_000_000,
      leadBuyer: { oin: ORGS.zuidHolland.oin },
    });
    const refused = await publish();
    expect(refused.status).toBe(409);
    expect(refused.problem).toMatchObject({
      type: expect.stringMatching(/consent-missing$/),
      missing: [{ funderOin: ORGS.ezk.oin, status: 'requested' }],
    });

    // Nobody approves on EZK's behalf: not the lead buyer, not another province.
    expect((await consent(zh, { decision: 'approve' })).status).toBe(404);
    expect((await consent(nh, { decision: 'approve' })).status).toBe(404);
    expect((await answer(zh, { decision: 'approve' }, ORGS.zuidHolland.oin)).status).toBe(404);

    // EZK declines with a reason, then its programme office approves; an approval can be withdrawn.
    expect(
      (await consent(ezkBuyer, { decision: 'decline', reason: 'Budget 2026 is al toegezegd.' })).status,
    ).toBe(200);
    expect((await publish()).problem).toMatchObject({ missing: [{ status: 'declined' }] });
    expect((await consent(ezkProgramme, { decision: 'approve' })).status).toBe(200);
    expect((await consent(ezkBuyer, { decision: 'withdraw' })).status).toBe(200);
    expect((await publish()).status).toBe(409);
    expect((await consent(ezkBuyer, { decision: 'approve' })).status).toBe(200);

    // Changing the funding after consent asks again.
    const edited = await api.request(routes.updateChallenge, {
      token: zh,
      params: { challengeId: draft.id },
      body: { phases: challengeBody().phases.map((p) => ({ ...p, budgetCents: p.budgetCents + 2_000_000 })) },
    });
    expect(edited.status).toBe(200);
    const asked = (
      await api.request(routes.challengeConsents, { token: zh, params: { challengeId: draft.id } })
    ).body.items;
    expect(asked).toEqual([
      expect.objectContaining({
        funderOin: ORGS.ezk.oin,
        status: 'requested',
        fundingVersion: 2,
        amountCents: 52_000_000,
      }),
    ]);
    expect((await publish()).status).toBe(409);
    // A title change is not a funding change: the consent stands.
    expect((await consent(ezkBuyer, { decision: 'approve' })).status).toBe(200);
    await expectStatus(
      api.request(routes.updateChallenge, {
        token: zh,
        params: { challengeId: draft.id },
        body: { title: { nl: 'SBIR Schone vaarwegen 2027' } },
      }),
      200,
    );
    // Paying the company directly instead of settling with the lead buyer is another way to pay:
    // EZK is asked again, and sees how it is to pay.
    await expectStatus(
      api.request(routes.updateChallenge, {
        token: zh,
        params: { challengeId: draft.id },
        body: {
          funders: challengeBody().funders.map((f) =>
            f.oin === ORGS.ezk.oin ? { ...f, paysDirectly: true } : f,
          ),
        },
      }),
      200,
    );
    const direct = (
      await api.request(routes.challengeConsents, { token: zh, params: { challengeId: draft.id } })
    ).body.items;
    expect(direct).toEqual([
      expect.objectContaining({ funderOin: ORGS.ezk.oin, status: 'requested', paysDirectly: true }),
    ]);
    expect((await publish()).status).toBe(409);
    expect((await consent(ezkBuyer, { decision: 'approve' })).status).toBe(200);
    expect((await publish()).status).toBe(200);

    // After publication the consent is fixed; every step is in the audit trail.
    expect((await consent(ezkBuyer, { decision: 'withdraw' })).status).toBe(409);
    await api.runtime.settle();
    const consentEvents = (await tableSnapshot())
      .filter((i) => i.entity === 'OutboxEvent' && i.detailType === 'FundingConsentRecorded')
      .map((i) => JSON.parse(i.detail as string).data)
      .filter((d) => d.challengeId === draft.id)
      .map((d) => d.status);
    expect(consentEvents.sort()).toEqual(
      [
        'requested',
        'declined',
        'approved',
        'withdrawn',
        'approved',
        'requested',
        'approved',
        'requested',
        'approved',
      ].sort(),
    );
  });
});

describe('consent covers exactly what the funder pays for', () => {
  it('a new split over the phases asks again; an approval of last year does not reach into this year’s envelope', async () => {
    const zh = await api.as('buyer', ORGS.zuidHolland.oin);
    const ezk = await api.as('buyer', ORGS.ezk.oin);
    // 30 December, 10:00 Amsterdam: the draft is made and approved in the old programme year.
    const start = `${THIS_YEAR}-12-30T09:00:00.000Z`;
    const restoreStart = setClock(() => new Date(start));
    const day = (n: number) => new Date(Date.parse(start) + n * 86_400_000).toISOString();
    const body = challengeBody();
    const phases = body.phases.map((p, i) => ({ ...p, submissionDeadline: day(i === 0 ? 40 : 300) }));
    const draft = await draftedChallenge(api, { token: zh, body: { ...body, phases } });
    const approve = () =>
      api.request(routes.decideConsent, {
        token: ezk,
        params: { challengeId: draft.id, funderOin: ORGS.ezk.oin },
        body: { decision: 'approve' },
      });
    const publish = () =>
      api.request(routes.publishChallenge, { token: zh, params: { challengeId: draft.id } });
    const request = async () =>
      (await api.request(routes.myConsentRequests, { token: ezk })).body.items.find(
        (r) => r.challengeId === draft.id,
      );
    try {
      // EZK sees what it approves: SBIR, this programme year, half of each phase (40/60 over the phases).
      expect(await request()).toMatchObject({
        instrument: 'sbir',
        programmeYear: THIS_YEAR,
        amountCents: 50_000_000,
        phaseAmounts: [
          { phase: 1, amountCents: 20_000_000 },
          { phase: 2, amountCents: 30_000_000 },
        ],
      });
      expect((await approve()).status).toBe(200);

      // The same total and shares split 90/10 over the phases is other money per phase: asked again.
      await expectStatus(
        api.request(routes.updateChallenge, {
          token: zh,
          params: { challengeId: draft.id },
          body: {
            phases: [
              { ...phases[0]!, budgetCents: 90_000_000 },
              { ...phases[1]!, budgetCents: 10_000_000, maxPerContractCents: 5_000_000 },
            ],
          },
        }),
        200,
      );
      expect(await request()).toMatchObject({
        status: 'requested',
        fundingVersion: 2,
        phaseAmounts: [
          { phase: 1, amountCents: 45_000_000 },
          { phase: 2, amountCents: 5_000_000 },
        ],
      });
      expect((await publish()).problem).toMatchObject({
        missing: [{ funderOin: ORGS.ezk.oin, status: 'requested' }],
      });
      expect((await approve()).status).toBe(200);
    } finally {
      restoreStart();
    }

    // 2 January: the approval was for last year's envelopes; publishing now would draw on this year's.
    const restoreNewYear = setClock(() => new Date(`${THIS_YEAR + 1}-01-02T09:00:00.000Z`));
    try {
      const refused = await publish();
      expect(refused.status).toBe(409);
      expect(refused.problem).toMatchObject({ missing: [{ funderOin: ORGS.ezk.oin, status: 'requested' }] });
      expect(await request()).toMatchObject({ status: 'requested', programmeYear: THIS_YEAR });
      // EZK approves for the new year; now the call is published, its reservation in the new year's envelope.
      expect((await approve()).status).toBe(200);
      expect(await request()).toMatchObject({ status: 'approved', programmeYear: THIS_YEAR + 1 });
      const published = await expectStatus(publish(), 200);
      expect(published.programmeYear).toBe(THIS_YEAR + 1);
    } finally {
      restoreNewYear();
    }
  });
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
          reasons: DECISION_REASONS,
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

    // The consumers of the decision's events may still be appending to the audit trail: leave it aside.
    const state = async () =>
      (await tableSnapshot()).filter((i) => !/^(AUDIT|PROCESSED)#/.test(String(i.pk)));
    await api.runtime.settle(); // the standstill's schedule is in
    const table = await state();
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
    expect(await state()).toEqual(table);

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

describe('a decision racing a re-score', () => {
  it('never freezes a ranking that the scores no longer give', async () => {
    const race = await evaluatedPhase(api, {
      companies: 3,
      requestedCents: 5_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 32_000_000,
    });
    try {
      const judge = await api.as('assessor', ORGS.ezk.oin, 'judge');
      const params = { challengeId: race.challengeId, phase: 1 };
      const ranking = (await api.request(routes.phaseRanking, { token: race.buyer, params })).body.ranking;
      // The third proposal's total as the stored scores give it: a re-score of an earlier round
      // (whose decision lost the race) has landed already.
      let stored = ranking[2]!.totalScore;
      for (let round = 0; round < 5; round++) {
        const [decided, rescored] = await Promise.all([
          api.request(routes.decideAwards, {
            token: race.buyer,
            params,
            body: {
              decisionId: randomUUID(),
              awards: [
                { proposalId: ranking[0]!.proposalId, startDate: '2027-02-01', endDate: '2027-07-31' },
              ],
              reasons: DECISION_REASONS,
            },
          }),
          api.request(routes.scoreProposal, {
            token: judge,
            params: { proposalId: ranking[2]!.proposalId },
            body: {
              scores: [
                { criterion: 'impact', score: 10 },
                { criterion: 'technical-feasibility', score: 10 },
                { criterion: 'economic-prospects', score: 10 },
              ],
              motivation: 'Herzien: toch het sterkste voorstel.',
            },
          }),
        ]);
        if (decided.status !== 201) {
          // Refused as stale, or — the re-score landed first and the lot put it ahead — as passing
          // over the new rank 1 without a reason.
          expect(decided.problem?.type).toMatch(/(concurrent-change|pass-over-unreasoned)$/);
          if (rescored.status === 200) stored = 10;
          continue;
        }
        // The decision stands: the ranking it froze is the one the stored scores give — with the
        // re-score if that landed first, without it if it was refused as too late.
        const frozen = (await api.request(routes.phaseRanking, { token: race.buyer, params })).body.ranking;
        const rescoredEntry = frozen.find((r) => r.proposalId === ranking[2]!.proposalId)!;
        if (rescored.status === 200) expect(rescoredEntry.totalScore).toBe(10);
        else {
          expect(rescored.problem?.type).toMatch(/evaluation-frozen$/);
          expect(rescoredEntry.totalScore).toBe(stored);
        }
        break;
      }
    } finally {
      race.restore();
    }
  });
});

describe('the tie-break the call announced', () => {
  it('is stated on the call, and a tie on every criterion is settled by a reproducible lot at the decision, recorded', async () => {
    // Scores 10, 9, …, 1, 0, 0: the last two tie on every criterion.
    const tied = await evaluatedPhase(api, {
      companies: 12,
      requestedCents: 1_000_000,
      phase1BudgetCents: 20_000_000,
      kvkBase: 33_000_000,
    });
    try {
      const params = { challengeId: tied.challengeId, phase: 1 };
      const challenge = (
        await api.request(routes.getChallenge, { params: { challengeId: tied.challengeId } })
      ).body;
      expect(challenge.tieBreak?.nl).toMatch(/loting/);
      const before = (await api.request(routes.phaseRanking, { token: tied.buyer, params })).body.ranking;
      const pair = before.filter((r) => r.tie).map((r) => r.proposalId);
      expect(pair).toHaveLength(2);
      expect(before.filter((r) => r.tie).every((r) => r.tie === 'lot-at-decision')).toBe(true);

      // The lot's seed was drawn at publication: only its SHA-256 is on the call, before any tie shows.
      const commitment = challenge.phases[0]!.lotCommitment!;
      expect(commitment).toMatch(/^[0-9a-f]{64}$/);
      expect((await api.request(routes.phaseRanking, { token: tied.buyer, params })).body).toMatchObject({
        lotCommitment: commitment,
      });
      expect(
        (await api.request(routes.phaseRanking, { token: tied.buyer, params })).body.lotSeed,
      ).toBeUndefined();

      const decisionId = randomUUID();
      await expectStatus(
        api.request(routes.decideAwards, {
          token: tied.buyer,
          params,
          body: {
            decisionId,
            awards: [{ proposalId: before[0]!.proposalId, startDate: '2027-02-01', endDate: '2027-07-31' }],
            reasons: DECISION_REASONS,
          },
        }),
        201,
      );
      // The decision reveals the seed: it matches the commitment, and anyone can redo the draw.
      const frozen = (await api.request(routes.phaseRanking, { token: tied.buyer, params })).body;
      const seed = frozen.lotSeed!;
      expect(createHash('sha256').update(seed).digest('hex')).toBe(commitment);
      const drawn = [...pair].sort((a, b) => lotDraw(seed, a).localeCompare(lotDraw(seed, b)));
      const after = frozen.ranking;
      expect(after.filter((r) => r.tie).map((r) => [r.proposalId, r.tie])).toEqual(
        drawn.map((id) => [id, 'settled-by-lot']),
      );
      const frozenEvents = (await tableSnapshot())
        .filter((i) => i.entity === 'OutboxEvent' && i.detailType === 'PhaseRankingFrozen')
        .map((i) => JSON.parse(i.detail as string).data)
        .filter((d) => d.challengeId === tied.challengeId);
      expect(frozenEvents).toEqual([
        expect.objectContaining({
          decisionId,
          rankedProposals: 12,
          lotSeed: seed,
          lotCommitment: commitment,
          lots: [{ proposalIds: drawn, draws: drawn.map((id) => lotDraw(seed, id)) }],
        }),
      ]);
      await api.runtime.settle();
      // Phase 2 takes bids now, so the trail holds back what happened since phase 1 closed: read it after.
      setClock(() => new Date(Date.parse(challenge.phases[1]!.submissionDeadline) + 60_000));
      const officer = await api.as('officer', ORGS.ezk.oin);
      const trail = await api.call('GET', `/challenges/${tied.challengeId}/audit-trail`, { token: officer });
      expect(trail.body.entries).toContainEqual(
        expect.objectContaining({
          action: 'PhaseRankingFrozen',
          ids: expect.objectContaining({ decisionId }),
        }),
      );
    } finally {
      tied.restore();
    }
  });
});

describe('sealed means sealed', () => {
  const bidders: { kvk: string; name: string; token: string; proposalId: string }[] = [];
  let challengeId = '';
  let questionId = '';
  let callers: Record<string, string | undefined> = {};

  /** A GET path per route of the table, on this world (a route without one fails the sweep). */
  const pathOf = (operationId: string): string | undefined =>
    ({
      health: '/health',
      openapi: '/openapi.json',
      listEnvelopes: `/programme-years/${THIS_YEAR}/envelopes`,
      listGovernmentOrganisations: '/government-organisations',
      listChallenges: '/challenges',
      myChallenges: '/me/challenges',
      getChallenge: `/challenges/${challengeId}`,
      challengeConsents: `/challenges/${challengeId}/consents`,
      publicationCheck: `/challenges/${challengeId}/publication-check`,
      myConsentRequests: '/me/consent-requests',
      getCompanyProfile: '/organisations/me',
      getProposal: `/proposals/${bidders[0]!.proposalId}`,
      myProposals: '/me/proposals',
      listQuestions: `/challenges/${challengeId}/questions`,
      listNotas: `/challenges/${challengeId}/notas`,
      getSelection: `/challenges/${challengeId}/phases/1/selection`,
      listPhaseProposals: `/challenges/${challengeId}/phases/1/proposals`,
      myCommittees: '/me/committees',
      phaseEvaluation: `/challenges/${challengeId}/phases/1/evaluation`,
      proposalFeedback: `/proposals/${bidders[0]!.proposalId}/feedback`,
      myScores: `/proposals/${bidders[0]!.proposalId}/scores/mine`,
      phaseStatistics: `/challenges/${challengeId}/phases/1/statistics`,
      phaseRanking: `/challenges/${challengeId}/phases/1/ranking`,
      rankingVersion: `/challenges/${challengeId}/phases/1/ranking/versions/1`,
      challengeAwards: `/challenges/${challengeId}/awards`,
      getAward: `/awards/${randomUUID()}`,
      myInvitations: '/me/invitations',
      challengeDecisions: `/challenges/${challengeId}/decisions`,
      decisionLetter: `/proposals/${bidders[0]!.proposalId}/decision-letters/${randomUUID()}`,
      myDecisionLetters: '/me/decision-letters',
      myFollowUps: '/me/follow-ups',
      getContract: `/awards/${randomUUID()}/contract`,
      getInvoice: `/awards/${randomUUID()}/milestones/1/invoice`,
      myContracts: '/me/contracts',
      settlementStatement: `/funders/${ORGS.ezk.oin}/settlements/${THIS_YEAR}-Q4`,
      getPreferences: '/me/preferences',
      mySavedSearches: '/me/saved-searches',
      coFundingReport: `/reports/co-funding?year=${THIS_YEAR}`,
      awardsReport: `/reports/awards?year=${THIS_YEAR}`,
      pipelineReport: `/reports/pipeline?year=${THIS_YEAR}`,
      paymentsReport: `/reports/payments?year=${THIS_YEAR}`,
      ocdsReport: `/reports/ocds?year=${THIS_YEAR}`,
      followUpReport: `/reports/follow-up?year=${THIS_YEAR}`,
      challengeAuditTrail: `/challenges/${challengeId}/audit-trail`,
      listCallDocuments: `/challenges/${challengeId}/documents`,
      // People: an organisation's members and a buyer's assessors say nothing of bids.
      listMembers: `/organisations/${ORGS.zuidHolland.oin}/members`,
      assessorCandidates: '/me/assessors',
      readInvitation: `/invitations/${randomUUID()}?code=${'x'.repeat(43)}`,
      // The call has no documents; a proposal's files are opened by POST (and sealed like it).
      callDocumentDownload: `/challenges/${challengeId}/documents/${randomUUID()}/download`,
    })[operationId];

  /** Every GET route as every caller: what each saw, with the clock's own fields left out. */
  async function sweep() {
    const seen = new Map<string, string>();
    for (const route of routeTable.filter((r) => r.method === 'GET')) {
      const path = pathOf(route.operationId);
      expect(path, `a sweep path for ${route.operationId}`).toBeDefined();
      for (const [caller, token] of Object.entries(callers)) {
        const answer = await api.call('GET', path!, token ? { token } : {});
        const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        // What the caller put in the path may come back (in a 404's detail): it knew that already.
        const echoed = path!
          .split(/[/?]/)
          .filter((part) => part.length > 8)
          .reduce((t, part) => t.replaceAll(part, '<from the path>'), text);
        seen.set(
          `${caller} GET ${route.operationId}`,
          `${answer.status} ${echoed.replace(/"instance":"[^"]*"/g, '')}`,
        );
      }
    }
    return seen;
  }

  async function bid(n: number) {
    const kvk = String(41_000_000 + n);
    const name = `Verzegeld Bedrijf ${n} B.V.`;
    const token = await api.as('sme', kvk);
    await expectStatus(
      api.request(routes.putCompanyProfile, {
        token,
        body: { name, staff: 5, turnoverCents: 10_000_000, balanceSheetCents: 5_000_000 },
      }),
      200,
    );
    const proposal = await expectStatus(
      api.request(routes.submitProposal, {
        token,
        params: { challengeId, phase: 1 },
        body: {
          summary: `Voorstel van ${name}.`,
          plan: 'Een plan in drie stappen.',
          requestedAmountCents: 4_000_000,
          durationMonths: 6,
        },
      }),
      201,
    );
    bidders.push({ kvk, name, token, proposalId: proposal.id });
  }

  beforeAll(async () => {
    const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
    challengeId = (await publishedChallenge(api, { token: buyer })).id;
    for (const n of [1, 2, 3]) await bid(n);
    questionId = (
      await expectStatus(
        api.request(routes.askQuestion, {
          token: bidders[1]!.token,
          params: { challengeId },
          body: { question: 'Mag een consortium inschrijven?' },
        }),
        201,
      )
    ).id;
    await expectStatus(
      api.request(routes.nameCommittee, {
        token: buyer,
        params: { challengeId, phase: 1 },
        body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'sealed-judge' }] },
      }),
      200,
    );
    await api.runtime.settle();
    callers = {
      anonymous: undefined,
      'lead buyer': buyer,
      'co-funding buyer': await api.as('buyer', ORGS.ezk.oin),
      'other buyer': await api.as('buyer', ORGS.noordHolland.oin),
      'officer of the lead buyer': await api.as('officer', ORGS.zuidHolland.oin),
      'officer of a co-funder': await api.as('officer', ORGS.ezk.oin),
      'other officer': await api.as('officer', ORGS.noordHolland.oin),
      'programme office': await api.as('programme', ORGS.ezk.oin),
      'committee member': await api.as('assessor', ORGS.ezk.oin, 'sealed-judge'),
      'other assessor': await api.as('assessor', ORGS.noordHolland.oin, 'someone'),
      'company that did not bid': await api.as('sme', '41000009'),
      ...Object.fromEntries(bidders.map((b, i) => [`bidder ${i + 1}`, b.token])),
    };
  }, 120_000);

  it('while the phase is open, nobody learns who bid but the bidder itself, nor how many bid', async () => {
    // One instant for both sweeps, so "as of" and "time" fields cannot differ.
    const now = new Date();
    const restore = setClock(() => now);
    try {
      await sweepTwice();
    } finally {
      restore();
    }
  });

  async function sweepTwice() {
    const before = await sweep();
    for (const [what, answer] of before) {
      for (const [i, bidder] of bidders.entries()) {
        if (what.startsWith(`bidder ${i + 1} `)) continue;
        for (const secret of [bidder.kvk, bidder.name, bidder.proposalId]) {
          expect(answer.includes(secret), `${what} shows ${secret}`).toBe(false);
        }
      }
    }
    // How many bid: a fourth bid changes no answer, except the fourth bidder's own.
    await bid(4);
    await api.runtime.settle();
    const after = await sweep();
    for (const [what, answer] of before) expect(after.get(what), what).toBe(answer);
  }

  it('shows the audit trail only to officers of the buyer and funders, holds back an open phase, and never names askers', async () => {
    const trail = (token: string | undefined) =>
      api.call('GET', `/challenges/${challengeId}/audit-trail`, token ? { token } : {});
    expect((await trail(callers['other officer'])).status).toBe(404);
    const open = await trail(callers['officer of a co-funder']);
    expect(open.status).toBe(200);
    expect(open.body.verification.valid).toBe(true);
    // While phase 1 takes bids: what happened up to its opening, the rest held back until its deadline.
    // Drafted with EZK asked, EZK approving, published: the chain holds them in the order they
    // arrived, and under load the bus may deliver the approval after the publication.
    const actions = open.body.entries.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 4).sort()).toEqual([
      'ChallengeDrafted',
      'ChallengePublished',
      'FundingConsentRecorded',
      'FundingConsentRecorded',
    ]);
    expect(open.body.verification.entries).toBe(4);
    // Names beside the ids (#36): the organisation by name; the OIN stays in the entry.
    const drafted = open.body.entries.find((e: { action: string }) => e.action === 'ChallengeDrafted');
    expect(drafted.names).toEqual({ organisation: 'Provincie Zuid-Holland' });
    expect(drafted.actor.org).toBe(ORGS.zuidHolland.oin);

    const deadline = (await api.request(routes.getChallenge, { params: { challengeId } })).body.phases[0]!
      .submissionDeadline;
    expect(open.body.heldBackUntil).toBe(deadline);
    const restore = setClock(() => new Date(Date.parse(deadline) + 60_000));
    try {
      const closed = await trail(callers['officer of the lead buyer']);
      // Phase 2 now takes bids: what happens from its opening (phase 1's deadline) is held back.
      const challenge = (await api.request(routes.getChallenge, { params: { challengeId } })).body;
      expect(closed.body.heldBackUntil).toBe(challenge.phases[1]!.submissionDeadline);
      expect(closed.body.verification).toMatchObject({ valid: true, entries: closed.body.entries.length });
      const bids = closed.body.entries.filter((e: { action: string }) => e.action === 'ProposalSubmitted');
      expect(bids.map((e: { ids: { companyKvk: string } }) => e.ids.companyKvk).sort()).toEqual(
        bidders.map((b) => b.kvk).sort(),
      );
      const stillAnonymous = closed.body.entries.find(
        (e: { ids: { questionId?: string } }) => e.ids.questionId === questionId,
      );
      expect(stillAnonymous.actor).toEqual({ role: 'sme' });
      // And the pipeline counts the bids now that the phase has closed.
      const pipeline = await api.request(routes.pipelineReport, {
        token: callers['officer of a co-funder'],
        query: { year: THIS_YEAR },
      });
      expect(JSON.stringify(pipeline.body)).toContain('"proposals":');
    } finally {
      restore();
    }
  });
});
