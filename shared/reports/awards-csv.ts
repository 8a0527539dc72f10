import type { AwardRow } from './awards-register.ts';
import { type CsvColumn, euroText } from './csv.ts';

/** The awards register's CSV columns (Dutch headers), each a function of the JSON row. */
export const AWARD_COLUMNS: readonly CsvColumn<AwardRow>[] = [
  { header: 'Gunning', kind: 'text', value: (r) => r.awardId },
  { header: 'OCID', kind: 'text', value: (r) => r.ocid },
  { header: 'Uitdaging', kind: 'text', value: (r) => r.challengeTitle },
  { header: 'Uitdaging-id', kind: 'text', value: (r) => r.challengeId },
  { header: 'Aanbestedende dienst', kind: 'text', value: (r) => r.buyerName },
  { header: 'OIN aanbestedende dienst', kind: 'text', value: (r) => r.buyerOin },
  { header: 'Thema', kind: 'text', value: (r) => r.themeName },
  { header: 'CPV', kind: 'text', value: (r) => r.cpvCodes.join(' ') },
  { header: 'Instrument', kind: 'text', value: (r) => r.instrument },
  { header: 'Procedure', kind: 'text', value: (r) => r.procedure },
  { header: 'Juridische grondslag', kind: 'text', value: (r) => r.legalBasis },
  { header: 'eForms procedure (BT-105)', kind: 'text', value: (r) => r.eformsProcedureType },
  { header: 'PIANOo', kind: 'text', value: (r) => r.pianooUrl },
  { header: 'Fase', kind: 'integer', value: (r) => r.phase },
  { header: 'Bedrijfs-id', kind: 'text', value: (r) => r.companyKvk },
  { header: 'Id-schema (kvk, euid, vat)', kind: 'text', value: (r) => r.companyIdScheme },
  { header: 'Bedrijf', kind: 'text', value: (r) => r.companyName },
  { header: 'Grootteklasse', kind: 'text', value: (r) => r.sizeClass },
  { header: 'Mkb', kind: 'boolean', value: (r) => r.sme },
  { header: 'Bedrag incl. btw (€)', kind: 'euro', value: (r) => r.amountCents },
  { header: 'Bedrag excl. btw (€)', kind: 'euro', value: (r) => r.amountExclVatCents },
  { header: 'Aandeel EZK (€)', kind: 'euro', value: (r) => r.ezkAmountCents },
  { header: 'Aandeel medefinanciers (€)', kind: 'euro', value: (r) => r.coFundersAmountCents },
  {
    header: 'Financiers',
    kind: 'text',
    // "name (OIN): € 24.750,00 | …" — one readable cell, parseable back to the JSON list.
    value: (r) => r.funders.map((f) => `${f.name} (${f.oin}): ${euroText(f.amountCents)}`).join(' | '),
  },
  { header: 'Gegund op', kind: 'text', value: (r) => r.decidedAt },
  { header: 'Start', kind: 'text', value: (r) => r.startDate },
  { header: 'Einde', kind: 'text', value: (r) => r.endDate },
  { header: 'Status', kind: 'text', value: (r) => r.status },
  { header: 'Opschortende termijn tot', kind: 'text', value: (r) => r.standstillEndsAt },
  { header: 'Contract gesloten op', kind: 'text', value: (r) => r.concludedAt },
  { header: 'Betaald (€)', kind: 'euro', value: (r) => r.finalAmountCents },
  { header: 'Afgerond op', kind: 'text', value: (r) => r.endedAt },
];
