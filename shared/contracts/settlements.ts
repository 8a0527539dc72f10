import { SettlementRecordedV1 } from '#events/contracts/contract.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { loadAwards } from '#shared/awards/use-cases.ts';
import { contractKeys, ENTITY, orgKeys } from '#shared/db/keys.ts';
import { getItems, MAX_TRANSACTION_ITEMS, transact } from '#shared/db/store.ts';
import { settleParts } from '#shared/funding/money.ts';
import { readLedgerBetween } from '#shared/funding/repository.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { amsterdamDate, parseDeadline } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, unprocessable } from '#shared/platform/errors.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import type { Settlement } from './schemas.ts';

/*
 * The co-funders' settlement: the lead buyer pays the company the whole milestone; each
 * co-funder owes it its part. Per quarter, a co-funder's statement lists, per lead buyer, its
 * part of each payment recorded in that quarter (its `pay` entries), exact to the cent; once the
 * quarter is over the lead buyer records what it received, which must be exactly that.
 */

/** A quarter's first and last day (Amsterdam) and the instants that bound it. */
export function quarterOf(period: string) {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(6));
  const month = (q - 1) * 3 + 1;
  const from = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`;
  const to = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { from, to, startsAt: parseDeadline(`${from}T00:00`)!, endsAt: parseDeadline(`${next}T00:00`)! };
}

/** The quarter an instant falls in (Amsterdam), e.g. 2026-Q4. */
export const periodOf = (instant: string) => {
  const date = amsterdamDate(instant);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
};

interface Recorded {
  receivedOn: string;
  reference: string;
  amountCents: number;
  recordedAt: string;
  lines: number;
}

async function statementOf(funderOin: string, period: string, caller: Caller) {
  const quarter = quarterOf(period);
  const entries = (await readLedgerBetween(funderOin, quarter.startsAt, quarter.endsAt)).filter(
    (e) =>
      e.kind === 'pay' &&
      e.payerOin !== undefined &&
      e.payerOin !== funderOin &&
      // The co-funder sees every lead buyer's statement; a lead buyer only its own.
      (caller.org === funderOin || e.payerOin === caller.org),
  );
  const payers = [...new Set(entries.map((e) => e.payerOin!))].sort();
  const awardIds = [...new Set(entries.map((e) => e.awardId!))];
  const [awards, found] = await Promise.all([
    loadAwards(awardIds),
    getItems([
      ...[funderOin, ...payers].map((oin) => orgKeys.organisation(oin)),
      ...payers.map((payer) => contractKeys.settlement(payer, period, funderOin)),
    ]),
  ]);
  const companyOf = new Map(awards.map((a) => [a.id, a.companyName]));
  const nameOf = new Map(
    found
      .filter((i) => i.entity === ENTITY.governmentOrganisation)
      .map((i) => [i.oin as string, i.name as string]),
  );
  const settledBy = new Map(
    found
      .filter((i) => i.entity === ENTITY.settlement)
      .map((i) => [i.payerOin as string, i as unknown as Recorded]),
  );
  const settlement: Settlement = {
    funderOin,
    funderName: nameOf.get(funderOin) ?? funderOin,
    period,
    from: quarter.from,
    to: quarter.to,
    open: clock.nowIso() < quarter.endsAt,
    statements: payers.map((payerOin) => {
      const lines = entries
        .filter((e) => e.payerOin === payerOin)
        .map((e) => ({
          awardId: e.awardId!,
          challengeId: e.challengeId,
          companyName: companyOf.get(e.awardId!) ?? '',
          milestone: e.milestone ?? 0,
          paymentId: e.paymentId!,
          paidAt: e.at,
          programmeYear: e.year,
          amountCents: e.paidDeltaCents ?? 0,
        }));
      const recorded = settledBy.get(payerOin);
      return {
        payerOin,
        payerName: nameOf.get(payerOin) ?? payerOin,
        lines,
        owedCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
        ...(recorded
          ? {
              settlement: {
                receivedOn: recorded.receivedOn,
                reference: recorded.reference,
                amountCents: recorded.amountCents,
                recordedAt: recorded.recordedAt,
              },
            }
          : {}),
      };
    }),
  };
  return { settlement, entries };
}

export async function settlementStatement(funderOin: string, period: string, caller: Caller) {
  return (await statementOf(funderOin, period, caller)).settlement;
}

/**
 * The lead buyer records that the co-funder paid its statement: after the quarter ended, exactly
 * the amount owed, once. Each line gets a `settle` entry in the co-funder's ledger, in one
 * transaction with the record (which exists once per quarter, lead buyer and co-funder).
 */
export async function recordSettlement(
  funderOin: string,
  period: string,
  body: { receivedOn: string; reference: string; amountCents: number },
  ctx: RequestContext,
): Promise<Settlement> {
  const payerOin = ctx.caller.org;
  const { settlement, entries } = await statementOf(funderOin, period, ctx.caller);
  const statement = settlement.statements.find((s) => s.payerOin === payerOin);
  if (!statement || statement.owedCents === 0)
    throw unprocessable('nothing-owed', `${funderOin} owes ${payerOin} nothing for ${period}.`);
  if (settlement.open)
    throw conflict('period-not-ended', `${period} runs until ${settlement.to}; settle it after that day.`, {
      to: settlement.to,
    });
  if (statement.settlement)
    throw conflict(
      'settlement-recorded',
      `The settlement of ${period} was recorded on ${statement.settlement.recordedAt}.`,
    );
  const today = amsterdamDate(clock.nowIso());
  const errors = [
    ...(body.amountCents !== statement.owedCents
      ? [{ field: 'body.amountCents', message: `the statement says ${statement.owedCents} cents` }]
      : []),
    ...(body.receivedOn > today || body.receivedOn <= settlement.to
      ? [{ field: 'body.receivedOn', message: `a date after ${settlement.to}, not after today` }]
      : []),
  ];
  if (errors.length > 0)
    throw unprocessable(
      'settlement-mismatch',
      `What was received does not match the statement: € ${(statement.owedCents / 100).toFixed(2)}, received after ${settlement.to}.`,
      { errors, owedCents: statement.owedCents },
    );
  const now = clock.nowIso();
  const lines = entries.filter((e) => e.payerOin === payerOin);
  if (lines.length + 2 > MAX_TRANSACTION_ITEMS)
    throw unprocessable('settlement-mismatch', 'This statement has too many lines to settle at once.');
  await transact([
    {
      item: {
        Put: {
          Item: {
            ...contractKeys.settlement(payerOin, period, funderOin),
            entity: ENTITY.settlement,
            funderOin,
            payerOin,
            period,
            receivedOn: body.receivedOn,
            reference: body.reference,
            amountCents: body.amountCents,
            lines: lines.length,
            recordedAt: now,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        conflict('settlement-recorded', `The settlement of ${period} was recorded meanwhile.`),
    },
    ...settleParts({
      at: now,
      lines: lines.map((e) => ({
        funderOin: e.funderOin,
        holderOin: e.holderOin,
        year: e.year,
        instrument: e.instrument,
        challengeId: e.challengeId,
        awardId: e.awardId!,
        payerOin: e.payerOin!,
        paymentId: e.paymentId!,
        milestone: e.milestone!,
        amountCents: e.paidDeltaCents ?? 0,
      })),
    }),
    outboxWrite(
      newEvent(
        SettlementRecordedV1,
        {
          funderOin,
          payerOin,
          period,
          amountCents: body.amountCents,
          receivedOn: body.receivedOn,
          lines: lines.length,
          at: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return settlementStatement(funderOin, period, ctx.caller);
}
