import type { Lang } from '#web/i18n/format.ts';

const nl = {
  shortfall: (funder: string, amount: string) =>
    `In het jaarbudget van ${funder} is ${amount} te weinig ruimte. Verlaag het budget van de oproep of het aandeel van ${funder}, of vraag het programmabureau het jaarbudget te verhogen.`,
  overCap: (funder: string, max: string, excess: string) =>
    `${funder} mag per oproep ten hoogste ${max} dragen; deze oproep vraagt ${excess} meer. Verlaag het budget of het aandeel van ${funder}.`,
  noBudget: (funder: string, year: number) =>
    `${funder} heeft voor ${year} geen jaarbudget voor dit instrument. Vraag het programmabureau dat eerst vast te leggen.`,
  consentMissing: (funder: string, status: string) =>
    `${funder} moet eerst instemmen met zijn aandeel (nu: ${status}).`,
  publishTitle: 'Controleer uw oproep en publiceer',
  publishIntro:
    'Bij publicatie reserveert elke financier zijn aandeel in zijn jaarbudget van dit programmajaar. Daarna is de oproep openbaar en kan hij alleen nog worden ingetrokken.',
  notReady: 'Publiceren lukt nog niet. Los eerst dit op:',
  ready: 'Alles is in orde: u kunt de oproep publiceren.',
  reservation: 'Aandeel en instemming per financier',
  budgets: (year: number) => `Ruimte in de jaarbudgetten ${year}`,
  budgetOf: 'Jaarbudget van',
  carries: 'Voor',
  asks: 'Deze oproep vraagt',
  room: 'Nog vrij',
  maxPerCall: 'Maximaal per oproep',
  verdict: 'Uitkomst',
  fits: 'Past',
  none: 'Geen jaarbudget',
  short: (amount: string) => `${amount} te weinig`,
  over: (amount: string) => `${amount} boven het maximum`,
  noMax: 'geen',
  consentOwnShare: 'eigen aandeel',
  consentNeeded:
    'Publiceren kan pas als elke medefinancier heeft ingestemd met zijn aandeel. Zij vinden het verzoek onder ‘Medefinanciering’.',
  missingDocuments: 'Inschrijvers verwachten deze documenten bij de oproep, maar ze ontbreken nog:',
  addDocuments: 'Documenten toevoegen',
  publishAnyway:
    'U kunt ook zonder deze documenten publiceren, maar inschrijvers kunnen dan niet zien onder welke voorwaarden zij werken.',
  publish: 'Publiceren',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  shortfall: (funder: string, amount: string) =>
    `${funder}’s annual budget is ${amount} short. Lower the call’s budget or ${funder}’s share, or ask the programme office to raise the annual budget.`,
  overCap: (funder: string, max: string, excess: string) =>
    `${funder} may carry at most ${max} per call; this call asks ${excess} more. Lower the budget or ${funder}’s share.`,
  noBudget: (funder: string, year: number) =>
    `${funder} has no ${year} annual budget for this instrument. Ask the programme office to set it first.`,
  consentMissing: (funder: string, status: string) =>
    `${funder} must first approve its share (now: ${status}).`,
  publishTitle: 'Check your call and publish',
  publishIntro:
    'On publication each funder reserves its share in its annual budget of this programme year. Then the call is public and can only be cancelled.',
  notReady: 'You cannot publish yet. First resolve this:',
  ready: 'Everything is in order: you can publish the call.',
  reservation: 'Share and approval per funder',
  budgets: (year: number) => `Room in the annual budgets ${year}`,
  budgetOf: 'Annual budget of',
  carries: 'For',
  asks: 'This call asks',
  room: 'Still free',
  maxPerCall: 'Maximum per call',
  verdict: 'Result',
  fits: 'Fits',
  none: 'No annual budget',
  short: (amount: string) => `${amount} short`,
  over: (amount: string) => `${amount} over the maximum`,
  noMax: 'none',
  consentOwnShare: 'own share',
  consentNeeded:
    'You can publish once every co-funder has approved its share. They find the request under ‘Co-funding’.',
  missingDocuments: 'Bidders expect these documents with the call, but they are still missing:',
  addDocuments: 'Add documents',
  publishAnyway:
    'You can publish without these documents, but bidders then cannot see on what terms they would work.',
  publish: 'Publish',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
