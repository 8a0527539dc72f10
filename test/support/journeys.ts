import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { z } from 'zod/mini';
import type { createChallengeBody } from '#shared/challenges/schemas.ts';
import type { CriterionKey } from '#shared/kernel/vocabulary.ts';
import { setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { challengeBody, fundThisYear, ORGS, registerOrganisations } from './fixtures.ts';
import { type RouteAnswer, startTestRuntime, type TestApi } from './runtime.ts';

/*
 * One helper per setup the suites share: a running marketplace, a drafted or published challenge,
 * a phase evaluated up to its ranking. Each goes through the public API, typed by the route table.
 */

/** The answer of a route, asserted to be the status expected (the problem is shown when not). */
export async function expectStatus<A extends RouteAnswer<never>>(answer: Promise<A>, status: number) {
  const settled = await answer;
  expect(settled.status, JSON.stringify(settled.problem ?? settled.body)).toBe(status);
  return settled.body as A['body'];
}

/** The local marketplace on a fresh table, with the test organisations registered and (by default) funded. */
export async function marketplace(options: { funded?: boolean } = {}): Promise<TestApi> {
  const api = await startTestRuntime();
  await registerOrganisations();
  if (options.funded !== false) await fundThisYear();
  return api;
}

type ChallengeBody = z.input<typeof createChallengeBody>;

/** A draft (Zuid-Holland's joint SBIR challenge with EZK unless told otherwise). */
export async function draftedChallenge(api: TestApi, options: { token?: string; body?: ChallengeBody } = {}) {
  const token = options.token ?? (await api.as('buyer', ORGS.zuidHolland.oin));
  return expectStatus(
    api.request(routes.createChallenge, { token, body: options.body ?? challengeBody() }),
    201,
  );
}

/** Every co-funder of a draft that has not approved its share yet does so (as a buyer of that body). */
export async function consentOfEveryCoFunder(
  api: TestApi,
  challengeId: string,
  lead?: string,
): Promise<void> {
  const token = await leadToken(api, challengeId, lead);
  if (!token) return; // not a draft any more, or not there: nothing to approve
  const consents = (await api.request(routes.challengeConsents, { params: { challengeId }, token })).body;
  for (const consent of consents.items.filter((c) => c.status !== 'approved')) {
    await expectStatus(
      api.request(routes.decideConsent, {
        token: await api.as('buyer', consent.funderOin),
        params: { challengeId, funderOin: consent.funderOin },
        body: { decision: 'approve' },
      }),
      200,
    );
  }
}

/** A token of the lead buyer of a draft (drafts are visible to it only); undefined when it is no draft. */
async function leadToken(api: TestApi, challengeId: string, lead?: string): Promise<string | undefined> {
  const candidates = lead
    ? [lead]
    : await Promise.all(Object.values(ORGS).map((org) => api.as('buyer', org.oin)));
  for (const token of candidates) {
    const found = await api.request(routes.getChallenge, { params: { challengeId }, token });
    if (found.status === 200) return found.body.status === 'draft' ? token : undefined;
  }
  return undefined;
}

/** Publishes a draft as its buyer does after every co-funder approved: the answer of the publish call. */
export async function publishWithConsents(api: TestApi, challengeId: string, token: string) {
  await consentOfEveryCoFunder(api, challengeId, token);
  return api.call('POST', `/challenges/${challengeId}/publish`, { token });
}

/** A published challenge: drafted, approved by every co-funder, then published by the same buyer. */
export async function publishedChallenge(
  api: TestApi,
  options: { token?: string; body?: ChallengeBody } = {},
) {
  const token = options.token ?? (await api.as('buyer', ORGS.zuidHolland.oin));
  const drafted = await draftedChallenge(api, { ...options, token });
  await consentOfEveryCoFunder(api, drafted.id, token);
  return expectStatus(
    api.request(routes.publishChallenge, { token, params: { challengeId: drafted.id } }),
    200,
  );
}

/**
 * A published challenge whose phase 1 has closed with `companies` proposals, each scored by a
 * one-person committee (score 10 - index, so the ranking follows the order given). The clock is
 * left just after the phase-1 deadline; call the returned `restore` when done.
 */
export async function evaluatedPhase(
  api: TestApi,
  options: {
    companies: number;
    requestedCents: number;
    /** Per company (by index), when they ask different amounts (at most `requestedCents`). */
    requested?: (index: number) => number;
    phase1BudgetCents: number;
    kvkBase: number;
    partnership?: { mayEndPartnersAfterPhase: boolean };
    /** A partnership's buyer judges every request suitable and invites all (default); false leaves it to the test. */
    selectAll?: boolean;
    /** Other funders than EZK and Zuid-Holland 50-50 (Zuid-Holland stays the lead buyer). */
    funders?: ChallengeBody['funders'];
  },
) {
  const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
  const body = challengeBody(options.funders ? { funders: options.funders } : {});
  body.phases[0] = {
    ...body.phases[0]!,
    budgetCents: options.phase1BudgetCents,
    plannedContracts: Math.max(1, options.companies),
  };
  if (options.partnership) {
    // An innovation partnership: price-quality criteria, its own maxima, and the announced terms.
    body.instrument = 'innovation-partnership';
    body.innovationPartnership = {
      ...options.partnership,
      selectionCriteria: 'Ervaring met vergelijkbare ontwikkelprojecten en een team met de nodige kennis.',
      candidatesToInvite: 3,
    };
    body.phases = body.phases.map((p) => ({
      ...p,
      maxPerContractCents: p.maxPerContractCents ?? options.requestedCents,
      submissionDeadline: new Date(Date.now() + (p.number === 1 ? 40 : 300) * 86_400_000).toISOString(),
      criteria: [
        { key: 'quality', weightBasisPoints: 6000 },
        { key: 'price', weightBasisPoints: 4000 },
      ],
    }));
  }
  const challenge = await publishedChallenge(api, { token: buyer, body });
  const challengeId = challenge.id;
  const deadline = challenge.phases[0]!.submissionDeadline;
  const phase1 = { challengeId, phase: 1 };
  const proposals: { id: string; kvk: string; token: string }[] = [];
  for (let i = 0; i < options.companies; i++) {
    const kvk = String(options.kvkBase + i).padStart(8, '0');
    const token = await api.as('sme', kvk);
    await expectStatus(
      api.request(routes.putCompanyProfile, {
        token,
        body: { name: `Bedrijf ${kvk}`, staff: 5, turnoverCents: 10_000_000, balanceSheetCents: 5_000_000 },
      }),
      200,
    );
    const submitted = await expectStatus(
      api.request(routes.submitProposal, {
        token,
        params: phase1,
        body: {
          summary: 'Een voorstel voor de uitdaging.',
          plan: 'Een plan in drie stappen.',
          requestedAmountCents: options.requested?.(i) ?? options.requestedCents,
          durationMonths: 6,
        },
      }),
      201,
    );
    proposals.push({ id: submitted.id, kvk, token });
  }
  await expectStatus(
    api.request(routes.nameCommittee, {
      token: buyer,
      params: phase1,
      body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }] },
    }),
    200,
  );
  const restore = setClock(() => new Date(new Date(deadline).getTime() + 60_000));
  // A partnership's committee scores quality; price is scored by the announced formula.
  const criteria = options.partnership
    ? (['quality'] as const)
    : (['impact', 'technical-feasibility', 'economic-prospects'] as const);
  await declareAndScore(api, {
    challengeId,
    phase: 1,
    proposalIds: proposals.map((p) => p.id),
    scores: (i) => criteria.map((criterion) => ({ criterion, score: Math.max(0, 10 - i) })),
  });
  if (options.partnership && options.selectAll !== false) {
    await expectStatus(
      api.request(routes.recordSelection, {
        token: buyer,
        params: phase1,
        body: {
          candidates: proposals.map((p) => ({
            proposalId: p.id,
            suitable: true,
            invited: true,
            reasons: 'Voldoet aan de geschiktheidseisen.',
          })),
        },
      }),
      201,
    );
  }
  return { buyer, challengeId, deadline, proposals, restore };
}

/**
 * Lets an award decision's standstill pass: the clock moves just past its end, and the schedules
 * due by then fire (the decision's own among them). Returns the function that moves the clock back.
 */
export async function passStandstill(api: TestApi, standstillEndsAt: string): Promise<() => void> {
  await api.runtime.settle(); // the decision's schedule is in
  const restore = setClock(() => new Date(Date.parse(standstillEndsAt) + 60_000));
  await api.runtime.scheduler.runDue();
  await api.runtime.settle();
  return restore;
}

/**
 * The committee's judge (named as `judge` of EZK) declares no conflict for every proposal of the
 * phase and scores each (after the deadline: the caller moves the clock).
 */
export async function declareAndScore(
  api: TestApi,
  options: {
    challengeId: string;
    phase: 1 | 2 | 3;
    proposalIds: string[];
    scores: (index: number) => { criterion: CriterionKey; score: number }[];
    /** false: the judge declared already (a declaration is final); only score. */
    declare?: boolean;
  },
) {
  const judge = await api.as('assessor', ORGS.ezk.oin, 'judge');
  const params = { challengeId: options.challengeId, phase: options.phase };
  for (let start = 0; options.declare !== false && start < options.proposalIds.length; start += 45) {
    const declarations = options.proposalIds
      .slice(start, start + 45)
      .map((proposalId) => ({ proposalId, conflictOfInterest: false }));
    await expectStatus(
      api.request(routes.declareConflicts, { token: judge, params, body: { declarations } }),
      201,
    );
  }
  for (const [i, proposalId] of options.proposalIds.entries()) {
    await expectStatus(
      api.request(routes.scoreProposal, {
        token: judge,
        params: { proposalId },
        body: { scores: options.scores(i), motivation: 'Beoordeeld volgens de criteria van de uitvraag.' },
      }),
      200,
    );
  }
}

/** An award decision by the buyer for these proposals of a phase, at their asked amounts. */
export const decideAwards = (
  api: TestApi,
  options: {
    token: string;
    challengeId: string;
    phase: 1 | 2 | 3;
    proposalIds: string[];
    period?: { startDate: string; endDate: string };
  },
) =>
  api.request(routes.decideAwards, {
    token: options.token,
    params: { challengeId: options.challengeId, phase: options.phase },
    body: {
      decisionId: randomUUID(),
      awards: options.proposalIds.map((proposalId) => ({
        proposalId,
        ...(options.period ?? { startDate: '2027-02-01', endDate: '2027-07-31' }),
      })),
      // Every letter that says "not awarded" says why.
      reasons: DECISION_REASONS,
    },
  });

/** The reasons tests give an award decision (required whenever a bidder is not awarded). */
export const DECISION_REASONS =
  'De hoogst gerangschikte voorstellen passen samen binnen het budget van de fase.';
