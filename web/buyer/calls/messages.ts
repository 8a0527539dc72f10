import type { Lang } from '#web/i18n/format.ts';

const nl = {
  myCallsIntro:
    'De oproepen van uw organisatie als leidende opdrachtgever: concepten, gepubliceerd, afgerond.',
  noCalls: 'Uw organisatie heeft nog geen oproepen.',
  created: 'Aangemaakt',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  myCallsIntro: 'The calls of your organisation as lead buyer: drafts, published, completed.',
  noCalls: 'Your organisation has no calls yet.',
  created: 'Created',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
