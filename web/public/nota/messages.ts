import type { Lang } from '#web/i18n/format.ts';

const nl = {
  publishedAt: 'Gepubliceerd op',
  questionCount: 'Aantal vragen',
  partOfCall:
    'Deze nota van inlichtingen maakt deel uit van de oproep. Vragenstellers worden niet genoemd. Een antwoord wijzigt alleen door een latere nota.',
  amendedItem: (n: number) => `Vraag ${n} (gewijzigd antwoord)`,
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  publishedAt: 'Published on',
  questionCount: 'Number of questions',
  partOfCall:
    'This clarification note is part of the call. Those who asked are not named. An answer changes only through a later note.',
  amendedItem: (n: number) => `Question ${n} (amended answer)`,
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
