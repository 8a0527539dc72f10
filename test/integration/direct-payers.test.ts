import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf } from '#shared/contracts/settlements.ts';
import { readLedger } from '#shared/funding/repository.ts';
import { amsterdamDate } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { ORGS, THIS_YEAR } from '../support/fixtures.ts';
import {
  decideAwards,
  evaluatedPhase,
  expectStatus,
  marketplace,
  passStandstill,
} from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';

/*
 * "Unless the call says a funder pays directly" (issue #35): a co-funder marked so pays its own
 * part of each payment to the company; it owes the lead buyer nothing, and its statement is empty.
 */
let api: TestApi;
const restores: (() => void)[] = [];
beforeAll(async () => {
  api = await marketplace();
}, 120_000);
afterAll(async () => {
  for (const restore of restores.reverse()) restore();
  await api?.runtime.stop();
});

describe('a co-funder that pays directly', () => {
  it('pays its own part; only the others settle with the lead buyer', async () => {
    const setup = await evaluatedPhase(api, {
      companies: 1,
      requestedCents: 3_000_001,
      phase1BudgetCents: 10_000_000,
      kvkBase: 35_800_000,
      funders: [
        { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
        { oin: ORGS.zuidHolland.oin, shareBasisPoints: 2500 },
        { oin: ORGS.noordHolland.oin, shareBasisPoints: 2500, paysDirectly: true },
      ],
    });
    restores.push(setup.restore);
    const call = await expectStatus(
      api.request(routes.getChallenge, { params: { challengeId: setup.challengeId } }),
      200,
    );
    expect(call.funders.find((f) => f.oin === ORGS.noordHolland.oin)?.paysDirectly).toBe(true);
    const decided = await expectStatus(
      decideAwards(api, {
        token: setup.buyer,
        challengeId: setup.challengeId,
        phase: 1,
        proposalIds: [setup.proposals[0]!.id],
        period: { startDate: '2027-03-01', endDate: '2027-08-31' },
      }),
      201,
    );
    restores.push(await passStandstill(api, decided.awards[0]!.standstillEndsAt));
    const awardId = decided.awards[0]!.id;
    const params = { awardId, milestone: '1' } as const;
    const company = setup.proposals[0]!.token;
    await expectStatus(
      api.request(routes.submitDeliverable, {
        token: company,
        params,
        body: { summary: 'Het eindrapport, versie 1.' },
      }),
      200,
    );
    await expectStatus(
      api.request(routes.reviewDeliverable, { token: setup.buyer, params, body: { outcome: 'accepted' } }),
      200,
    );
    await expectStatus(
      api.request(routes.submitInvoice, {
        token: company,
        params,
        body: {
          draft: {
            invoiceNumber: 'F-1',
            issueDate: amsterdamDate(clock.nowIso()),
            iban: 'NL91ABNA0417164300',
            vatNumber: 'NL123456782B01',
            supplierAddress: { street: 'Havenstraat 1', postcode: '3011 AA', city: 'Rotterdam' },
            buyerAddress: { street: 'Zuid-Hollandplein 1', postcode: '2596 AW', city: 'Den Haag' },
          },
        },
      }),
      200,
    );
    const paid = await expectStatus(
      api.request(routes.recordPayment, {
        token: setup.buyer,
        params,
        body: { paidOn: amsterdamDate(clock.nowIso()), reference: 'BET-1' },
      }),
      200,
    );
    const parts = paid.milestones[0]!.payment!.parts;
    expect(parts.reduce((s, p) => s + p.amountCents, 0)).toBe(3_000_001);
    // Noord-Holland's part is its own payment; EZK's is paid by Zuid-Holland.
    const payerOf = async (oin: string) =>
      (await readLedger(oin)).find((e) => e.kind === 'pay' && e.awardId === awardId)?.payerOin;
    expect(await payerOf(ORGS.noordHolland.oin)).toBe(ORGS.noordHolland.oin);
    expect(await payerOf(ORGS.ezk.oin)).toBe(ORGS.zuidHolland.oin);
    const period = periodOf(clock.nowIso());
    const statement = async (oin: string) =>
      expectStatus(
        api.request(routes.settlementStatement, {
          token: await api.as('officer', oin),
          params: { funderOin: oin, period },
        }),
        200,
      );
    expect((await statement(ORGS.noordHolland.oin)).statements).toEqual([]);
    const ezk = await statement(ORGS.ezk.oin);
    expect(ezk.statements[0]?.owedCents).toBe(parts.find((p) => p.funderOin === ORGS.ezk.oin)!.amountCents);
    // The payments register: Noord-Holland's part counts as settled, EZK's waits.
    await api.runtime.settle();
    const register = await expectStatus(
      api.request(routes.paymentsReport, {
        token: await api.as('officer', ORGS.ezk.oin),
        query: { year: THIS_YEAR, format: 'json', variant: 'excel-nl' },
      }),
      200,
    );
    const row = register.items.find((r) => r.awardId === awardId)!;
    expect(row.parts.map((p) => [p.oin, p.settled])).toEqual([
      [ORGS.ezk.oin, false],
      [ORGS.zuidHolland.oin, true],
      [ORGS.noordHolland.oin, true],
    ]);
    expect(row.settledCents).toBe(parts.find((p) => p.funderOin === ORGS.noordHolland.oin)!.amountCents);
  });
});
