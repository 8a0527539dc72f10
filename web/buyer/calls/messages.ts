import type { Lang } from '#web/i18n/format.ts';

const nl = {
  myChallengesIntro:
    'De oproepen van uw organisatie als leidende opdrachtgever: concepten, gepubliceerd, afgerond.',
  noChallenges: 'Uw organisatie heeft nog geen oproepen.',
  created: 'Aangemaakt',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  myChallengesIntro: 'The calls of your organisation as lead buyer: drafts, published, completed.',
  noChallenges: 'Your organisation has no calls yet.',
  created: 'Created',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
