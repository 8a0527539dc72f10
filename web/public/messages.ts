import type { Lang } from '#web/i18n/format.ts';

const nl = {
  status: 'Status',
  buyer: 'Opdrachtgever',
  budget: 'Budget',
  nextDeadline: 'Sluit',
  noDeadline: 'Geen open fase',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  status: 'Status',
  buyer: 'Buyer',
  budget: 'Budget',
  nextDeadline: 'Closes',
  noDeadline: 'No open phase',
};

/** The texts the pages of this group share, in the reader's language. */
export const groupTexts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
