import type { Lang } from '#web/i18n/format.ts';

const nl = {
  myIntro: 'Alle voorstellen van uw bedrijf, nieuwste eerst.',
  none: 'Uw bedrijf heeft nog geen voorstellen ingediend.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  myIntro: 'All proposals of your company, newest first.',
  none: 'Your company has not submitted any proposals yet.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
