import type { Lang } from '#web/i18n/format.ts';

const nl = {
  scoreTitle: 'Voorstel beoordelen',
  scoreFor: (criterion: string) => `Score voor ${criterion} (0 tot en met 10)`,
  motivation: 'Motivering (ten minste 20 tekens)',
  scoreButton: 'Score vastleggen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  scoreTitle: 'Assess the proposal',
  scoreFor: (criterion: string) => `Score for ${criterion} (0 to 10)`,
  motivation: 'Motivation (at least 20 characters)',
  scoreButton: 'Record score',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
