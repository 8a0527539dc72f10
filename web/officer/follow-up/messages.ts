import type { Lang } from '#web/i18n/format.ts';

const nl = {
  outcomes: 'Opbrengsten tot nu toe',
  revenue: 'Vervolgomzet',
  investment: 'Investeringen',
  jobs: 'Banen',
  launches: 'Marktintroducties',
  overdueList: 'Te late rondes',
  daysLate: 'Dagen te laat',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  outcomes: 'Outcomes so far',
  revenue: 'Follow-on revenue',
  investment: 'Investment',
  jobs: 'Jobs',
  launches: 'Market launches',
  overdueList: 'Overdue rounds',
  daysLate: 'Days late',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
