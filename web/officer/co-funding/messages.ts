import type { Lang } from '#web/i18n/format.ts';

const nl = {
  goal: (goal: string, committed: string) =>
    `Doel: ten minste ${goal} aan gezamenlijke oproepen; vastgelegd: ${committed}.`,
  goalMet: 'Doel gehaald.',
  goalShort: (short: string) => `Nog ${short} tekort.`,
  chartTitle: (instrument: string) =>
    `Per financierskant: plafond, gereserveerd, gegund en besteed (${instrument})`,
  chartDesc: 'Staafdiagram; dezelfde cijfers staan in de tabel eronder.',
  spentCol: 'Besteed',
  invoicedCol: 'Gefactureerd',
  paidCol: 'Betaald',
  settledCol: 'Verrekend',
  funderCol: 'Financier',
  perFunder: (instrument: string) => `${instrument} per financier`,
  paidSplit: 'Verdeling van wat werkelijk is betaald aan bedrijven (EZK / anderen)',
  agreementRow: 'Afspraak MKB-samenwerkingsagenda 2018',
  agreed: 'Afgesproken maximum',
  agreedTarget: 'Afgesproken doel (ten minste, gezamenlijk)',
  envelopesRow: 'Jaarbudgetten',
  committedRow: 'Vastgelegd in gezamenlijke oproepen met EZK',
  realisedSplit: 'Gerealiseerde verdeling EZK / anderen',
  flags: 'Signalen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  goal: (goal: string, committed: string) =>
    `Goal: at least ${goal} in joint calls; committed: ${committed}.`,
  goalMet: 'Goal met.',
  goalShort: (short: string) => `${short} short.`,
  chartTitle: (instrument: string) => `Per funder side: cap, reserved, awarded and spent (${instrument})`,
  chartDesc: 'Bar chart; the same figures are in the table below it.',
  spentCol: 'Spent',
  invoicedCol: 'Invoiced',
  paidCol: 'Paid',
  settledCol: 'Settled',
  funderCol: 'Funder',
  perFunder: (instrument: string) => `${instrument} per funder`,
  paidSplit: 'Split of what was really paid to companies (EZK / others)',
  agreementRow: 'Agreement MKB-samenwerkingsagenda 2018',
  agreed: 'Agreed maximum',
  agreedTarget: 'Agreed target (at least, joint)',
  envelopesRow: 'Envelopes',
  committedRow: 'Committed in joint challenges with EZK',
  realisedSplit: 'Realised split EZK / others',
  flags: 'Signals',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
