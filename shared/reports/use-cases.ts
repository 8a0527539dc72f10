import { AGREEMENTS } from '#shared/funding/agreement.ts';
import { listEnvelopes } from '#shared/funding/envelopes.ts';
import { clock } from '#shared/platform/clock.ts';
import { config } from '#shared/platform/config.ts';
import { notFound } from '#shared/platform/errors.ts';
import { AWARD_COLUMNS } from './awards-csv.ts';
import { awardsRegister } from './awards-register.ts';
import { coFundingReport } from './co-funding.ts';
import { type CsvDialect, toCsv } from './csv.ts';
import { followUpReport } from './follow-up.ts';
import { ocdsPackage } from './ocds.ts';
import { PAYMENT_COLUMNS, paymentsRegister } from './payments.ts';
import { pipelineReport } from './pipeline.ts';
import { readYear } from './year-index.ts';

/**
 * Every report reads its programme year only: the year's envelopes (one partition) and runs of
 * the year's index partition (`REPORT#<year>`) — at most two Queries, never a Scan.
 */
export async function coFunding(year: number) {
  const [envelopes, data] = await Promise.all([
    listEnvelopes(year),
    // The contracts too: what was invoiced (an invoice moves no money, so the ledger does not know it).
    readYear(year, [
      ['CHALLENGE', 'LEDGER'],
      ['CONTRACT', 'CONTRACT'],
    ]),
  ]);
  return coFundingReport({ year, envelopes, data, ezkOin: config.ezkOin(), agreement: AGREEMENTS[year] });
}

export async function awards(year: number, format: 'json' | 'csv', variant: CsvDialect) {
  // The ledger too: what each award has been paid so far.
  const data = await readYear(year, [['CHALLENGE', 'LEDGER']]);
  const items = awardsRegister(data, config.ezkOin());
  const body = { year, currency: 'EUR' as const, count: items.length, items };
  if (format === 'json') return { body };
  return {
    body,
    text: {
      contentType: `text/csv; charset=utf-8; header=present`,
      content: toCsv(items, AWARD_COLUMNS, variant),
    },
    headers: { 'content-disposition': `attachment; filename="gunningen-${year}.csv"` },
  };
}

export async function payments(year: number, format: 'json' | 'csv', variant: CsvDialect) {
  const data = await readYear(year, [['CHALLENGE', 'LEDGER']]);
  const items = paymentsRegister(data, config.ezkOin());
  const body = {
    year,
    currency: 'EUR' as const,
    count: items.length,
    totalCents: items.reduce((s, r) => s + r.amountCents, 0),
    items,
  };
  if (format === 'json') return { body };
  return {
    body,
    text: {
      contentType: `text/csv; charset=utf-8; header=present`,
      content: toCsv(items, PAYMENT_COLUMNS, variant),
    },
    headers: { 'content-disposition': `attachment; filename="betalingen-${year}.csv"` },
  };
}

export async function pipeline(year: number) {
  // Challenges and awards, then the proposals (the ledger between them is not needed).
  return pipelineReport(
    year,
    await readYear(year, [
      ['CHALLENGE', 'AWARD'],
      ['PROPOSAL', 'PROPOSAL'],
    ]),
    clock.nowIso(),
  );
}

export async function followUp(year: number) {
  // The ledger too: each contract's outcome (what was paid) beside what the company did with it.
  const data = await readYear(year, [
    ['CHALLENGE', 'LEDGER'],
    ['FOLLOWUP', 'FOLLOWUP'],
  ]);
  return followUpReport(year, data, clock.nowIso(), config.followUpGraceDays());
}

export async function ocds(year: number) {
  // Challenges to the ledger (awards, payments), then proposals to contracts (their schedules).
  const data = await readYear(year, [
    ['CHALLENGE', 'LEDGER'],
    ['PROPOSAL', 'CONTRACT'],
  ]);
  const pack = ocdsPackage(year, data, clock.nowIso());
  if (!pack) throw notFound('Published challenges of programme year', String(year));
  return pack;
}
