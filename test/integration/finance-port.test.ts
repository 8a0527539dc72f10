import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFinancePayment } from '#shared/contracts/finance.ts';
import { financePaymentsQueue } from '#shared/contracts/finance-queue.ts';
import { readLedger } from '#shared/funding/repository.ts';
import { amsterdamDate } from '#shared/platform/amsterdam.ts';
import { clock, setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { listDeadLetters } from '../../infra/local/dead-letters.ts';
import { ORGS } from '../support/fixtures.ts';
import {
  decideAwards,
  evaluatedPhase,
  expectStatus,
  marketplace,
  passStandstill,
} from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { changesDuring } from '../support/table.ts';

/*
 * The finance port (issue #35: "in AWS a port for the finance system"): the buyer's finance system
 * reports the payment it made to the queue, and the marketplace records it as the buyer would —
 * split over the funders, in their ledgers — once it matches the milestone. What does not match
 * (another amount, another payer, another invoice, a second payment, a malformed message) is
 * written nowhere and ends in the dead-letter queue with its reason.
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

const AMOUNT = 2_999_999;

describe('the finance port', () => {
  let awardId: string;
  let buyer: string;
  const payment = (overrides: Record<string, unknown> = {}) => ({
    version: 1,
    payerOin: ORGS.zuidHolland.oin,
    awardId,
    milestone: 1,
    amountCents: AMOUNT,
    currency: 'EUR',
    paidOn: amsterdamDate(clock.nowIso()),
    reference: 'SAP-2027-000042',
    invoiceNumber: 'F-PORT-1',
    ...overrides,
  });
  const milestone = async () =>
    (await expectStatus(api.request(routes.getContract, { token: buyer, params: { awardId } }), 200))
      .milestones[0]!;

  it('records nothing that does not match the invoiced milestone, and dead-letters it with its reason', async () => {
    const setup = await evaluatedPhase(api, {
      companies: 1,
      requestedCents: AMOUNT,
      phase1BudgetCents: 10_000_000,
      kvkBase: 35_900_000,
      funders: [
        { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
        { oin: ORGS.zuidHolland.oin, shareBasisPoints: 2500 },
        { oin: ORGS.noordHolland.oin, shareBasisPoints: 2500 },
      ],
    });
    restores.push(setup.restore);
    buyer = setup.buyer;
    const decided = await expectStatus(
      decideAwards(api, {
        token: buyer,
        challengeId: setup.challengeId,
        phase: 1,
        proposalIds: [setup.proposals[0]!.id],
        period: { startDate: '2027-03-01', endDate: '2027-08-31' },
      }),
      201,
    );
    restores.push(await passStandstill(api, decided.awards[0]!.standstillEndsAt));
    awardId = decided.awards[0]!.id;
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
    // Not invoiced yet: not payable, however it is reported.
    await api.runtime.financePort.report([payment({ reference: 'SAP-TOO-EARLY' })]);
    await expectStatus(
      api.request(routes.reviewDeliverable, { token: buyer, params, body: { outcome: 'accepted' } }),
      200,
    );
    await expectStatus(
      api.request(routes.submitInvoice, {
        token: company,
        params,
        body: {
          draft: {
            invoiceNumber: 'F-PORT-1',
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
    const wrong = [
      payment({ amountCents: AMOUNT - 1, reference: 'SAP-SHORT' }),
      payment({ payerOin: ORGS.noordHolland.oin, reference: 'SAP-OTHER-PAYER' }),
      payment({ invoiceNumber: 'F-ANDERS', reference: 'SAP-OTHER-INVOICE' }),
      { ...payment({ reference: 'SAP-MALFORMED' }), amountCents: '29999,99' },
    ];
    const changes = await changesDuring(api.runtime, () => api.runtime.financePort.report(wrong));
    // The only writes: each message's dead letter (and the early one's before).
    const letters = await listDeadLetters(financePaymentsQueue.name);
    expect(changes).toBe(wrong.length);
    expect(letters).toHaveLength(wrong.length + 1);
    expect(letters.map((l) => l.error).join('\n')).toEqual(
      expect.stringContaining('amount-mismatch: milestone 1 is 2999999 cents; 2999998 were paid'),
    );
    const reasons = letters.map((l) => l.error.split(':')[0]).sort();
    expect(reasons).toEqual(
      [
        'amount-mismatch',
        'invoice-mismatch',
        'malformed',
        'milestone-not-payable', // reported before it was invoiced
        'not-the-payer',
      ].sort(),
    );
    expect(letters.every((l) => l.attempts === financePaymentsQueue.maxReceiveCount)).toBe(true);
    expect((await milestone()).status).toBe('invoiced');
  });

  it('records a matching payment as the buyer would, split over the funders, once however often it comes', async () => {
    // Behind a wrong one of the same milestone, in one batch: the corrected payment is not held back.
    await api.runtime.financePort.report([
      payment({ amountCents: AMOUNT + 100, reference: 'SAP-WRONG-FIRST' }),
      payment(),
    ]);
    const paid = await milestone();
    expect(paid.status).toBe('paid');
    expect(paid.payment).toMatchObject({ reference: 'SAP-2027-000042', amountCents: AMOUNT });
    const parts = paid.payment!.parts;
    expect(parts.reduce((s, p) => s + p.amountCents, 0)).toBe(AMOUNT);
    for (const part of parts) {
      const entries = (await readLedger(part.funderOin)).filter(
        (e) => e.kind === 'pay' && e.awardId === awardId,
      );
      expect(entries.map((e) => e.paidDeltaCents)).toEqual([part.amountCents]);
    }
    // The same message again: dropped by the queue within its window; after it, known by its reference.
    const before = api.runtime.financePort.queue.stats.duplicates;
    await api.runtime.financePort.report([payment()]);
    expect(api.runtime.financePort.queue.stats.duplicates).toBe(before + 1);
    expect(await recordFinancePayment(payment(), 'later-delivery')).toBe('already-recorded');
    // A second payment of a paid milestone is no duplicate: it is refused and dead-lettered.
    const lettersBefore = (await listDeadLetters(financePaymentsQueue.name)).length;
    await api.runtime.financePort.report([payment({ reference: 'SAP-2027-000043' })]);
    const letters = await listDeadLetters(financePaymentsQueue.name);
    expect(letters).toHaveLength(lettersBefore + 1);
    expect(letters.some((l) => l.error.includes('milestone-not-payable: Milestone 1 was paid'))).toBe(true);
    expect((await milestone()).payment?.reference).toBe('SAP-2027-000042');
    // The audit trail knows it as the act of the buyer's finance system.
    await api.runtime.settle();
    const { challengeId } = await expectStatus(
      api.request(routes.getContract, { token: buyer, params: { awardId } }),
      200,
    );
    // (Read after every phase's deadline: the trail holds back nothing then.)
    const later = setClock(() => new Date('2031-01-01T00:00:00Z'));
    try {
      const trail = await expectStatus(
        api.request(routes.challengeAuditTrail, {
          token: await api.as('officer', ORGS.zuidHolland.oin),
          params: { challengeId },
        }),
        200,
      );
      const paidEntries = trail.entries.filter(
        (e) => e.action === 'MilestonePaid' && e.ids.awardId === awardId,
      );
      expect(paidEntries.map((e) => [e.actor.role, e.actor.sub])).toEqual([['buyer', 'finance-system']]);
    } finally {
      later();
    }
  });
});
