import type { Lang } from '#web/i18n/format.ts';

const nl = {
  score: 'Score',
  assessments: 'Beoordelingen van de commissie',
  motivation: 'Motivering',
  overall: 'Eindoordeel',
  byCriterion: (assessor: string) => `Scores en motivering van ${assessor.toLowerCase()}`,
  myTitle: 'Mijn voorstellen',
  deadline: 'Sluitingsdatum',
  status: 'Status',
  statusSubmitted: 'Ingediend',
  statusWithdrawn: 'Ingetrokken',
  documents: 'Documenten (optioneel)',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  score: 'Score',
  assessments: 'Assessments by the committee',
  motivation: 'Motivation',
  overall: 'Overall judgement',
  byCriterion: (assessor: string) => `Scores and motivation of ${assessor}`,
  myTitle: 'My proposals',
  deadline: 'Closing date',
  status: 'Status',
  statusSubmitted: 'Submitted',
  statusWithdrawn: 'Withdrawn',
  documents: 'Documents (optional)',
};

/** The texts the pages of this group share, in the reader's language. */
export const groupTexts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
