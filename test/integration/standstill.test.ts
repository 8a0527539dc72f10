import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnvelopes } from '#shared/funding/envelopes.ts';
import { readLedger } from '#shared/funding/repository.ts';
import { endOfPeriodInDays, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { publicHolidays } from '#shared/platform/calendar.ts';
import { clock, setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { ORGS, THIS_YEAR } from '../support/fixtures.ts';
import {
  DECISION_REASONS,
  evaluatedPhase,
  expectStatus,
  marketplace,
  passStandstill,
} from '../support/journeys.ts';
import { ocdsValidator } from '../support/ocds.ts';
import { outboxEvents } from '../support/outbox.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * Issue #14, point 3 and 4: a reasoned award decision to every bidder, a standstill that ends by
 * schedule, objections that keep the awards provisional until answered, and a withdrawal that
 * gives the money back through the ledger — against DynamoDB Local, through the HTTP API.
 */

let api: TestApi;
/** Clock moves of the running describe, undone (last first) when it ends. */
let restores: (() => void)[] = [];
const undoClock = () => {
  for (const restore of restores.reverse()) restore();
  restores = [];
};
afterAll(async () => {
  undoClock();
  await api?.runtime.stop();
});
beforeAll(async () => {
  api = await marketplace();
});

type Phase = Awaited<ReturnType<typeof evaluatedPhase>>;
const decide = async (setup: Phase, proposals: number[], reasons?: string) =>
  expectStatus(
    api.request(routes.decideAwards, {
      token: setup.buyer,
      params: { challengeId: setup.challengeId, phase: 1 },
      body: {
        decisionId: randomUUID(),
        awards: proposals.map((i) => ({
          proposalId: setup.proposals[i]!.id,
          startDate: '2027-03-01',
          endDate: '2027-08-31',
        })),
        reasons: reasons ?? DECISION_REASONS,
      },
    }),
    201,
  );
const letter = (setup: Phase, i: number, decisionId: string, token = setup.proposals[i]!.token) =>
  api.request(routes.decisionLetter, {
    token,
    params: { proposalId: setup.proposals[i]!.id, decisionId },
  });
const object = (setup: Phase, i: number, decisionId: string, grounds: string) =>
  api.request(routes.lodgeObjection, {
    token: setup.proposals[i]!.token,
    params: { proposalId: setup.proposals[i]!.id },
    body: { decisionId, grounds },
  });
const answer = (setup: Phase, objectionId: string, outcome: 'upheld' | 'rejected', token = setup.buyer) =>
  api.request(routes.answerObjection, {
    token,
    params: { challengeId: setup.challengeId, objectionId },
    body: { outcome, reasons: 'De commissie heeft het bezwaar zorgvuldig bekeken.' },
  });
const awardStatuses = async (setup: Phase, ids: string[]) =>
  Promise.all(
    ids.map(
      async (id) =>
        (
          await expectStatus(
            api.request(routes.getAward, { token: setup.buyer, params: { awardId: id } }),
            200,
          )
        ).status,
    ),
  );

describe('the reasoned award decision and its letters', () => {
  afterAll(undoClock);
  let setup: Phase;
  let decision: Awaited<ReturnType<typeof decide>>;

  beforeAll(async () => {
    // Four bidders of € 50.000; € 100.000 for two contracts: ranks 1 and 2 win.
    setup = await evaluatedPhase(api, {
      companies: 4,
      requestedCents: 5_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 43_000_000,
    });
    restores.push(setup.restore);
    decision = await decide(
      setup,
      [0, 1],
      'De twee hoogst gerangschikte voorstellen passen binnen het budget.',
    );
  });

  it('makes the awards provisional and sends every bidder of the phase its own letter', async () => {
    expect(decision.awards.map((a) => a.status)).toEqual(['provisional', 'provisional']);
    const [issued] = (await outboxEvents((d) => d.decisionId === decision.decisionId)).filter(
      (e) => e['detail-type'] === 'AwardDecisionIssued',
    );
    expect(issued!.detail.data).toMatchObject({
      standstillDays: 20,
      standstillEndsAt: decision.awards[0]!.standstillEndsAt,
      recipients: setup.proposals.map((p, i) => ({
        proposalId: p.id,
        companyKvk: p.kvk,
        outcome: i < 2 ? 'awarded' : 'not-awarded',
      })),
    });

    const won = await expectStatus(letter(setup, 0, decision.decisionId), 200);
    expect(won).toMatchObject({
      outcome: 'awarded',
      status: 'standstill',
      standstillDays: 20,
      award: { awardId: decision.awards[0]!.id, amountCents: 5_000_000, status: 'provisional' },
      own: { rank: 1, totalScore: 10, meetsThreshold: true },
      proposalsRanked: 4,
      reasons: 'De twee hoogst gerangschikte voorstellen passen binnen het budget.',
      mayObject: true,
    });
    expect(won.standstillEndsAtAmsterdam).toMatch(/T00:00:00\+0[12]:00$/); // 24:00 of the last day

    // The third-ranked: its own scores and motivations, why not, and where the winners did better.
    const lost = await expectStatus(letter(setup, 2, decision.decisionId), 200);
    expect(lost).toMatchObject({
      outcome: 'not-awarded',
      notAwardedBecause: 'outside-budget',
      own: {
        rank: 3,
        totalScore: 8,
        assessments: [
          { assessor: 'Assessor 1', motivation: 'Beoordeeld volgens de criteria van de uitvraag.' },
        ],
      },
    });
    expect(lost.award).toBeUndefined();
    expect(lost.awarded.map((a) => [a.rank, a.companyName, a.totalScore])).toEqual([
      [1, `Bedrijf ${setup.proposals[0]!.kvk}`, 10],
      [2, `Bedrijf ${setup.proposals[1]!.kvk}`, 9],
    ]);
    expect(lost.awarded[0]!.advantages).toEqual(
      lost.criteria.map((c) => ({ criterion: c.key, theirs: 10, yours: 8, difference: 2 })),
    );
    // Nothing of another loser, and no assessor named.
    expect(JSON.stringify(lost)).not.toContain(setup.proposals[3]!.kvk);
    expect(JSON.stringify(lost)).not.toMatch(/judge/);
  });

  it('lets each bidder read only its own letter; the buyer reads every one; others learn nothing', async () => {
    expect((await letter(setup, 2, decision.decisionId, setup.proposals[3]!.token)).status).toBe(404);
    const buyerView = await expectStatus(letter(setup, 3, decision.decisionId, setup.buyer), 200);
    expect(buyerView.mayObject).toBe(false);
    const otherBuyer = await api.as('buyer', ORGS.noordHolland.oin);
    expect((await letter(setup, 3, decision.decisionId, otherBuyer)).status).toBe(404);
    expect((await letter(setup, 3, randomUUID(), setup.buyer)).status).toBe(404);
    const mine = await expectStatus(
      api.request(routes.myDecisionLetters, { token: setup.proposals[3]!.token }),
      200,
    );
    expect(mine.items).toEqual([
      expect.objectContaining({
        decisionId: decision.decisionId,
        proposalId: setup.proposals[3]!.id,
        outcome: 'not-awarded',
        status: 'standstill',
      }),
    ]);
    const list = await expectStatus(
      api.request(routes.challengeDecisions, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId },
      }),
      200,
    );
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.letters.map((l) => [l.rank, l.outcome])).toEqual([
      [1, 'awarded'],
      [2, 'awarded'],
      [3, 'not-awarded'],
      [4, 'not-awarded'],
    ]);
  });

  it('keeps the awards provisional while an objection is open, and concludes once it is rejected', async () => {
    const short = await object(setup, 2, decision.decisionId, 'Oneens.');
    expect(short.status).toBe(400);
    const lodged = await expectStatus(
      object(setup, 2, decision.decisionId, 'De prijs van ons voorstel is niet meegewogen in de rangorde.'),
      201,
    );
    expect(lodged).toMatchObject({ status: 'open', proposalId: setup.proposals[2]!.id });
    // Another buyer cannot answer it; the own buyer sees it in its letter and in the decision.
    expect(
      (await answer(setup, lodged.objectionId, 'rejected', await api.as('buyer', ORGS.noordHolland.oin)))
        .status,
    ).toBe(404);
    expect((await expectStatus(letter(setup, 2, decision.decisionId), 200)).objections).toEqual([
      expect.objectContaining({ objectionId: lodged.objectionId, status: 'open' }),
    ]);

    // The standstill passes with the objection open: its schedule fires, nothing is concluded.
    restores.push(await passStandstill(api, decision.awards[0]!.standstillEndsAt));
    expect(
      await awardStatuses(
        setup,
        decision.awards.map((a) => a.id),
      ),
    ).toEqual(['provisional', 'provisional']);
    const late = await object(setup, 3, decision.decisionId, 'Ook wij zijn het niet eens met de rangorde.');
    expect(late.status).toBe(409);
    expect(late.problem?.type).toMatch(/standstill-over$/);

    // Rejected with reasons after the standstill ended: the contract still waits 5 calendar days
    // (to 24:00 of the last, moved past a weekend or holiday), so the bidder can go to court.
    const answeredAt = clock.nowIso();
    const rejected = await expectStatus(answer(setup, lodged.objectionId, 'rejected'), 200);
    expect(rejected).toMatchObject({ status: 'rejected', answer: { reasons: expect.any(String) } });
    expect((await answer(setup, lodged.objectionId, 'upheld')).status).toBe(409);
    await api.runtime.settle();
    await api.runtime.scheduler.runDue();
    await api.runtime.settle();
    expect(
      await awardStatuses(
        setup,
        decision.awards.map((a) => a.id),
      ),
    ).toEqual(['provisional', 'provisional']);
    const waiting = (
      await expectStatus(
        api.request(routes.challengeDecisions, {
          token: setup.buyer,
          params: { challengeId: setup.challengeId },
        }),
        200,
      )
    ).items.find((d) => d.decisionId === decision.decisionId)!;
    expect(waiting.concludableFrom).toBe(endOfPeriodInDays(answeredAt, 5));
    restores.push(setClock(() => new Date(Date.parse(waiting.concludableFrom!) + 60_000)));
    await api.runtime.scheduler.runDue();
    await api.runtime.settle();
    expect(
      await awardStatuses(
        setup,
        decision.awards.map((a) => a.id),
      ),
    ).toEqual(['awarded', 'awarded']);
    const concluded = await expectStatus(letter(setup, 2, decision.decisionId), 200);
    expect(concluded).toMatchObject({ status: 'definitive', mayObject: false });
    expect(concluded.concludedAt! >= concluded.standstillEndsAt).toBe(true);
    const concludedEvents = (await outboxEvents((d) => d.decisionId === decision.decisionId)).filter(
      (e) => e['detail-type'] === 'AwardConcluded',
    );
    expect(concludedEvents).toHaveLength(2);
    // A definitive decision cannot be withdrawn.
    const withdraw = await api.request(routes.withdrawDecision, {
      token: setup.buyer,
      params: { challengeId: setup.challengeId, decisionId: decision.decisionId },
      body: { reason: 'Wij willen toch opnieuw beslissen.' },
    });
    expect(withdraw.status).toBe(409);
  });
});

describe('an upheld objection and a withdrawn decision', () => {
  afterAll(undoClock);
  let setup: Phase;

  beforeAll(async () => {
    setup = await evaluatedPhase(api, {
      companies: 3,
      requestedCents: 5_000_000,
      phase1BudgetCents: 5_000_000,
      kvkBase: 44_000_000,
    });
    restores.push(setup.restore);
  });

  const envelopes = async () =>
    Object.fromEntries(
      (await listEnvelopes(THIS_YEAR))
        .filter((e) => e.instrument === 'sbir')
        .map((e) => [e.holderOin, [e.remainingCents, e.reservedCents, e.awardedCents]]),
    );

  it('an upheld objection blocks the contract; withdrawing gives every cent back, once, and the phase may decide again', async () => {
    await api.runtime.settle();
    const before = await envelopes();
    const budgetBefore = (await tableSnapshot()).find(
      (i) => i.pk === `CHALLENGE#${setup.challengeId}` && i.sk === 'BUDGET#1',
    )!;
    const decision = await decide(setup, [0]);
    const objection = await expectStatus(
      object(setup, 1, decision.decisionId, 'Het winnende voorstel voldoet niet aan de minimumeisen.'),
      201,
    );
    await expectStatus(answer(setup, objection.objectionId, 'upheld'), 200);
    const second = await expectStatus(
      object(setup, 2, decision.decisionId, 'Ook wij menen dat de winnaar niet aan de eisen voldoet.'),
      201,
    );
    // Upheld: the standstill ends, but the award stays provisional.
    const restore = await passStandstill(api, decision.awards[0]!.standstillEndsAt);
    restores.push(restore);
    expect(await awardStatuses(setup, [decision.awards[0]!.id])).toEqual(['provisional']);

    // Bad input and strangers first: nothing is written.
    await api.runtime.settle();
    const untouched = await tableSnapshot();
    const params = { challengeId: setup.challengeId, decisionId: decision.decisionId };
    expect(
      (await api.request(routes.withdrawDecision, { token: setup.buyer, params, body: { reason: 'ok' } }))
        .status,
    ).toBe(400);
    expect(
      (
        await api.request(routes.withdrawDecision, {
          token: await api.as('buyer', ORGS.noordHolland.oin),
          params,
          body: { reason: 'Het bezwaar is gegrond verklaard.' },
        })
      ).status,
    ).toBe(404);
    expect(await tableSnapshot()).toEqual(untouched);

    // Two withdrawals at once: one lands, the money moves back once.
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        api.request(routes.withdrawDecision, {
          token: setup.buyer,
          params,
          body: { reason: 'Het bezwaar is gegrond: de winnaar voldeed niet aan de minimumeisen.' },
        }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    await api.runtime.settle();
    expect(await envelopes()).toEqual(before);
    const budgetAfter = (await tableSnapshot()).find(
      (i) => i.pk === `CHALLENGE#${setup.challengeId}` && i.sk === 'BUDGET#1',
    )!;
    expect([budgetAfter.remainingCents, budgetAfter.awardedCents]).toEqual([
      budgetBefore.remainingCents,
      budgetBefore.awardedCents,
    ]);
    const withdrawals = (await readLedger(ORGS.ezk.oin)).filter(
      (e) => e.awardId === decision.awards[0]!.id && e.kind === 'withdraw',
    );
    expect(withdrawals.map((e) => [e.reservedDeltaCents, e.awardedDeltaCents])).toEqual([
      [2_500_000, -2_500_000],
    ]);
    expect(await awardStatuses(setup, [decision.awards[0]!.id])).toEqual(['withdrawn']);
    const letterAfter = await expectStatus(letter(setup, 2, decision.decisionId), 200);
    expect(letterAfter).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: expect.stringContaining('gegrond'),
    });
    expect(letterAfter.objections).toEqual([
      expect.objectContaining({ objectionId: second.objectionId, status: 'moot' }),
    ]);
    // The scheduled conclusion finds nothing to do; the award stays withdrawn.
    await api.runtime.scheduler.runDue();
    expect(await awardStatuses(setup, [decision.awards[0]!.id])).toEqual(['withdrawn']);

    // The changed decision: the objector's proposal is awarded from the same budget.
    const changed = await expectStatus(
      api.request(routes.decideAwards, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId, phase: 1 },
        body: {
          decisionId: randomUUID(),
          awards: [{ proposalId: setup.proposals[1]!.id, startDate: '2027-03-01', endDate: '2027-08-31' }],
          reasons: DECISION_REASONS,
          // Rank 1 is passed over: the upheld complaint showed it misses a minimum requirement.
          passedOver: [
            {
              proposalId: setup.proposals[0]!.id,
              reason: 'De gegronde klacht liet zien dat dit voorstel niet aan de minimumeisen voldoet.',
            },
          ],
        },
      }),
      201,
    );
    expect(changed.awards[0]).toMatchObject({ status: 'provisional', proposalId: setup.proposals[1]!.id });

    // The report has a line for the challenge: two objections, one upheld, one decision withdrawn.
    const pipeline = await expectStatus(
      api.request(routes.pipelineReport, {
        token: await api.as('officer', ORGS.ezk.oin),
        query: { year: THIS_YEAR },
      }),
      200,
    );
    expect(pipeline.procedures.find((p) => p.challengeId === setup.challengeId)).toMatchObject({
      decisions: 2,
      inStandstill: 1,
      withdrawn: 1,
      objectionsLodged: 2,
      objectionsUpheld: 1,
      objectionsOpen: 0,
    });
    // OCDS: the withdrawn award is cancelled, the new one pending, and neither is a contract yet.
    const ocds = await expectStatus(api.request(routes.ocdsReport, { query: { year: THIS_YEAR } }), 200);
    const validate = ocdsValidator();
    expect(validate(ocds), JSON.stringify(validate.errors)).toBe(true);
    const release = ocds.releases.find((r: { ocid: string }) =>
      r.ocid.endsWith(setup.challengeId),
    ) as unknown as {
      awards: { id: string; status: string }[];
      contracts?: unknown[];
      tag: string[];
    };
    expect(release.tag).toContain('awardCancellation');
    expect(release.awards.map((x) => [x.id, x.status])).toEqual([
      [decision.awards[0]!.id, 'cancelled'],
      [changed.awards[0]!.id, 'pending'],
    ]);
    expect(release.contracts).toBeUndefined();
    expect(toAmsterdamIso(changed.awards[0]!.standstillEndsAt)).toMatch(/T00:00:00/);
  });
});

describe('the standstill on the Dutch calendar (Algemene termijnenwet, 1182/71 art. 3(4))', () => {
  afterAll(undoClock);

  it('a decision on a Monday has 20 days ending on a Sunday: the standstill runs to the end of the Monday after', async () => {
    const setup = await evaluatedPhase(api, {
      companies: 2,
      requestedCents: 5_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 47_000_000,
    });
    restores.push(setup.restore);
    // The first Monday after the deadline whose Monday three weeks on is no public holiday, 10:00 Amsterdam.
    const date = (at: number) => new Date(at).toISOString().slice(0, 10);
    let monday = Date.parse(setup.deadline) + 86_400_000;
    const holiday = (d: string) => publicHolidays(Number(d.slice(0, 4))).some((h) => h.date === d);
    while (new Date(monday).getUTCDay() !== 1 || holiday(date(monday + 21 * 86_400_000)))
      monday += 86_400_000;
    const decidedAt = `${date(monday)}T09:00:00.000Z`;
    restores.push(setClock(() => new Date(decidedAt)));
    const decision = await decide(setup, [0]);
    const lastDay = date(monday + 21 * 86_400_000); // day 20 is a Sunday, day 21 the Monday
    expect(new Date(`${lastDay}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(toAmsterdamIso(decision.awards[0]!.standstillEndsAt).slice(0, 10)).toBe(
      date(monday + 22 * 86_400_000),
    );
    expect(toAmsterdamIso(decision.awards[0]!.standstillEndsAt).slice(10, 19)).toBe('T00:00:00');
    // An objection on that Monday is still in time.
    restores.push(setClock(() => new Date(`${lastDay}T20:00:00.000Z`)));
    const objected = await object(setup, 1, decision.decisionId, 'Ons voorstel is niet juist beoordeeld.');
    expect(objected.status).toBe(201);
  });
});

describe('a second decision in the same phase', () => {
  afterAll(undoClock);

  it('writes no letter to a bidder an earlier decision already awarded', async () => {
    const setup = await evaluatedPhase(api, {
      companies: 3,
      requestedCents: 5_000_000,
      phase1BudgetCents: 15_000_000,
      kvkBase: 48_000_000,
    });
    restores.push(setup.restore);
    const first = await decide(setup, [0]);
    const second = await decide(setup, [1]);
    const [issued] = (await outboxEvents((d) => d.decisionId === second.decisionId)).filter(
      (e) => e['detail-type'] === 'AwardDecisionIssued',
    );
    const recipients = (issued!.detail.data as { recipients: { proposalId: string; outcome: string }[] })
      .recipients;
    expect(recipients.map((r) => [r.proposalId, r.outcome])).toEqual([
      [setup.proposals[1]!.id, 'awarded'],
      [setup.proposals[2]!.id, 'not-awarded'],
    ]);
    // The first winner reads its own letter, and none of the second decision.
    expect((await letter(setup, 0, first.decisionId)).status).toBe(200);
    expect((await letter(setup, 0, second.decisionId)).status).toBe(404);
    const mine = await expectStatus(
      api.request(routes.myDecisionLetters, { token: setup.proposals[0]!.token }),
      200,
    );
    expect(
      mine.items.filter((l) => l.challengeId === setup.challengeId).map((l) => [l.decisionId, l.outcome]),
    ).toEqual([[first.decisionId, 'awarded']]);
    // The bidder neither decision awarded reads both letters.
    expect((await letter(setup, 2, first.decisionId)).status).toBe(200);
    expect((await letter(setup, 2, second.decisionId)).status).toBe(200);
  });
});
