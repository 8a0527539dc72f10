import type { Lang } from '#web/i18n/format.ts';

const nl = {
  filterBuyer: 'Opdrachtgever',
  filterPhase: 'Fase',
  filterStatus: 'Status',
  filter: 'Filteren',
  download: 'Downloaden',
  downloadExcel: 'CSV voor Excel (Nederlands)',
  downloadCsv: 'CSV (RFC 4180)',
  downloadJson: 'JSON',
  rows: (n: number) => (n === 1 ? '1 gunning' : `${n} gunningen`),
  decidedAt: 'Besloten',
  guidance: 'Richtlijn',
  smeTag: 'mkb',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  filterBuyer: 'Buyer',
  filterPhase: 'Phase',
  filterStatus: 'Status',
  filter: 'Filter',
  download: 'Download',
  downloadExcel: 'CSV for Excel (Dutch)',
  downloadCsv: 'CSV (RFC 4180)',
  downloadJson: 'JSON',
  rows: (n: number) => (n === 1 ? '1 award' : `${n} awards`),
  decidedAt: 'Decided',
  guidance: 'Guidance',
  smeTag: 'SME',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
