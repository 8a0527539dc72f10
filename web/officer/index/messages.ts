import type { Lang } from '#web/i18n/format.ts';

const nl = {
  reportsIntro:
    'Verantwoording van de gezamenlijke innovatie-inkoop per programmajaar, met de richtlijnen van PIANOo.',
  ocds: 'Open data (OCDS)',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  reportsIntro: 'Accountability for joint innovation procurement per programme year, with PIANOo’s guidance.',
  ocds: 'Open data (OCDS)',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
