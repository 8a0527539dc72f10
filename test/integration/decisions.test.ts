import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnvelopes } from '#shared/funding/envelopes.ts';
import { setClock } from '#shared/platform/clock.ts';
import { submitProposal } from '#shared/proposals/use-cases.ts';
import { routes } from '#shared/routes.ts';
import { ORGS, THIS_YEAR } from '../support/fixtures.ts';
import {
  DECISION_REASONS,
  declareAndScore,
  evaluatedPhase,
  expectStatus,
  marketplace,
  passStandstill,
  publishedChallenge,
} from '../support/journeys.ts';
import { ocdsValidator } from '../support/ocds.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * Issue #31: award decisions a losing bidder's lawyer cannot take apart — bids declared invalid
 * with a ground, a decision that follows the ranking or says why, a reasoned decision to award
 * nothing, a committee fixed once scoring starts, cancelling in the standstill, and reopening the
 * evaluation after an upheld complaint. Against DynamoDB Local, through the HTTP API.
 */

let api: TestApi;
const restores: (() => void)[] = [];
afterAll(async () => {
  for (const restore of restores.reverse()) restore();
  await api?.runtime.stop();
});
beforeAll(async () => {
  api = await marketplace();
});

type Phase = Awaited<ReturnType<typeof evaluatedPhase>>;
/** A new evaluated phase, on the real clock first (the one before left it after its deadline). */
const freshPhase = async (options: Parameters<typeof evaluatedPhase>[1]) => {
  for (const restore of restores.splice(0).reverse()) restore();
  const setup = await evaluatedPhase(api, options);
  restores.push(setup.restore);
  return setup;
};
const phase1 = (setup: Phase) => ({ challengeId: setup.challengeId, phase: 1 as const });
const period = { startDate: '2027-03-01', endDate: '2027-08-31' };
const decideBody = (setup: Phase, awarded: number[], extra: Record<string, unknown> = {}) => ({
  decisionId: randomUUID(),
  awards: awarded.map((i) => ({ proposalId: setup.proposals[i]!.id, ...period })),
  reasons: DECISION_REASONS,
  ...extra,
});
const decide = (setup: Phase, body: ReturnType<typeof decideBody>) =>
  api.request(routes.decideAwards, { token: setup.buyer, params: phase1(setup), body: body as never });
const letter = (setup: Phase, i: number, decisionId: string) =>
  api.request(routes.decisionLetter, {
    token: setup.proposals[i]!.token,
    params: { proposalId: setup.proposals[i]!.id, decisionId },
  });
const reserved = async () =>
  Object.fromEntries(
    (await listEnvelopes(THIS_YEAR))
      .filter((e) => e.instrument === 'sbir')
      .map((e) => [
        e.holderOin,
        { reserved: e.reservedCents, awarded: e.awardedCents, remaining: e.remainingCents },
      ]),
  );
const budgetOf = async (setup: Phase) =>
  (await tableSnapshot()).find((i) => i.pk === `CHALLENGE#${setup.challengeId}` && i.sk === 'BUDGET#1')!;

describe('bids declared invalid or excluded, and decisions that follow the ranking or say why', () => {
  let setup: Phase;
  beforeAll(async () => {
    // Four bids of € 50.000, € 150.000 for phase 1: ranks 1, 2, 3 fit.
    setup = await freshPhase({
      companies: 4,
      requestedCents: 5_000_000,
      phase1BudgetCents: 15_000_000,
      kvkBase: 81_000_000,
    });
  });

  it('an excluded bid leaves the ranking with its ground; an abnormally low one only after an explanation was asked', async () => {
    const exclude = (body: Record<string, unknown>, token = setup.buyer) =>
      api.request(routes.excludeProposal, { token, params: phase1(setup), body: body as never });
    const base = {
      proposalId: setup.proposals[3]!.id,
      motivation: 'Het verplichte projectplan ontbreekt; de inschrijving is onvolledig.',
    };
    const low = await exclude({ ...base, ground: 'abnormally-low' });
    expect(low.status).toBe(400);
    expect(JSON.stringify(low.problem)).toMatch(/explanationRequestedOn/);
    // Another buyer cannot; an assessor cannot.
    expect(
      (await exclude({ ...base, ground: 'incomplete' }, await api.as('buyer', ORGS.noordHolland.oin))).status,
    ).toBe(404);
    expect(
      (await exclude({ ...base, ground: 'incomplete' }, await api.as('assessor', ORGS.ezk.oin, 'judge')))
        .status,
    ).toBe(403);
    const excluded = await expectStatus(exclude({ ...base, ground: 'incomplete' }), 201);
    expect(excluded).toMatchObject({ ground: 'incomplete', companyKvk: setup.proposals[3]!.kvk });

    const ranking = await expectStatus(
      api.request(routes.phaseRanking, { token: setup.buyer, params: phase1(setup) }),
      200,
    );
    expect(ranking.ranking.map((r) => r.proposalId)).not.toContain(setup.proposals[3]!.id);
    expect(ranking.excluded).toEqual([
      expect.objectContaining({ proposalId: setup.proposals[3]!.id, ground: 'incomplete' }),
    ]);
    // Taken back, it is ranked again; excluded again for the rest of this story.
    await expectStatus(
      api.request(routes.reinstateProposal, {
        token: setup.buyer,
        params: { ...phase1(setup), proposalId: setup.proposals[3]!.id },
      }),
      200,
    );
    const again = await expectStatus(
      api.request(routes.phaseRanking, { token: setup.buyer, params: phase1(setup) }),
      200,
    );
    expect(again.ranking).toHaveLength(4);
    await expectStatus(exclude({ ...base, ground: 'incomplete' }), 201);
  });

  it('passing over a higher-ranked valid bid that fits the budget needs its own reason; every "not awarded" needs reasons', async () => {
    await api.runtime.settle();
    const before = await tableSnapshot();
    // Awarding rank 2 over rank 1 without a word: refused, naming rank 1.
    const unreasoned = await decide(setup, decideBody(setup, [1]));
    expect(unreasoned.status).toBe(422);
    expect(unreasoned.problem?.type).toMatch(/pass-over-unreasoned$/);
    expect((unreasoned.problem as { proposalIds?: string[] }).proposalIds).toEqual([setup.proposals[0]!.id]);
    // No reasons at all while bidders go without: refused at the field.
    const { reasons: _r, ...bare } = decideBody(setup, [0]);
    const silent = await decide(setup, bare as ReturnType<typeof decideBody>);
    expect(silent.status).toBe(422);
    expect(silent.problem?.type).toMatch(/reason-required$/);
    // An excluded bid cannot be awarded.
    const invalid = await decide(setup, decideBody(setup, [3]));
    expect(invalid.problem?.type).toMatch(/proposal-excluded$/);
    expect(await tableSnapshot()).toEqual(before);

    const reason = 'De planning van dit voorstel past niet bij de looptijd van fase 1.';
    const decided = await expectStatus(
      decide(
        setup,
        decideBody(setup, [1, 2], { passedOver: [{ proposalId: setup.proposals[0]!.id, reason }] }),
      ),
      201,
    );
    const first = await expectStatus(letter(setup, 0, decided.decisionId), 200);
    expect(first).toMatchObject({
      outcome: 'not-awarded',
      notAwardedBecause: 'passed-over',
      passedOverReason: reason,
    });
    expect(first.reasons).toBe(DECISION_REASONS);
    const excluded = await expectStatus(letter(setup, 3, decided.decisionId), 200);
    expect(excluded).toMatchObject({
      outcome: 'not-awarded',
      notAwardedBecause: 'excluded',
      exclusion: { ground: 'incomplete', motivation: expect.stringMatching(/projectplan/) },
    });
    expect(excluded.own).toBeUndefined();
    // Every bidder got a letter: the ranked three and the excluded one.
    const decisions = await expectStatus(
      api.request(routes.challengeDecisions, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId },
      }),
      200,
    );
    expect(decisions.items[0]!.letters.map((l) => l.proposalId).sort()).toEqual(
      setup.proposals.map((p) => p.id).sort(),
    );
    expect(decisions.items[0]!.passedOver).toEqual([{ proposalId: setup.proposals[0]!.id, reason }]);
    // The open data says why, at the awards of the decision that passed over rank 1.
    const ocds = await expectStatus(api.request(routes.ocdsReport, { query: { year: THIS_YEAR } }), 200);
    const validate = ocdsValidator();
    expect(validate(ocds), JSON.stringify(validate.errors)).toBe(true);
    const awards = (
      ocds as unknown as { releases: { tender: { id: string }; awards?: { description: string }[] }[] }
    ).releases.find((r) => r.tender.id === setup.challengeId)!.awards!;
    expect(awards.every((a) => a.description.includes(reason))).toBe(true);
  });
});

describe('a reasoned decision to award nothing', () => {
  it('writes letters that say why, and once it stands the phase budget goes back to the funders to the cent', async () => {
    const setup = await freshPhase({
      companies: 2,
      requestedCents: 4_000_000,
      phase1BudgetCents: 10_000_001,
      kvkBase: 82_000_000,
    });
    const withoutReasons = await decide(setup, { ...decideBody(setup, []), reasons: undefined } as never);
    expect(withoutReasons.status).toBe(400);
    const mixed = await decide(setup, decideBody(setup, [0], { noAward: { ground: 'need-lapsed' } }));
    expect(mixed.status).toBe(400);

    const envelopesBefore = await reserved();
    const decided = await expectStatus(
      decide(setup, decideBody(setup, [], { noAward: { ground: 'need-lapsed' } })),
      201,
    );
    expect(decided.awards).toEqual([]);
    const own = await expectStatus(letter(setup, 0, decided.decisionId), 200);
    expect(own).toMatchObject({ notAwardedBecause: 'no-award', noAward: { ground: 'need-lapsed' } });
    // In its standstill nothing has moved yet: a complaint could still undo it.
    expect(await reserved()).toEqual(envelopesBefore);

    restores.push(await passStandstill(api, own.standstillEndsAt));
    const budget = await budgetOf(setup);
    expect(budget).toMatchObject({ remainingCents: 0, releasedCents: 10_000_001, awardedCents: 0 });
    const after = await reserved();
    const released = (await tableSnapshot()).filter(
      (i) => i.entity === 'LedgerEntry' && i.challengeId === setup.challengeId && i.kind === 'release',
    );
    expect(released.reduce((sum, e) => sum - (e.reservedDeltaCents as number), 0)).toBe(10_000_001);
    for (const holder of [ORGS.ezk.oin, ORGS.zuidHolland.oin]) {
      const back = envelopesBefore[holder]!.reserved - after[holder]!.reserved;
      expect(after[holder]!.remaining - envelopesBefore[holder]!.remaining).toBe(back);
    }
    const total = Object.keys(after).reduce(
      (sum, h) => sum + envelopesBefore[h]!.reserved - after[h]!.reserved,
      0,
    );
    expect(total).toBe(10_000_001);
    const decisions = await expectStatus(
      api.request(routes.challengeDecisions, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId },
      }),
      200,
    );
    expect(decisions.items[0]).toMatchObject({ status: 'definitive', releasedCents: 10_000_001 });
    // The phase has no money left: no later decision can award from it.
    const late = await decide(setup, decideBody(setup, [0]));
    expect(late.problem?.type).toMatch(/phase-budget-exhausted$/);
    // The open data shows the phase (a lot) unsuccessful, and stays valid OCDS.
    const ocds = await expectStatus(api.request(routes.ocdsReport, { query: { year: THIS_YEAR } }), 200);
    const validate = ocdsValidator();
    expect(validate(ocds), JSON.stringify(validate.errors)).toBe(true);
    const tender = (
      ocds as unknown as { releases: { tender: { id: string; lots: { id: string; status: string }[] } }[] }
    ).releases.find((r) => r.tender.id === setup.challengeId)!.tender;
    expect(tender.lots[0]!.status).toBe('unsuccessful');
  });
});

describe('the committee once scoring has started', () => {
  it('is fixed: renaming it is refused and nothing changes', async () => {
    const setup = await freshPhase({
      companies: 2,
      requestedCents: 4_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 83_000_000,
    });
    await api.runtime.settle();
    const before = await tableSnapshot();
    const renamed = await api.request(routes.nameCommittee, {
      token: setup.buyer,
      params: phase1(setup),
      body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'other' }] },
    });
    expect(renamed.status).toBe(409);
    expect(renamed.problem?.type).toMatch(/committee-fixed$/);
    expect(await tableSnapshot()).toEqual(before);
  });
});

describe('cancelling a call during a standstill', () => {
  it('withdraws the provisional decision, releases every reservation to the cent, and no contract is concluded', async () => {
    const setup = await freshPhase({
      companies: 3,
      requestedCents: 2_500_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 84_000_000,
    });
    const decided = await expectStatus(decide(setup, decideBody(setup, [0, 1])), 201);
    await expectStatus(
      api.request(routes.cancelChallenge, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId },
        body: { reason: 'De behoefte is vervallen door een wetswijziging.' },
      }),
      200,
    );
    restores.push(await passStandstill(api, decided.awards[0]!.standstillEndsAt));
    const items = await tableSnapshot();
    const awards = items.filter((i) => i.entity === 'Award' && i.challengeId === setup.challengeId);
    expect(awards.map((a) => a.status)).toEqual(['withdrawn', 'withdrawn']);
    const reservations = items.filter(
      (i) => i.pk === `CHALLENGE#${setup.challengeId}` && String(i.sk).startsWith('RESERVATION#'),
    );
    for (const r of reservations)
      expect(r).toMatchObject({ reservedCents: 0, awardedCents: 0, unawardedCents: 0 });
    // The ledger of the call nets to zero for every funder: reserved, awarded, withdrawn, released.
    const ledger = items.filter((i) => i.entity === 'LedgerEntry' && i.challengeId === setup.challengeId);
    const net = new Map<string, number>();
    for (const e of ledger)
      net.set(
        e.funderOin as string,
        (net.get(e.funderOin as string) ?? 0) +
          (e.reservedDeltaCents as number) +
          (e.awardedDeltaCents as number),
      );
    expect([...net.values()]).toEqual([0, 0]);
    const decisions = await expectStatus(
      api.request(routes.challengeDecisions, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId },
      }),
      200,
    );
    expect(decisions.items[0]).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: expect.stringMatching(/wetswijziging/),
    });
  });
});

describe('reopening the evaluation after an upheld complaint', () => {
  it('keeps the ranking as version 1, lets the committee re-score and change with a reason, and the next decision rests on version 2', async () => {
    const setup = await freshPhase({
      companies: 3,
      requestedCents: 5_000_000,
      phase1BudgetCents: 5_000_000,
      kvkBase: 85_000_000,
    });
    const reopen = () =>
      api.request(routes.reopenEvaluation, {
        token: setup.buyer,
        params: phase1(setup),
        body: { reason: 'De klacht over de beoordeling van impact is gegrond verklaard.' },
      });
    const first = await expectStatus(decide(setup, decideBody(setup, [0])), 201);
    // Without an upheld complaint the evaluation stays final.
    expect((await reopen()).problem?.type).toMatch(/not-reopenable$/);
    const complaint = await expectStatus(
      api.request(routes.lodgeObjection, {
        token: setup.proposals[1]!.token,
        params: { proposalId: setup.proposals[1]!.id },
        body: { decisionId: first.decisionId, grounds: 'Ons voorstel is op impact verkeerd beoordeeld.' },
      }),
      201,
    );
    await expectStatus(
      api.request(routes.answerObjection, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId, objectionId: complaint.objectionId },
        body: { outcome: 'upheld', reasons: 'De commissie heeft impact onjuist gewogen.' },
      }),
      200,
    );
    // While the decision stands it cannot be reopened; withdrawn, it can.
    expect((await reopen()).problem?.type).toMatch(/not-reopenable$/);
    await expectStatus(
      api.request(routes.withdrawDecision, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId, decisionId: first.decisionId },
        body: { reason: 'De klacht is gegrond; de beoordeling wordt overgedaan.' },
      }),
      200,
    );
    await expectStatus(reopen(), 200);
    const reopened = await expectStatus(
      api.request(routes.phaseRanking, { token: setup.buyer, params: phase1(setup) }),
      200,
    );
    expect(reopened.versions).toEqual([
      expect.objectContaining({ version: 1, decisionId: first.decisionId }),
    ]);
    expect(reopened.reopened).toMatchObject({ version: 2 });
    // A committee change now needs its reason (logged).
    const unreasoned = await api.request(routes.nameCommittee, {
      token: setup.buyer,
      params: phase1(setup),
      body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }] },
    });
    expect(unreasoned.problem?.type).toMatch(/reason-required$/);
    await expectStatus(
      api.request(routes.nameCommittee, {
        token: setup.buyer,
        params: phase1(setup),
        body: {
          assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }],
          reason: 'Dezelfde beoordelaar scoort opnieuw, nu met de juiste weging.',
        },
      }),
      200,
    );
    // Re-scored: the first bid drops to 5, so the second now ranks first.
    await declareAndScore(api, {
      ...phase1(setup),
      proposalIds: [setup.proposals[0]!.id],
      scores: () =>
        ['impact', 'technical-feasibility', 'economic-prospects'].map((criterion) => ({
          criterion: criterion as 'impact',
          score: 5,
        })),
      declare: false,
    });
    const second = await expectStatus(decide(setup, decideBody(setup, [1])), 201);
    const newLetter = await expectStatus(letter(setup, 0, second.decisionId), 200);
    expect(newLetter.rankingVersion).toBe(2);
    const oldLetter = await expectStatus(letter(setup, 1, first.decisionId), 200);
    expect(oldLetter).toMatchObject({ rankingVersion: 1, status: 'withdrawn' });
    expect(oldLetter.own!.rank).toBe(2);
    // The set-aside version stays readable, for officers too.
    const v1 = await expectStatus(
      api.request(routes.rankingVersion, {
        token: await api.as('officer', ORGS.ezk.oin),
        params: { ...phase1(setup), version: '1' } as never,
      }),
      200,
    );
    expect(v1.ranking[0]!.proposalId).toBe(setup.proposals[0]!.id);
  });
});

describe('letters that reach their bidders', () => {
  it('a company nobody can e-mail cannot submit; the buyer sees to whom and when each letter was told', async () => {
    for (const restore of restores.splice(0).reverse()) restore();
    const challenge = await publishedChallenge(api);
    const silent = await api.as('sme', '86000001', 'zonder-adres', '');
    await expectStatus(
      api.request(routes.putCompanyProfile, {
        token: silent,
        body: { name: 'Zonder Adres BV', staff: 5, turnoverCents: 10_000_000, balanceSheetCents: 5_000_000 },
      }),
      200,
    );
    const refused = await api.request(routes.submitProposal, {
      token: silent,
      params: { challengeId: challenge.id, phase: 1 },
      body: {
        summary: 'Een voorstel voor de uitdaging.',
        plan: 'Een plan in drie stappen.',
        requestedAmountCents: 4_000_000,
        durationMonths: 6,
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.problem?.type).toMatch(/notification-address-missing$/);

    const setup = await freshPhase({
      companies: 2,
      requestedCents: 4_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 86_100_000,
    });
    const decided = await expectStatus(decide(setup, decideBody(setup, [0])), 201);
    await api.runtime.settle();
    const decisions = await expectStatus(
      api.request(routes.challengeDecisions, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId },
      }),
      200,
    );
    const letters = decisions.items.find((d) => d.decisionId === decided.decisionId)!.letters;
    for (const [i, p] of setup.proposals.entries())
      expect(letters.find((l) => l.proposalId === p.id)!.delivery).toMatchObject({
        status: 'sent',
        to: [`inschrijver@kvk-${setup.proposals[i]!.kvk}.example`],
        at: expect.any(String),
      });
  });
});

describe('an innovation partnership ranks the candidates it invited', () => {
  it('prices the invited only; a candidate not invited learns the selection’s reasons, not “ranked lower”', async () => {
    // Quality 10, 9, 8, 7; prices € 100.000, 90.000, 60.000 and an uninvited € 5.000.
    const prices = [10_000_000, 9_000_000, 6_000_000, 500_000];
    const setup = await freshPhase({
      companies: 4,
      requestedCents: 10_000_000,
      requested: (i) => prices[i]!,
      phase1BudgetCents: 30_000_000,
      kvkBase: 87_000_000,
      partnership: { mayEndPartnersAfterPhase: false },
      selectAll: false,
    });
    await expectStatus(
      api.request(routes.recordSelection, {
        token: setup.buyer,
        params: phase1(setup),
        body: {
          candidates: setup.proposals.map((p, i) => ({
            proposalId: p.id,
            suitable: true,
            invited: i < 3,
            reasons:
              i < 3
                ? 'Voldoet aan de geschiktheidseisen en de selectiecriteria.'
                : 'Minder ervaring met vergelijkbare projecten dan de drie uitgenodigde kandidaten.',
          })),
        },
      }),
      201,
    );
    const ranking = await expectStatus(
      api.request(routes.phaseRanking, { token: setup.buyer, params: phase1(setup) }),
      200,
    );
    // The lowest invited price (€ 60.000) scores 10: the third candidate leads on price-quality.
    expect(ranking.ranking.map((r) => r.proposalId)).toEqual([2, 0, 1].map((i) => setup.proposals[i]!.id));
    expect(ranking.ranking.find((r) => r.proposalId === setup.proposals[2]!.id)!.criterionScores.price).toBe(
      10,
    );
    expect(ranking.excluded).toEqual([
      expect.objectContaining({ proposalId: setup.proposals[3]!.id, ground: 'not-selected' }),
    ]);
    // Its € 60.000 lies more than 30% below the others' mean: explained and judged, or refused.
    expect(ranking.ranking.find((r) => r.proposalId === setup.proposals[2]!.id)!.abnormallyLow).toBe(true);
    const unexplained = await decide(setup, decideBody(setup, [2]));
    expect(unexplained.problem?.type).toMatch(/abnormally-low-unexplained$/);
    const decided = await expectStatus(
      decide(
        setup,
        decideBody(setup, [2], {
          lowPriceExplanations: [
            {
              proposalId: setup.proposals[2]!.id,
              explanationRequestedOn: '2026-12-01',
              judgement:
                'De lage prijs volgt uit een bestaand prototype dat de kandidaat hergebruikt; aannemelijk.',
            },
          ],
        }),
      ),
      201,
    );
    const notInvited = await expectStatus(letter(setup, 3, decided.decisionId), 200);
    expect(notInvited).toMatchObject({
      notAwardedBecause: 'not-selected',
      exclusion: { ground: 'not-selected', motivation: expect.stringMatching(/Minder ervaring/) },
    });
  });
});

describe('a bid racing the deadline', () => {
  it('is refused when its transaction would commit after the deadline, though its request began before', async () => {
    for (const restore of restores.splice(0).reverse()) restore();
    const challenge = await publishedChallenge(api);
    const company = await api.as('sme', '88000001', 'laatkomer');
    await expectStatus(
      api.request(routes.putCompanyProfile, {
        token: company,
        body: { name: 'Laatkomer BV', staff: 5, turnoverCents: 10_000_000, balanceSheetCents: 5_000_000 },
      }),
      200,
    );
    const deadline = Date.parse(challenge.phases[0]!.submissionDeadline);
    // The first reading of the clock (the request's start) is before the deadline; every later
    // one, as when the write commits, after it.
    await api.runtime.settle();
    const before = await tableSnapshot();
    let readings = 0;
    restores.push(setClock(() => new Date(readings++ === 0 ? deadline - 500 : deadline + 500)));
    const late = submitProposal(
      challenge.id,
      1,
      {
        summary: 'Een voorstel voor de uitdaging.',
        plan: 'Een plan in drie stappen.',
        requestedAmountCents: 4_000_000,
        durationMonths: 6,
        documents: [],
      },
      {
        caller: { role: 'sme', org: '88000001', sub: 'laatkomer', email: 'laat@komer.example' },
        correlationId: 'race',
      },
    );
    await expect(late).rejects.toMatchObject({ type: 'deadline-passed' });
    expect(readings).toBeGreaterThan(1); // the start was before the deadline; the commit after
    expect(await tableSnapshot()).toEqual(before);
  });
});

describe('a path with a malformed escape', () => {
  it('is answered 400 with a problem document, not 500', async () => {
    const answer = await api.call('GET', '/challenges/%ZZ');
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('an oversized body', () => {
  it('is refused with 413, and the requests after it on the same kept-alive connection are unaffected', async () => {
    const token = await api.as('buyer', ORGS.zuidHolland.oin);
    // One socket, kept alive: the next request reuses the connection the oversized one used.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          `${api.runtime.url}${path}`,
          {
            method,
            agent,
            headers: {
              authorization: `Bearer ${token}`,
              ...(body
                ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
                : {}),
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    try {
      expect(await send('POST', '/challenges', 'x'.repeat(1_200_000))).toBe(413);
      const after: number[] = [];
      for (let i = 0; i < 6; i++) after.push(await send('GET', '/health').catch(() => -1));
      expect(after).toEqual([200, 200, 200, 200, 200, 200]);
    } finally {
      agent.destroy();
    }
  });
});
