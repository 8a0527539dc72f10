import type { Lang } from '#web/i18n/format.ts';

const nl = {
  intro:
    'Elke betaalde mijlpaal van het programmajaar: wie betaalde, aan welk bedrijf, en het deel van elke financier — tot op de cent, zoals in het grootboek van die financier. Een deel van een medefinancier is verrekend zodra de opdrachtgever het heeft ontvangen.',
  download: 'Downloaden',
  downloadExcel: 'CSV voor Excel (Nederlands)',
  downloadCsv: 'CSV (RFC 4180)',
  downloadJson: 'JSON',
  rows: (n: number, total: string) => `${n} ${n === 1 ? 'betaling' : 'betalingen'}, samen ${total}`,
  paidOn: 'Betaald op',
  payer: 'Betaald door',
  milestone: 'Mijlpaal',
  phaseMilestone: (phase: number, milestone: number) => `Fase ${phase}, mijlpaal ${milestone}`,
  parts: 'Delen per financier',
  toSettle: 'te verrekenen',
  reference: 'Kenmerk',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  intro:
    "Every milestone paid in the programme year: who paid, to which company, and each funder's part — to the cent, as in that funder's ledger. A co-funder's part is settled once the lead buyer has received it.",
  download: 'Download',
  downloadExcel: 'CSV for Excel (Dutch)',
  downloadCsv: 'CSV (RFC 4180)',
  downloadJson: 'JSON',
  rows: (n: number, total: string) => `${n} ${n === 1 ? 'payment' : 'payments'}, ${total} in all`,
  paidOn: 'Paid on',
  payer: 'Paid by',
  milestone: 'Milestone',
  phaseMilestone: (phase: number, milestone: number) => `Phase ${phase}, milestone ${milestone}`,
  parts: 'Parts per funder',
  toSettle: 'to settle',
  reference: 'Reference',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
