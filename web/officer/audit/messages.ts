import type { Lang } from '#web/i18n/format.ts';

const nl = {
  auditIntro: 'Elke wijziging van deze oproep, met wie, wanneer en wat, in een keten van hashes.',
  verified: 'De keten is gecontroleerd en klopt.',
  broken: 'De keten klopt niet: er is iets gewijzigd of verwijderd.',
  entries: (n: number) => `${n} vermeldingen`,
  when: 'Wanneer',
  what: 'Wat',
  actor: 'Wie',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  auditIntro: 'Every change of this call, by whom, when and what, in a chain of hashes.',
  verified: 'The chain has been checked and is intact.',
  broken: 'The chain is broken: something was changed or removed.',
  entries: (n: number) => `${n} entries`,
  when: 'When',
  what: 'What',
  actor: 'Who',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
