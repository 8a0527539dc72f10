import type { AwardRow } from './awards-register.ts';
import { type CsvColumn, euroText } from './csv.ts';

// The codes of the JSON in the words the site uses, for the Dutch Excel dialect.
const INSTRUMENT_LABELS = { sbir: 'SBIR', 'innovation-partnership': 'Innovatiepartnerschap' };
const ID_SCHEME_LABELS = { kvk: 'KvK-nummer', euid: 'EUID', vat: 'Btw-nummer' };
const SIZE_LABELS = { micro: 'Micro', small: 'Klein', medium: 'Middelgroot', large: 'Groot' };
const STATUS_LABELS = {
  provisional: 'Voorlopig',
  awarded: 'Gegund',
  completed: 'Afgerond',
  terminated: 'Beëindigd',
  withdrawn: 'Ingetrokken',
};

/** The awards register's CSV columns (Dutch headers), each a function of the JSON row. */
export const AWARD_COLUMNS: readonly CsvColumn<AwardRow>[] = [
  { header: 'Gunning', kind: 'text', value: (r) => r.awardId },
  { header: 'OCID', kind: 'text', value: (r) => r.ocid },
  { header: 'Oproep', kind: 'text', value: (r) => r.challengeTitle },
  { header: 'Oproep-id', kind: 'text', value: (r) => r.challengeId },
  { header: 'Aanbestedende dienst', kind: 'text', value: (r) => r.buyerName },
  { header: 'OIN aanbestedende dienst', kind: 'identifier', value: (r) => r.buyerOin },
  { header: 'Thema', kind: 'text', value: (r) => r.themeName },
  { header: 'CPV', kind: 'text', value: (r) => r.cpvCodes.join(' ') },
  { header: 'Instrument', kind: 'text', value: (r) => r.instrument, labels: INSTRUMENT_LABELS },
  { header: 'Procedure', kind: 'text', value: (r) => r.procedure },
  { header: 'Juridische grondslag', kind: 'text', value: (r) => r.legalBasis },
  { header: 'eForms procedure (BT-105)', kind: 'text', value: (r) => r.eformsProcedureType },
  { header: 'PIANOo', kind: 'text', value: (r) => r.pianooUrl },
  { header: 'Fase', kind: 'integer', value: (r) => r.phase },
  { header: 'Bedrijfs-id', kind: 'identifier', value: (r) => r.companyKvk },
  { header: 'Soort bedrijfs-id', kind: 'text', value: (r) => r.companyIdScheme, labels: ID_SCHEME_LABELS },
  { header: 'Bedrijf', kind: 'text', value: (r) => r.companyName },
  { header: 'Grootteklasse', kind: 'text', value: (r) => r.sizeClass, labels: SIZE_LABELS },
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
  { header: 'Gegund op', kind: 'datetime', value: (r) => r.decidedAt },
  { header: 'Start', kind: 'date', value: (r) => r.startDate },
  { header: 'Einde', kind: 'date', value: (r) => r.endDate },
  { header: 'Status', kind: 'text', value: (r) => r.status, labels: STATUS_LABELS },
  { header: 'Opschortende termijn tot', kind: 'datetime', value: (r) => r.standstillEndsAt },
  { header: 'Contract gesloten op', kind: 'datetime', value: (r) => r.concludedAt },
  { header: 'Eindbedrag (€)', kind: 'euro', value: (r) => r.finalAmountCents },
  { header: 'Betaald tot nu (€)', kind: 'euro', value: (r) => r.paidToDateCents },
  { header: 'Afgerond op', kind: 'datetime', value: (r) => r.endedAt },
];
