import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Oproepen',
  page: (n: number, of: number) => `Pagina ${n} van ${of}`,
  intro: 'Alle gepubliceerde oproepen. Filter op thema, instrument, status of opdrachtgever.',
  feed: 'Volg deze selectie in uw nieuwslezer (nieuwe oproepen verschijnen vanzelf)',
  filters: 'Filters',
  theme: 'Thema',
  instrument: 'Instrument',
  sort: 'Sorteren',
  sortDeadline: 'Eerstvolgende sluitingsdatum',
  sortNewest: 'Nieuwste eerst',
  apply: 'Toon oproepen',
  results: (n: number) => (n === 1 ? '1 oproep' : `${n} oproepen`),
  none: 'Geen oproepen gevonden met deze filters.',
  pages: 'Paginering',
  previous: 'Vorige',
  next: 'Volgende',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Calls',
  page: (n: number, of: number) => `Page ${n} of ${of}`,
  intro: 'Every published call. Filter by theme, instrument, status or buyer.',
  feed: 'Follow this selection with an Atom feed (new calls in your feed reader)',
  filters: 'Filters',
  theme: 'Theme',
  instrument: 'Instrument',
  sort: 'Sort by',
  sortDeadline: 'Next closing date',
  sortNewest: 'Newest first',
  apply: 'Show calls',
  results: (n: number) => (n === 1 ? '1 call' : `${n} calls`),
  none: 'No calls match these filters.',
  pages: 'Pagination',
  previous: 'Previous',
  next: 'Next',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
