import type { Lang } from '#web/i18n/format.ts';

const nl = {
  committeesIntro: 'De fasen waarvoor u beoordelaar bent, met wat u nog moet doen.',
  noCommittees: 'U zit nog in geen commissie.',
  todo: (n: number) => (n === 0 ? 'Alles gedaan' : n === 1 ? 'Nog 1 voorstel' : `Nog ${n} voorstellen`),
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  committeesIntro: 'The phases you assess, with what you still have to do.',
  noCommittees: 'You are not on any committee yet.',
  todo: (n: number) => (n === 0 ? 'All done' : n === 1 ? '1 proposal to go' : `${n} proposals to go`),
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
