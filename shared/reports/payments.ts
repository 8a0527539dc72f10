import type { Challenge } from '#shared/challenges/model.ts';
import type { LedgerEntry } from '#shared/funding/model.ts';
import { companyIdScheme } from '#shared/kernel/company-id.ts';
import { type CsvColumn, euroText } from './csv.ts';
import { ocid } from './ocds.ts';
import type { YearData } from './year-index.ts';

/**
 * The payments register of a programme year: one row per payment of a milestone to a company,
 * with each funder's part of it (from the funders' `pay` ledger entries, so the parts add up to
 * the payment exactly) and what of it the co-funders have settled with the lead buyer.
 */
export interface PaymentRow {
  paymentId: string;
  ocid: string;
  challengeId: string;
  challengeTitle: string;
  awardId: string;
  phase: number;
  milestone: number;
  payerOin: string;
  payerName: string;
  companyId: string;
  companyIdScheme: string;
  companyName: string;
  paidOn: string;
  reference: string;
  recordedAt: string;
  amountCents: number;
  ezkAmountCents: number;
  coFundersAmountCents: number;
  parts: { oin: string; name: string; amountCents: number; settled: boolean }[];
  /** Of the co-funders' parts (the lead buyer's own is no debt), what has been settled. */
  settledCents: number;
}

export function paymentsRegister(
  data: Pick<YearData, 'challenges' | 'awards' | 'ledger'>,
  ezkOin: string,
): PaymentRow[] {
  const challenges = new Map<string, Challenge>(data.challenges.map((c) => [c.id, c]));
  const awards = new Map(data.awards.map((a) => [a.id, a]));
  const settled = new Set(
    data.ledger.filter((e) => e.kind === 'settle').map((e) => `${e.paymentId}#${e.funderOin}`),
  );
  const payments = new Map<string, LedgerEntry[]>();
  for (const entry of data.ledger)
    if (entry.kind === 'pay' && entry.paymentId)
      payments.set(entry.paymentId, [...(payments.get(entry.paymentId) ?? []), entry]);
  return [...payments.values()]
    .map((parts) => {
      const first = parts[0]!;
      const award = awards.get(first.awardId!);
      const challenge = challenges.get(first.challengeId);
      const nameOf = new Map(challenge?.funders.map((f) => [f.oin, f.name]));
      const amountOf = (p: LedgerEntry) => p.paidDeltaCents ?? 0;
      const amountCents = parts.reduce((s, p) => s + amountOf(p), 0);
      const ezk = parts.filter((p) => p.funderOin === ezkOin).reduce((s, p) => s + amountOf(p), 0);
      const leadOin = challenge?.leadBuyer.oin ?? first.payerOin ?? '';
      // In the call's order of funders (EZK first, as the call lists them).
      const order = (oin: string) => challenge?.funders.findIndex((f) => f.oin === oin) ?? 0;
      const rows = [...parts]
        .sort((a, b) => order(a.funderOin) - order(b.funderOin))
        .map((p) => ({
          oin: p.funderOin,
          name: nameOf.get(p.funderOin) ?? p.funderOin,
          amountCents: amountOf(p),
          // What a funder paid itself (the lead buyer, or a co-funder paying directly) needs no settling.
          settled: p.payerOin === p.funderOin || settled.has(`${p.paymentId}#${p.funderOin}`),
        }));
      return {
        paymentId: first.paymentId!,
        ocid: ocid(first.challengeId),
        challengeId: first.challengeId,
        challengeTitle: challenge?.title.nl ?? '',
        awardId: first.awardId!,
        phase: award?.phase ?? 0,
        milestone: first.milestone ?? 0,
        payerOin: leadOin,
        payerName: challenge?.leadBuyer.name ?? '',
        companyId: award?.companyKvk ?? '',
        companyIdScheme: award ? companyIdScheme(award.companyKvk) : '',
        companyName: award?.companyName ?? '',
        paidOn: first.paidOn ?? first.at.slice(0, 10),
        reference: first.reference ?? '',
        recordedAt: first.at,
        amountCents,
        ezkAmountCents: ezk,
        coFundersAmountCents: amountCents - ezk,
        parts: rows,
        settledCents: rows
          .filter((r) => r.oin !== leadOin && r.settled)
          .reduce((s, r) => s + r.amountCents, 0),
      };
    })
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.paymentId.localeCompare(b.paymentId));
}

/** What each award has been paid so far (its funders' `pay` entries). */
export function paidPerAward(ledger: readonly LedgerEntry[]): Map<string, number> {
  const paid = new Map<string, number>();
  for (const e of ledger)
    if (e.kind === 'pay' && e.awardId)
      paid.set(e.awardId, (paid.get(e.awardId) ?? 0) + (e.paidDeltaCents ?? 0));
  return paid;
}

/** The payments register's CSV columns (Dutch headers), each a function of the JSON row. */
export const PAYMENT_COLUMNS: readonly CsvColumn<PaymentRow>[] = [
  { header: 'Betaling', kind: 'text', value: (r) => r.paymentId },
  { header: 'OCID', kind: 'text', value: (r) => r.ocid },
  { header: 'Oproep', kind: 'text', value: (r) => r.challengeTitle },
  { header: 'Gunning', kind: 'text', value: (r) => r.awardId },
  { header: 'Fase', kind: 'integer', value: (r) => r.phase },
  { header: 'Mijlpaal', kind: 'integer', value: (r) => r.milestone },
  { header: 'Betaald door', kind: 'text', value: (r) => r.payerName },
  { header: 'OIN betaler', kind: 'identifier', value: (r) => r.payerOin },
  { header: 'Bedrijf', kind: 'text', value: (r) => r.companyName },
  { header: 'Bedrijfs-id', kind: 'identifier', value: (r) => r.companyId },
  { header: 'Betaaldatum', kind: 'date', value: (r) => r.paidOn },
  { header: 'Kenmerk', kind: 'text', value: (r) => r.reference },
  { header: 'Bedrag incl. btw (€)', kind: 'euro', value: (r) => r.amountCents },
  { header: 'Deel EZK (€)', kind: 'euro', value: (r) => r.ezkAmountCents },
  { header: 'Deel medefinanciers (€)', kind: 'euro', value: (r) => r.coFundersAmountCents },
  {
    header: 'Financiers',
    kind: 'text',
    value: (r) =>
      r.parts
        .map((p) => `${p.name} (${p.oin}): ${euroText(p.amountCents)}${p.settled ? '' : ' (te verrekenen)'}`)
        .join(' | '),
  },
  { header: 'Verrekend (€)', kind: 'euro', value: (r) => r.settledCents },
  { header: 'Vastgelegd op', kind: 'datetime', value: (r) => r.recordedAt },
];
