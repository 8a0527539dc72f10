import type { Lang } from '#web/i18n/format.ts';

const nl = {
  intro: 'Wat er voor uw organisatie klaarligt, het dringendste eerst.',
  consent: (title: string, lead: string) => `${lead} vraagt uw organisatie mee te betalen aan ${title}.`,
  decide: 'Beslissen',
  draft: (title: string) => `Het concept ${title} is nog niet gepubliceerd.`,
  checkAndPublish: 'Controleren en publiceren',
  complaint: (title: string, phase: number, n: number) =>
    `${n === 1 ? 'Een klacht' : `${n} klachten`} over de gunningsbeslissing van ${title}, fase ${phase}, ${n === 1 ? 'wacht' : 'wachten'} op uw antwoord.`,
  answer: 'Beantwoorden',
  standstillUntil: (until: string) => `De opschortende termijn loopt tot ${until}.`,
  committee: (title: string, phase: number) =>
    `Fase ${phase} van ${title} is gesloten, maar er is nog geen beoordelingscommissie.`,
  nameCommittee: 'Commissie benoemen',
  newCall: 'Nieuwe oproep maken',
  allCalls: 'Al uw oproepen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  intro: 'What waits for your organisation, most urgent first.',
  consent: (title: string, lead: string) => `${lead} asks your organisation to co-fund ${title}.`,
  decide: 'Decide',
  draft: (title: string) => `The draft ${title} is not published yet.`,
  checkAndPublish: 'Check and publish',
  complaint: (title: string, phase: number, n: number) =>
    `${n === 1 ? 'A complaint' : `${n} complaints`} about the award decision of ${title}, phase ${phase}, ${n === 1 ? 'waits' : 'wait'} for your answer.`,
  answer: 'Answer',
  standstillUntil: (until: string) => `The standstill period runs until ${until}.`,
  committee: (title: string, phase: number) =>
    `Phase ${phase} of ${title} has closed, but it has no assessment committee yet.`,
  nameCommittee: 'Name the committee',
  newCall: 'Make a new call',
  allCalls: 'All your calls',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
