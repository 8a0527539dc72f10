import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as remind } from '#functions/scheduled/follow-up-reminder.ts';
import { setClock } from '#shared/platform/clock.ts';
import { isoWeek, latestOccurrence, RECURRING_SCHEDULES } from '#shared/platform/scheduler.ts';
import { challengeBody, ORGS, THIS_YEAR } from '../support/fixtures.ts';
import { evaluatedPhase, marketplace, passStandstill, publishWithConsents } from '../support/journeys.ts';
import { outboxEvents } from '../support/outbox.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

let api: TestApi;
let restoreClock: () => void;
let completed: { id: string; kvk: string; token: string };
let running: { id: string; token: string };
let completedAt: number;

const YEAR = 365 * 86_400_000;
const at = (ms: number) => setClock(() => new Date(ms));
const outcome = {
  followOnRevenueCents: 7_500_000,
  jobsCreated: 2.5, // FTE: two full-time jobs and a half-time one
  followOnInvestmentCents: 20_000_000,
  marketLaunch: true,
  launchingCustomer: true,
  launchingCustomerOin: ORGS.zuidHolland.oin,
};

beforeAll(async () => {
  api = await marketplace();
  const phase = await evaluatedPhase(api, {
    companies: 2,
    requestedCents: 5_000_000,
    phase1BudgetCents: 40_000_000,
    kvkBase: 61_000_000,
  });
  const decided = await api.call('POST', `/challenges/${phase.challengeId}/phases/1/awards`, {
    token: phase.buyer,
    body: {
      decisionId: randomUUID(),
      awards: phase.proposals.map((p) => ({
        proposalId: p.id,
        startDate: '2027-02-01',
        endDate: '2027-07-31',
      })),
      reasons: 'De hoogst gerangschikte voorstellen passen samen binnen het budget van de fase.',
    },
  });
  expect(decided.status).toBe(201);
  const [first, second] = decided.body.awards;
  completed = { id: first.id, kvk: first.companyKvk, token: phase.proposals[0]!.token };
  running = { id: second.id, token: phase.proposals[1]!.token };
  // The standstill passes without objection: the contracts are concluded and can be completed.
  const restoreStandstill = await passStandstill(api, first.standstillEndsAt);
  restoreClock = () => {
    restoreStandstill();
    phase.restore();
  };
  const done = await api.call('POST', `/awards/${completed.id}/complete`, { token: phase.buyer, body: {} });
  expect(done.status).toBe(200);
  completedAt = Date.parse(done.body.endedAt);
  await api.runtime.settle();
}, 120_000);
afterAll(async () => {
  restoreClock?.();
  await api?.runtime.stop();
});

describe('follow-up monitoring of a completed contract', () => {
  it('schedules requests at +1, +2 and +3 years when the contract completes', async () => {
    const schedules = (await tableSnapshot()).filter(
      (i) => i.entity === 'LocalSchedule' && i.target === 'followUpReminder',
    );
    expect(schedules.map((s) => [(s.payload as { round: number }).round, s.at])).toEqual(
      [1, 2, 3].map((round) => {
        const due = new Date(completedAt);
        due.setUTCFullYear(due.getUTCFullYear() + round);
        return [round, due.toISOString()];
      }),
    );
    const mine = await api.call('GET', '/me/follow-ups', { token: completed.token });
    expect(mine.body.items.map((i: { round: number; status: string }) => [i.round, i.status])).toEqual([
      [1, 'scheduled'],
      [2, 'scheduled'],
      [3, 'scheduled'],
    ]);
    // Not due yet: nothing can be reported.
    const early = await api.call('POST', `/awards/${completed.id}/follow-ups`, {
      token: completed.token,
      body: { round: 1, ...outcome },
    });
    expect(early.status).toBe(409);
    expect(early.body.type).toContain('follow-up-not-due');
  });

  it('asks the company when a round falls due — once, however often the schedule fires', async () => {
    const restore = at(completedAt + YEAR + 86_400_000);
    try {
      await api.runtime.scheduler.runDue();
      await api.runtime.settle();
      // Round 1 fired; rounds 2 and 3 wait for their day.
      const waiting = (await tableSnapshot()).filter(
        (i) => i.entity === 'LocalSchedule' && i.target === 'followUpReminder',
      );
      expect(waiting.map((s) => (s.payload as { round: number }).round)).toEqual([2, 3]);
      const asked = await outboxEvents((d) => d.awardId === completed.id && d.round === 1);
      expect(asked.map((e) => e['detail-type'])).toEqual(['FollowUpRequested']);
      // A second firing (the Scheduler retries at least once) changes nothing.
      const before = await tableSnapshot();
      expect(await remind({ awardId: completed.id, round: 1 })).toEqual({ requested: false });
      expect(await tableSnapshot()).toEqual(before);
      const mine = await api.call('GET', '/me/follow-ups', { token: completed.token });
      expect(mine.body.items[0]).toMatchObject({ round: 1, status: 'due' });
      expect(mine.body.items[0].requestedAt).toBeDefined();
    } finally {
      restore();
    }
  });

  it('takes the company’s report once, only for its own completed award and a round that is due', async () => {
    const restore = at(completedAt + YEAR + 2 * 86_400_000);
    try {
      const url = `/awards/${completed.id}/follow-ups`;
      const before = await tableSnapshot();
      for (const body of [
        { round: 1, ...outcome, extra: true }, // unknown key
        { round: 1, ...outcome, jobsCreated: -1 },
        { round: 1, ...outcome, jobsCreated: 2.55 }, // FTE to one decimal
        { round: 4, ...outcome },
        { round: 1, ...outcome, launchingCustomer: false }, // names a launching customer that is not
        { round: 1, ...outcome, followOnRevenueCents: 12.5 },
      ]) {
        const refused = await api.call('POST', url, { token: completed.token, body });
        expect(refused.status, JSON.stringify(body)).toBe(400);
        expect(refused.headers.get('content-type')).toBe('application/problem+json');
      }
      const other = await api.as('sme', '61000099');
      expect((await api.call('POST', url, { token: other, body: { round: 1, ...outcome } })).status).toBe(
        404,
      );
      const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
      expect((await api.call('POST', url, { token: buyer, body: { round: 1, ...outcome } })).status).toBe(
        403,
      );
      const notEnded = await api.call('POST', `/awards/${running.id}/follow-ups`, {
        token: running.token,
        body: { round: 1, ...outcome },
      });
      expect(notEnded.status).toBe(409);
      expect(notEnded.body.type).toContain('award-not-completed');
      expect(await tableSnapshot()).toEqual(before);

      const reported = await api.call('POST', url, {
        token: completed.token,
        body: { round: 1, ...outcome },
      });
      expect(reported.status).toBe(201);
      expect(reported.body).toMatchObject({ round: 1, status: 'reported', outcome });
      const again = await api.call('POST', url, { token: completed.token, body: { round: 1, ...outcome } });
      expect(again.status).toBe(409);
      expect(again.body.type).toContain('follow-up-reported');
      await api.runtime.settle();
      expect((await outboxEvents((d) => d.awardId === completed.id)).map((e) => e['detail-type'])).toContain(
        'FollowUpReported',
      );
    } finally {
      restore();
    }
  });

  it('shows the officer what was reported and what is overdue', async () => {
    // Two years and 100 days on: round 1 reported, round 2 past its 90 days of grace, round 3 ahead.
    const restore = at(completedAt + 2 * YEAR + 100 * 86_400_000);
    try {
      const officer = await api.as('officer', ORGS.ezk.oin);
      const { status, body } = await api.call('GET', `/reports/follow-up?year=${THIS_YEAR}`, {
        token: officer,
      });
      expect(status).toBe(200);
      expect(body.completedAwards).toBe(1);
      expect(body.rounds).toEqual([
        { round: 1, expected: 1, reported: 1, due: 0, overdue: 0, scheduled: 0 },
        { round: 2, expected: 1, reported: 0, due: 0, overdue: 1, scheduled: 0 },
        { round: 3, expected: 1, reported: 0, due: 0, overdue: 0, scheduled: 1 },
      ]);
      expect(body.outcomes).toEqual({
        reportingAwards: 1,
        followOnRevenueCents: 7_500_000,
        followOnInvestmentCents: 20_000_000,
        jobsCreated: 2.5,
        marketLaunches: 1,
        launchingCustomerPurchases: 1,
      });
      expect(body.overdue).toEqual([
        expect.objectContaining({
          awardId: completed.id,
          round: 2,
          status: 'overdue',
          companyKvk: completed.kvk,
        }),
      ]);
    } finally {
      restore();
    }
  });
});

describe('overdue follow-ups by e-mail', () => {
  it('reminds the company of an overdue round once (not of a reported one), and Monday’s digest tells the officers concerned', async () => {
    const bureau = await api.as('programme', ORGS.ezk.oin, 'bureau', 'bureau@programma.example');
    const lead = await api.as('officer', ORGS.zuidHolland.oin, 'controller', 'controller@pzh.example');
    const stranger = await api.as('officer', ORGS.utrecht.oin, 'inkoop', 'inkoop@utrecht.example');
    for (const token of [bureau, lead, stranger])
      expect((await api.call('POST', '/me/address', { token })).status).toBe(200);
    const preferences = await api.call('PUT', '/me/preferences', {
      token: completed.token,
      body: { email: 'rapportage@bedrijf.example', language: 'nl', off: [] },
    });
    expect(preferences.status).toBe(200);
    const subjects = (address: string) =>
      api.runtime.mailbox
        .messages()
        .filter((m) => m.to.includes(address))
        .map((m) => m.subject);
    const digests = (address: string) =>
      api.runtime.mailbox
        .messages()
        .filter((m) => m.to.includes(address) && /^Weekoverzicht/.test(m.subject));

    // Two years and 100 days on: round 2 is asked for and, past its grace, overdue; round 1 was reported.
    const now = completedAt + 2 * YEAR + 100 * 86_400_000;
    let restore = at(now);
    try {
      await api.runtime.scheduler.runDue();
      await api.runtime.scheduler.runDue(); // fired once, whatever runs it again
      await api.runtime.settle();
      expect(subjects('rapportage@bedrijf.example').sort()).toEqual([
        'Te laat: vervolgrapportage 2 voor SBIR Schone vaarwegen',
        'Vervolgrapportage 2 voor SBIR Schone vaarwegen',
      ]);
      const week = isoWeek(latestOccurrence(RECURRING_SCHEDULES.weeklyDigest, new Date(now).toISOString()));
      for (const address of ['bureau@programma.example', 'controller@pzh.example']) {
        const [digest, ...more] = digests(address);
        expect(more).toEqual([]);
        expect(digest!.subject).toBe(`Weekoverzicht ${week}: 1 vervolgrapportage te laat`);
        expect(digest!.text).toMatch(
          /– Bedrijf 61000000, SBIR Schone vaarwegen, fase 1, ronde 2: \d+ dagen te laat/,
        );
      }
      expect(digests('inkoop@utrecht.example')).toEqual([]); // not Utrecht's call
    } finally {
      restore();
    }
    // A week later: a new digest (still overdue), and no second reminder to the company.
    restore = at(now + 7 * 86_400_000);
    try {
      await api.runtime.scheduler.runDue();
      await api.runtime.settle();
      expect(digests('controller@pzh.example')).toHaveLength(2);
      expect(subjects('rapportage@bedrijf.example')).toHaveLength(2);
    } finally {
      restore();
    }
  });
});

describe('the pipeline projection', () => {
  it('counts a withdrawn proposal as withdrawn, whatever order the events arrive in', async () => {
    restoreClock();
    const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
    const created = await api.call('POST', '/challenges', { token: buyer, body: challengeBody() });
    const challengeId = created.body.id;
    await publishWithConsents(api, challengeId, buyer);
    const company = await api.as('sme', '62000001');
    await api.call('PUT', '/organisations/me', {
      token: company,
      body: {
        name: 'Terugtrekker BV',
        staff: 300,
        turnoverCents: 9_000_000_000,
        balanceSheetCents: 9_000_000_000,
      },
    });
    const submitted = await api.call('POST', `/challenges/${challengeId}/phases/1/proposals`, {
      token: company,
      body: {
        summary: 'Een voorstel voor de uitdaging.',
        plan: 'Een plan in drie stappen.',
        requestedAmountCents: 5_000_000,
        durationMonths: 6,
      },
    });
    expect(submitted.status).toBe(201);
    expect((await api.call('DELETE', `/proposals/${submitted.body.id}`, { token: company })).status).toBe(
      200,
    );
    await api.runtime.settle();
    const row = (await tableSnapshot()).find(
      (i) => i.entity === 'ProposalReportRow' && i.proposalId === submitted.body.id,
    );
    expect(row).toMatchObject({
      withdrawnAt: expect.any(String),
      companyName: 'Terugtrekker BV',
      sizeClass: 'large',
    });

    // The same two facts for another proposal, delivered withdrawal first (the bus does not
    // promise order): the row still ends up submitted and withdrawn.
    const events = await outboxEvents((d) => d.proposalId === submitted.body.id);
    expect(events.map((e) => e['detail-type'])).toEqual(['ProposalSubmitted', 'ProposalWithdrawn']);
    const other = randomUUID();
    const { handler: project } = await import('#functions/consumers/report-projection.ts');
    for (const event of [...events].reverse()) {
      const copy = structuredClone(event);
      copy.detail.metadata.eventId = randomUUID();
      copy.detail.data.proposalId = other;
      expect(await project(copy as never, {} as never)).toEqual({ applied: true });
    }
    const reversed = (await tableSnapshot()).find(
      (i) => i.entity === 'ProposalReportRow' && i.proposalId === other,
    );
    expect(reversed).toMatchObject({
      withdrawnAt: expect.any(String),
      submittedAt: expect.any(String),
      phase: 1,
    });
    const officer = await api.as('officer', ORGS.ezk.oin);
    const report = async () => {
      const pipeline = await api.call('GET', `/reports/pipeline?year=${THIS_YEAR}`, { token: officer });
      const mine = pipeline.body.byBuyer.find(
        (b: { buyerOin: string }) => b.buyerOin === ORGS.zuidHolland.oin,
      );
      return { phase1: pipeline.body.phases[0].withdrawn, mine: mine.withdrawn };
    };
    // While phase 1 is open its bids are sealed, withdrawn ones too: the report counts them once it closes.
    expect(await report()).toEqual({ phase1: 0, mine: 0 });
    const restore = setClock(() => new Date(Date.parse(created.body.phases[0].submissionDeadline) + 60_000));
    try {
      expect(await report()).toEqual({ phase1: 2, mine: 2 });
    } finally {
      restore();
    }
  });
});
