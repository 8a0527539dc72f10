import type { Lang } from '#web/i18n/format.ts';

const nl = {
  committeesTitle: 'Mijn commissies',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  committeesTitle: 'My committees',
};

/** The texts the pages of this group share, in the reader's language. */
export const groupTexts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
