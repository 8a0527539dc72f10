import type { Lang } from '#web/i18n/format.ts';

const nl = {
  assessor: 'Beoordelaar',
  title: 'Terugkoppeling op uw voorstel',
  notYet:
    'De opdrachtgever heeft voor deze fase nog geen gunningsbeslissing genomen. Daarna leest u hier uw terugkoppeling.',
  rank: (rank: number, of: number) => `Uw voorstel is als ${rank}e van ${of} gerangschikt.`,
  awarded: 'Uw voorstel is gegund.',
  notAwarded: 'Uw voorstel is niet gegund.',
  belowThreshold: 'Uw voorstel haalde de minimale score niet.',
  total: 'Gewogen totaalscore',
  perCriterion: 'Score per criterium',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  assessor: 'Assessor',
  title: 'Feedback on your proposal',
  notYet:
    'The buyer has not taken the award decision for this phase yet. After it, you can read your feedback here.',
  rank: (rank: number, of: number) => `Your proposal was ranked ${rank} of ${of}.`,
  awarded: 'Your proposal was awarded a contract.',
  notAwarded: 'Your proposal was not awarded a contract.',
  belowThreshold: 'Your proposal did not reach the minimum score.',
  total: 'Weighted total score',
  perCriterion: 'Score per criterion',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
