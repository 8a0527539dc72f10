import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnvelopes } from '#shared/funding/envelopes.ts';
import { readLedger } from '#shared/funding/repository.ts';
import { toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { setClock } from '#shared/platform/clock.ts';
import { ORGS, THIS_YEAR } from '../support/fixtures.ts';
import { evaluatedPhase, marketplace, passStandstill } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

let api: TestApi;
let setup: Awaited<ReturnType<typeof evaluatedPhase>>;

const envelope = async (holder: string) =>
  (await listEnvelopes(THIS_YEAR)).find((e) => e.holderOin === holder && e.instrument === 'sbir')!;
const decide = (
  challengeId: string,
  awards: { proposalId: string; amountCents?: number }[],
  decisionId: string = randomUUID(),
  token = setup.buyer,
  extra: Record<string, unknown> = {},
) =>
  api.call('POST', `/challenges/${challengeId}/phases/1/awards`, {
    token,
    body: {
      ...extra,
      decisionId,
      awards: awards.map((a) => ({ ...a, startDate: '2027-02-01', endDate: '2027-07-31' })),
      reasons: 'De hoogst gerangschikte voorstellen passen samen binnen het budget van de fase.',
    },
  });

beforeAll(async () => {
  api = await marketplace();
  // € 150.000 for phase 1; four proposals of € 50.000 each.
  setup = await evaluatedPhase(api, {
    companies: 4,
    requestedCents: 5_000_000,
    phase1BudgetCents: 15_000_000,
    kvkBase: 10_000_000,
  });
});
afterAll(async () => {
  setup?.restore();
  await api?.runtime.stop();
});

describe('award decisions', () => {
  let awardIds: string[] = [];
  let restoreStandstill = () => {};
  afterAll(() => restoreStandstill());
  const decisionId = randomUUID();

  it('feedback and statistics wait for the award decision', async () => {
    const feedback = await api.call('GET', `/proposals/${setup.proposals[0]!.id}/feedback`, {
      token: setup.proposals[0]!.token,
    });
    expect(feedback.status).toBe(409);
    expect(feedback.body.type).toMatch(/no-decision-yet$/);
    expect((await api.call('GET', `/challenges/${setup.challengeId}/phases/1/statistics`)).status).toBe(409);
  });

  it('award ranked proposals with their exact split over the funders, moving every counter in one go', async () => {
    const ezkBefore = await envelope(ORGS.ezk.oin);
    const [first, second] = setup.proposals;
    const decided = await decide(
      setup.challengeId,
      [{ proposalId: first!.id }, { proposalId: second!.id, amountCents: 4_000_001 }],
      decisionId,
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    awardIds = decided.body.awards.map((a: { id: string }) => a.id);
    expect(decided.body.awards[1]).toMatchObject({
      amountCents: 4_000_001,
      amountExclVatCents: 3_305_786,
      status: 'provisional',
      split: [
        { funderOin: ORGS.ezk.oin, holderOin: ORGS.ezk.oin, amountCents: 2_000_001 },
        { funderOin: ORGS.zuidHolland.oin, holderOin: ORGS.zuidHolland.oin, amountCents: 2_000_000 },
      ],
    });
    const ezkAfter = await envelope(ORGS.ezk.oin);
    expect(ezkAfter.awardedCents - ezkBefore.awardedCents).toBe(2_500_000 + 2_000_001);
    expect(ezkBefore.reservedCents - ezkAfter.reservedCents).toBe(2_500_000 + 2_000_001);
    expect(ezkAfter.remainingCents).toBe(ezkBefore.remainingCents);
    const company = await api.call('GET', `/awards/${awardIds[0]}`, { token: first!.token });
    expect(company.body.companyKvk).toBe(first!.kvk);
    expect((await api.call('GET', `/awards/${awardIds[0]}`, { token: second!.token })).status).toBe(404);
  });

  it('resending the same decision changes nothing and returns the same awards', async () => {
    await api.runtime.settle(); // projections of earlier requests are in: compare like with like
    const before = await tableSnapshot();
    const [first, second] = setup.proposals;
    const again = await decide(
      setup.challengeId,
      [{ proposalId: second!.id, amountCents: 4_000_001 }, { proposalId: first!.id }],
      decisionId,
    );
    expect(again.status).toBe(200);
    expect(again.body.replayed).toBe(true);
    expect(again.body.awards.map((a: { id: string }) => a.id)).toEqual(awardIds);
    expect(await tableSnapshot()).toEqual(before);
    const reused = await decide(setup.challengeId, [{ proposalId: setup.proposals[2]!.id }], decisionId);
    expect(reused.status).toBe(409);
    expect(reused.body.type).toMatch(/decision-id-reused$/);
  });

  it('then each company sees its own result, and everyone the anonymised statistics', async () => {
    const [winner, , , loser] = setup.proposals;
    const own = await api.call('GET', `/proposals/${winner!.id}/feedback`, { token: winner!.token });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ rank: 1, of: 4, totalScore: 10, awarded: true });
    expect(own.body.assessments).toEqual([
      expect.objectContaining({
        assessor: 'Assessor 1',
        motivation: 'Beoordeeld volgens de criteria van de uitvraag.',
      }),
    ]);
    expect(JSON.stringify(own.body)).not.toMatch(/judge|00000099/); // assessors unnamed
    expect(
      (await api.call('GET', `/proposals/${loser!.id}/feedback`, { token: loser!.token })).body,
    ).toMatchObject({ rank: 4, awarded: false });
    expect((await api.call('GET', `/proposals/${loser!.id}/feedback`, { token: winner!.token })).status).toBe(
      404,
    );

    const stats = await api.call('GET', `/challenges/${setup.challengeId}/phases/1/statistics`);
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({
      proposals: 4,
      smeProposals: 4,
      awarded: 2,
      successRate: 0.5,
      lowestFundedScore: 9,
      highestScore: 10,
    });
    expect(stats.body.scoreDistribution.filter((b: { count: number }) => b.count > 0)).toEqual([
      { from: 7, to: 8, count: 1 },
      { from: 8, to: 9, count: 1 },
      { from: 9, to: 10, count: 2 },
    ]);
    expect(JSON.stringify(stats.body)).not.toMatch(/Bedrijf|kvk/i);
  });

  it('refuses a second award of a proposal, an award beyond the budget, or more than was asked — writing nothing', async () => {
    await api.runtime.settle(); // projections of earlier requests are in: compare like with like
    const before = await tableSnapshot();
    expect((await decide(setup.challengeId, [{ proposalId: setup.proposals[0]!.id }])).body.type).toMatch(
      /already-awarded$/,
    );
    // € 150.000 − € 90.000,01 awarded leaves € 59.999,99: two more of € 50.000 do not fit.
    const over = await decide(setup.challengeId, [
      { proposalId: setup.proposals[2]!.id },
      { proposalId: setup.proposals[3]!.id },
    ]);
    expect(over.status).toBe(422);
    expect(over.body.type).toMatch(/phase-budget-exhausted$/);
    expect(
      (await decide(setup.challengeId, [{ proposalId: setup.proposals[2]!.id, amountCents: 5_000_001 }])).body
        .type,
    ).toMatch(/over-requested$/);
    expect(
      (
        await decide(
          setup.challengeId,
          [{ proposalId: setup.proposals[2]!.id }],
          randomUUID(),
          await api.as('buyer', ORGS.noordHolland.oin),
        )
      ).status,
    ).toBe(404);
    expect(await tableSnapshot()).toEqual(before);
  });

  it('awards are provisional until the standstill ends; then, by its schedule, definitive contracts', async () => {
    const early = await api.call('POST', `/awards/${awardIds[0]}/complete`, { token: setup.buyer, body: {} });
    expect(early.status).toBe(409);
    expect(early.body.type).toMatch(/award-provisional$/);
    const award = (await api.call('GET', `/awards/${awardIds[0]}`, { token: setup.buyer })).body;
    // 20 calendar days, the day of the decision not counted, to 24:00 Amsterdam of the last day.
    const decidedDay = toAmsterdamIso(award.decidedAt).slice(0, 10);
    const dayAfterLast = new Date(Date.parse(`${decidedDay}T12:00:00Z`) + 21 * 86_400_000).toISOString();
    expect(toAmsterdamIso(award.standstillEndsAt)).toMatch(
      new RegExp(`^${dayAfterLast.slice(0, 10)}T00:00:00`),
    );
    restoreStandstill = await passStandstill(api, award.standstillEndsAt);
    for (const id of awardIds) {
      const concluded = (await api.call('GET', `/awards/${id}`, { token: setup.buyer })).body;
      expect(concluded).toMatchObject({ status: 'awarded', concludedAt: expect.any(String) });
      expect(concluded.concludedAt >= award.standstillEndsAt).toBe(true);
    }
  });

  it('completing returns unspent money to the envelopes and invites the company to phase 2', async () => {
    const ezkBefore = await envelope(ORGS.ezk.oin);
    const completed = await api.call('POST', `/awards/${awardIds[0]}/complete`, {
      token: setup.buyer,
      body: { finalAmountCents: 4_000_000 },
    });
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);
    expect(completed.body).toMatchObject({ status: 'completed', finalAmountCents: 4_000_000 });
    const ezkAfter = await envelope(ORGS.ezk.oin);
    expect(ezkAfter.remainingCents - ezkBefore.remainingCents).toBe(500_000); // EZK's half of € 10.000 unspent
    expect(ezkBefore.awardedCents - ezkAfter.awardedCents).toBe(500_000);
    expect(
      (await api.call('POST', `/awards/${awardIds[0]}/complete`, { token: setup.buyer, body: {} })).status,
    ).toBe(409);

    await api.runtime.settle();
    const winner = setup.proposals[0]!;
    const invitations = await api.call('GET', '/me/invitations', { token: winner.token });
    expect(invitations.body.items).toEqual([
      expect.objectContaining({ challengeId: setup.challengeId, phase: 2, becauseOfAwardId: awardIds[0] }),
    ]);
    const phase2 = await api.call('POST', `/challenges/${setup.challengeId}/phases/2/proposals`, {
      token: winner.token,
      body: {
        summary: 'Het prototype na onze haalbaarheidsstudie.',
        plan: 'Bouwen, testen, demonstreren.',
        requestedAmountCents: 20_000_000,
        durationMonths: 12,
      },
    });
    expect(phase2.status, JSON.stringify(phase2.body)).toBe(201);
    expect(
      (await api.call('GET', '/me/invitations', { token: setup.proposals[1]!.token })).body.items,
    ).toEqual([]);
  });

  it('terminating pays the accepted milestones and returns the rest; an ended award cannot end again', async () => {
    // Two instalments; the first (€ 10.000,01) was delivered and accepted before the end.
    const schedule = await api.call('PUT', `/awards/${awardIds[1]}/contract/schedule`, {
      token: setup.buyer,
      body: {
        milestones: [
          { deliverable: { nl: 'Tussenrapport' }, dueDate: '2027-04-01', amountCents: 1_000_001 },
          { deliverable: { nl: 'Eindrapport' }, dueDate: '2027-07-31', amountCents: 3_000_000 },
        ],
      },
    });
    expect(schedule.status, JSON.stringify(schedule.body)).toBe(200);
    const milestone = `/awards/${awardIds[1]}/milestones/1`;
    expect(
      (
        await api.call('POST', `${milestone}/deliverable`, {
          token: setup.proposals[1]!.token,
          body: { summary: 'Het tussenrapport, zoals afgesproken.' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await api.call('POST', `${milestone}/review`, { token: setup.buyer, body: { outcome: 'accepted' } }))
        .status,
    ).toBe(200);
    const terminated = await api.call('POST', `/awards/${awardIds[1]}/terminate`, {
      token: setup.buyer,
      body: { reason: 'Tussendoelen niet gehaald', spentCents: 1_000_001 },
    });
    expect(terminated.status, JSON.stringify(terminated.body)).toBe(200);
    expect(terminated.body).toMatchObject({
      status: 'terminated',
      finalAmountCents: 1_000_001,
      terminationReason: 'Tussendoelen niet gehaald',
    });
    expect(
      (
        await api.call('POST', `/awards/${awardIds[1]}/terminate`, {
          token: setup.buyer,
          body: { reason: 'nogmaals', spentCents: 0 },
        })
      ).status,
    ).toBe(409);
  });

  it('the ledger rebuilds every envelope balance exactly', async () => {
    for (const holder of [ORGS.ezk.oin, ORGS.zuidHolland.oin]) {
      const entries = (await readLedger(holder)).filter(
        (e) => e.year === THIS_YEAR && e.instrument === 'sbir',
      );
      const e = await envelope(holder);
      expect(entries.reduce((s, x) => s + x.reservedDeltaCents, 0)).toBe(e.reservedCents);
      expect(entries.reduce((s, x) => s + x.awardedDeltaCents, 0)).toBe(e.awardedCents);
      expect(e.capCents).toBe(e.remainingCents + e.reservedCents + e.awardedCents);
    }
  });
});

describe('completing the challenge', () => {
  it('waits for every phase to close and every contract to end, then releases what was never awarded', async () => {
    const early = await api.call('POST', `/challenges/${setup.challengeId}/complete`, { token: setup.buyer });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ type: expect.stringMatching(/phases-still-open$/), phases: [2] });

    const challenge = (await api.call('GET', `/challenges/${setup.challengeId}`)).body;
    const restore = setClock(
      () => new Date(new Date(challenge.phases[1].submissionDeadline).getTime() + 60_000),
    );
    try {
      const ezkBefore = await envelope(ORGS.ezk.oin);
      const completed = await api.call('POST', `/challenges/${setup.challengeId}/complete`, {
        token: setup.buyer,
      });
      expect(completed.status, JSON.stringify(completed.body)).toBe(200);
      expect(completed.body.status).toBe('completed');
      const reservations = (await tableSnapshot()).filter(
        (i) => i.pk === `CHALLENGE#${setup.challengeId}` && String(i.sk).startsWith('RESERVATION#'),
      );
      expect(reservations.map((r) => r.unawardedCents)).toEqual([0, 0]);
      const ezkAfter = await envelope(ORGS.ezk.oin);
      expect(ezkAfter.remainingCents - ezkBefore.remainingCents).toBe(
        ezkBefore.reservedCents - ezkAfter.reservedCents,
      );
      expect(
        (await api.call('POST', `/challenges/${setup.challengeId}/complete`, { token: setup.buyer })).status,
      ).toBe(409);
      await api.runtime.settle();
      const listed = await api.call('GET', '/challenges?status=completed');
      expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(setup.challengeId);
    } finally {
      restore();
    }
  });
});

describe('innovation partnership', () => {
  it('partners may be ended only if the procurement documents announced it', async () => {
    setup.restore();
    const partnership = await evaluatedPhase(api, {
      companies: 1,
      requestedCents: 5_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 30_000_000,
      partnership: { mayEndPartnersAfterPhase: false },
    });
    try {
      const decided = await decide(
        partnership.challengeId,
        [{ proposalId: partnership.proposals[0]!.id }],
        randomUUID(),
        partnership.buyer,
      );
      expect(decided.status, JSON.stringify(decided.body)).toBe(201);
      (await passStandstill(api, decided.body.awards[0].standstillEndsAt))();
      const refused = await api.call('POST', `/awards/${decided.body.awards[0].id}/terminate`, {
        token: partnership.buyer,
        body: { reason: 'Wij willen stoppen', spentCents: 0 },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.type).toMatch(/not-announced$/);
      // For cause it is always possible, with the cause recorded.
      const forCause = await api.call('POST', `/awards/${decided.body.awards[0].id}/terminate`, {
        token: partnership.buyer,
        body: { reason: 'De partner is failliet verklaard.', spentCents: 0, cause: 'bankruptcy' },
      });
      expect(forCause.status, JSON.stringify(forCause.body)).toBe(200);
      expect(forCause.body).toMatchObject({ status: 'terminated', terminationCause: 'bankruptcy' });
    } finally {
      partnership.restore();
    }
  });
});

describe('the phase-2 invitation consumer', () => {
  it('applies an AwardCompleted delivered three times once', async () => {
    const { outboxEvents } = await import('../support/outbox.ts');
    const { handler } = await import('#functions/consumers/phase-invitations.ts');
    const [completed] = (await outboxEvents()).filter((e) => e['detail-type'] === 'AwardCompleted');
    await api.runtime.settle();
    const before = await tableSnapshot();
    expect(await handler(completed!, {} as never)).toEqual({ applied: false });
    expect(await handler(completed!, {} as never)).toEqual({ applied: false });
    expect(await tableSnapshot()).toEqual(before);
    expect(before.filter((i) => i.entity === 'PhaseInvitation')).toHaveLength(1);
  });
});

describe('50 concurrent award calls against a budget that fits 10', () => {
  it('yield exactly 10 awards and no negative balance', async () => {
    setup.restore();
    const many = await evaluatedPhase(api, {
      companies: 50,
      requestedCents: 5_000_000,
      phase1BudgetCents: 50_000_000,
      kvkBase: 20_000_000,
    });
    try {
      const ezkBefore = await envelope(ORGS.ezk.oin);
      // Each decision awards one bid and says why it passes over every bid ranked above it.
      const results = await Promise.all(
        many.proposals.map((p, i) =>
          decide(many.challengeId, [{ proposalId: p.id }], randomUUID(), many.buyer, {
            passedOver: many.proposals.slice(0, i).map((above) => ({
              proposalId: above.id,
              reason: 'Getoetst in deze gelijktijdige beslissing over het budget van de fase.',
            })),
          }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(
        results.filter((r) => r.status !== 201 && r.status !== 422).map((r) => r.body),
        'only 422 besides',
      ).toEqual([]);
      const items = await tableSnapshot();
      const budget = items.find((i) => i.pk === `CHALLENGE#${many.challengeId}` && i.sk === 'BUDGET#1')!;
      expect(budget).toMatchObject({ awardedCents: 50_000_000, remainingCents: 0 });
      expect(items.filter((i) => i.entity === 'Award' && i.challengeId === many.challengeId)).toHaveLength(
        10,
      );
      const reservations = items.filter(
        (i) => i.pk === `CHALLENGE#${many.challengeId}` && String(i.sk).startsWith('RESERVATION#'),
      );
      for (const r of reservations) expect(r.unawardedCents as number).toBeGreaterThanOrEqual(0);
      const ezkAfter = await envelope(ORGS.ezk.oin);
      expect(ezkAfter.awardedCents - ezkBefore.awardedCents).toBe(25_000_000);
      expect(ezkAfter.reservedCents).toBeGreaterThanOrEqual(0);

      const challenge = (await api.call('GET', `/challenges/${many.challengeId}`)).body;
      const restoreLater = setClock(
        () => new Date(new Date(challenge.phases[1].submissionDeadline).getTime() + 60_000),
      );
      try {
        const running = await api.call('POST', `/challenges/${many.challengeId}/complete`, {
          token: many.buyer,
        });
        expect(running.status).toBe(409);
        expect(running.body.type).toMatch(/contracts-running$/);
        expect(running.body.awardIds).toHaveLength(10);
      } finally {
        restoreLater();
      }
    } finally {
      many.restore();
    }
  }, 180_000); // 50 companies set up, then 50 decisions at once: slow under a full parallel run, never a speed claim
});
