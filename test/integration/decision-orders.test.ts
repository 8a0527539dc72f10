import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { THIS_YEAR } from '../support/fixtures.ts';
import { DECISION_REASONS, evaluatedPhase, marketplace } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * Issue #31, point 4: whatever order decisions, complaints, answers, withdrawals, cancellations
 * and conclusions come in, the money agrees — every envelope equals the reservations it carries,
 * every reservation equals its ledger, every phase budget its live awards — and nothing stays
 * reserved or provisional for a call that can no longer spend it. Against DynamoDB Local.
 */

let api: TestApi;
beforeAll(async () => {
  api = await marketplace();
});
afterAll(() => api?.runtime.stop());

const STEPS = [
  'decide-top',
  'decide-second',
  'complain',
  'uphold',
  'reject',
  'withdraw',
  'cancel',
  'conclude',
] as const;
type Step = (typeof STEPS)[number];

type Item = Record<string, unknown>;
const num = (x: unknown) => (typeof x === 'number' ? x : 0);

/** The invariants of the money over the whole table (every call of this run's year). */
function assertMoneyAgrees(items: Item[]) {
  const reservations = items.filter((i) => i.entity === 'FunderReservation');
  const envelopes = items.filter((i) => i.entity === 'Envelope' && i.year === THIS_YEAR);
  for (const envelope of envelopes) {
    const carried = reservations.filter(
      (r) =>
        r.holderOin === envelope.holderOin &&
        r.year === envelope.year &&
        r.instrument === envelope.instrument,
    );
    expect(num(envelope.reservedCents), `reserved of ${envelope.holderOin}`).toBe(
      carried.reduce((s, r) => s + num(r.unawardedCents), 0),
    );
    expect(num(envelope.awardedCents), `awarded of ${envelope.holderOin}`).toBe(
      carried.reduce((s, r) => s + num(r.awardedCents), 0),
    );
    expect(num(envelope.reservedCents) + num(envelope.awardedCents) + num(envelope.remainingCents)).toBe(
      num(envelope.capCents),
    );
  }
  const ledger = items.filter((i) => i.entity === 'LedgerEntry');
  for (const r of reservations) {
    const challengeId = String(r.pk).slice('CHALLENGE#'.length);
    const own = ledger.filter((e) => e.challengeId === challengeId && e.funderOin === r.funderOin);
    expect(num(r.unawardedCents)).toBe(own.reduce((s, e) => s + num(e.reservedDeltaCents), 0));
    expect(num(r.awardedCents)).toBe(own.reduce((s, e) => s + num(e.awardedDeltaCents), 0));
    expect(num(r.reservedCents)).toBe(num(r.unawardedCents) + num(r.awardedCents));
  }
}

describe('decisions, complaints, withdrawals, cancellations and conclusions in any order', () => {
  it('keep envelopes, reservations, ledger and budgets in agreement, and a cancelled call holds nothing', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...STEPS), { minLength: 3, maxLength: 8 }), async (steps) => {
        run++;
        const setup = await evaluatedPhase(api, {
          companies: 3,
          requestedCents: 3_000_000,
          phase1BudgetCents: 6_000_000,
          kvkBase: 90_000_000 + run * 10,
        });
        const restores: (() => void)[] = [setup.restore];
        const params = { challengeId: setup.challengeId, phase: 1 as const };
        try {
          const statuses: number[] = [];
          let lastDecision: string | undefined;
          let lastComplaint: string | undefined;
          for (const step of steps as Step[]) {
            const answer = await perform(step);
            statuses.push(answer);
          }
          // Nothing ever fails on our side, whatever the order.
          expect(statuses.filter((s) => s >= 500)).toEqual([]);
          await api.runtime.settle();
          const items = await tableSnapshot();
          assertMoneyAgrees(items);
          const mine = (entity: string) =>
            items.filter((i) => i.entity === entity && i.pk === `CHALLENGE#${setup.challengeId}`);
          const awards = items.filter((i) => i.entity === 'Award' && i.challengeId === setup.challengeId);
          const budget = items.find((i) => i.pk === `CHALLENGE#${setup.challengeId}` && i.sk === 'BUDGET#1')!;
          expect(num(budget.awardedCents)).toBe(
            awards.filter((a) => a.status !== 'withdrawn').reduce((s, a) => s + num(a.amountCents), 0),
          );
          const call = items.find((i) => i.entity === 'Challenge' && i.id === setup.challengeId)!;
          if (call.status === 'cancelled') {
            // A cancelled call: nothing provisional, nothing reserved that it could still award.
            expect(awards.filter((a) => a.status === 'provisional')).toEqual([]);
            for (const r of mine('FunderReservation')) expect(num(r.unawardedCents)).toBe(0);
            expect(mine('AwardDecision').filter((d) => d.status === 'standstill')).toEqual([]);
          }
          return true;

          async function perform(step: Step): Promise<number> {
            const token = setup.buyer;
            switch (step) {
              case 'decide-top':
              case 'decide-second': {
                const i = step === 'decide-top' ? 0 : 1;
                const answer = await api.request(routes.decideAwards, {
                  token,
                  params,
                  body: {
                    decisionId: randomUUID(),
                    awards: [
                      { proposalId: setup.proposals[i]!.id, startDate: '2027-03-01', endDate: '2027-08-31' },
                    ],
                    reasons: DECISION_REASONS,
                    ...(i === 1
                      ? {
                          passedOver: [
                            {
                              proposalId: setup.proposals[0]!.id,
                              reason: 'Getoetst in een willekeurige volgorde van stappen.',
                            },
                          ],
                        }
                      : {}),
                  },
                });
                if (answer.status === 201) lastDecision = answer.body.decisionId;
                return answer.status;
              }
              case 'complain': {
                if (!lastDecision) return 0;
                const answer = await api.request(routes.lodgeObjection, {
                  token: setup.proposals[2]!.token,
                  params: { proposalId: setup.proposals[2]!.id },
                  body: { decisionId: lastDecision, grounds: 'Wij zijn het niet eens met de rangorde.' },
                });
                if (answer.status === 201) lastComplaint = answer.body.objectionId;
                return answer.status;
              }
              case 'uphold':
              case 'reject': {
                if (!lastComplaint) return 0;
                return (
                  await api.request(routes.answerObjection, {
                    token,
                    params: { challengeId: setup.challengeId, objectionId: lastComplaint },
                    body: {
                      outcome: step === 'uphold' ? 'upheld' : 'rejected',
                      reasons: 'De commissie heeft de klacht zorgvuldig bekeken.',
                    },
                  })
                ).status;
              }
              case 'withdraw': {
                if (!lastDecision) return 0;
                return (
                  await api.request(routes.withdrawDecision, {
                    token,
                    params: { challengeId: setup.challengeId, decisionId: lastDecision },
                    body: { reason: 'Wij herzien de beslissing.' },
                  })
                ).status;
              }
              case 'cancel':
                return (
                  await api.request(routes.cancelChallenge, {
                    token,
                    params: { challengeId: setup.challengeId },
                    body: { reason: 'De behoefte is vervallen.' },
                  })
                ).status;
              case 'conclude': {
                // Time passes: every standstill (and its days after a rejected complaint) runs out.
                await api.runtime.settle();
                const later = Date.parse(clock.nowIso()) + 60 * 86_400_000;
                restores.push(setClock(() => new Date(later)));
                await api.runtime.scheduler.runDue();
                await api.runtime.settle();
                return 0;
              }
            }
          }
        } finally {
          for (const restore of restores.reverse()) restore();
        }
      }),
      {
        numRuns: 8,
        // The orders the issue reproduced come first: cancel in a standstill, withdraw after it;
        // a complaint upheld, the decision withdrawn and another taken, then time passing.
        examples: [
          [['decide-top', 'cancel', 'withdraw', 'conclude']],
          [['decide-top', 'withdraw', 'cancel', 'conclude']],
          [['decide-top', 'complain', 'uphold', 'withdraw', 'decide-second', 'conclude']],
          [['decide-top', 'complain', 'reject', 'conclude', 'cancel']],
        ],
      },
    );
    // Each run evaluates a phase of its own (about 2 s): more than the default minute under load.
  }, 300_000);
});
