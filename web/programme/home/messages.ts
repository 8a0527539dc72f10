import type { Lang } from '#web/i18n/format.ts';

const nl = {
  intro: 'Wat er voor het programmabureau klaarligt.',
  consent: (title: string, lead: string) => `${lead} vraagt uw organisatie mee te betalen aan ${title}.`,
  decide: 'Beslissen',
  nextYear: (year: number) =>
    `De jaarbudgetten voor ${year} zijn nog niet vastgelegd. Oproepen die in ${year} worden gepubliceerd, hebben ze nodig.`,
  setBudgets: 'Jaarbudgetten vastleggen',
  nearlyUsed: (holder: string, instrument: string, percent: string) =>
    `Het jaarbudget ${instrument} van ${holder} is voor ${percent} gebruikt.`,
  view: 'Bekijken',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  intro: 'What waits for the programme office.',
  consent: (title: string, lead: string) => `${lead} asks your organisation to co-fund ${title}.`,
  decide: 'Decide',
  nextYear: (year: number) =>
    `The annual budgets for ${year} have not been set yet. Calls published in ${year} need them.`,
  setBudgets: 'Set the annual budgets',
  nearlyUsed: (holder: string, instrument: string, percent: string) =>
    `${holder}’s ${instrument} annual budget is ${percent} used.`,
  view: 'View',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
