import type { Lang } from '#web/i18n/format.ts';

const nl = {
  cancelReason: 'Reden (wordt gepubliceerd)',
  cancelButton: 'Ja, oproep intrekken',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  cancelReason: 'Reason (will be published)',
  cancelButton: 'Yes, cancel the call',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
