import { expect } from 'vitest';
import { setClock } from '#shared/platform/clock.ts';
import { challengeBody, ORGS } from './fixtures.ts';
import type { TestApi } from './runtime.ts';

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
    phase1BudgetCents: number;
    kvkBase: number;
    partnership?: { mayEndPartnersAfterPhase: boolean };
  },
) {
  const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
  const body = challengeBody();
  body.phases[0] = {
    ...body.phases[0]!,
    budgetCents: options.phase1BudgetCents,
    plannedContracts: Math.max(1, options.companies),
  };
  if (options.partnership) {
    // An innovation partnership: price-quality criteria, its own maxima, and the announced terms.
    body.instrument = 'innovation-partnership';
    body.innovationPartnership = options.partnership;
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
  const created = await api.call('POST', '/challenges', { token: buyer, body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const challengeId = created.body.id as string;
  const deadline = created.body.phases[0].submissionDeadline as string;
  expect((await api.call('POST', `/challenges/${challengeId}/publish`, { token: buyer })).status).toBe(200);
  const proposals: { id: string; kvk: string; token: string }[] = [];
  for (let i = 0; i < options.companies; i++) {
    const kvk = String(options.kvkBase + i).padStart(8, '0');
    const token = await api.as('sme', kvk);
    await api.call('PUT', '/organisations/me', {
      token,
      body: { name: `Bedrijf ${kvk}`, staff: 5, turnoverCents: 10_000_000, balanceSheetCents: 5_000_000 },
    });
    const submitted = await api.call('POST', `/challenges/${challengeId}/phases/1/proposals`, {
      token,
      body: {
        summary: 'Een voorstel voor de uitdaging.',
        plan: 'Een plan in drie stappen.',
        requestedAmountCents: options.requestedCents,
        durationMonths: 6,
      },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    proposals.push({ id: submitted.body.id, kvk, token });
  }
  await api.call('PUT', `/challenges/${challengeId}/phases/1/committee`, {
    token: buyer,
    body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }] },
  });
  const restore = setClock(() => new Date(new Date(deadline).getTime() + 60_000));
  const judge = await api.as('assessor', ORGS.ezk.oin, 'judge');
  for (let start = 0; start < proposals.length; start += 45) {
    const declarations = proposals
      .slice(start, start + 45)
      .map((p) => ({ proposalId: p.id, conflictOfInterest: false }));
    expect(
      (
        await api.call('POST', `/challenges/${challengeId}/phases/1/conflict-declarations`, {
          token: judge,
          body: { declarations },
        })
      ).status,
    ).toBe(201);
  }
  for (const [i, p] of proposals.entries()) {
    const s = Math.max(0, 10 - i);
    const criteria = options.partnership
      ? ['quality', 'price']
      : ['impact', 'technical-feasibility', 'economic-prospects'];
    const scored = await api.call('PUT', `/proposals/${p.id}/scores`, {
      token: judge,
      body: {
        scores: criteria.map((criterion) => ({ criterion, score: s })),
        motivation: 'Beoordeeld volgens de criteria van de uitvraag.',
      },
    });
    expect(scored.status).toBe(200);
  }
  return { buyer, challengeId, deadline, proposals, restore };
}
