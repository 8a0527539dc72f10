import type { Lang } from '#web/i18n/format.ts';

const nl = {
  withdrawTitle: 'Voorstel intrekken',
  withdrawConfirm:
    'Weet u zeker dat u dit voorstel wilt intrekken? De opdrachtgever ziet het dan niet. U kunt tot de sluitingsdatum een nieuw voorstel indienen.',
  withdrawButton: 'Ja, voorstel intrekken',
  cancel: 'Terug, niet intrekken',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  withdrawTitle: 'Withdraw proposal',
  withdrawConfirm:
    'Are you sure you want to withdraw this proposal? The buyer will not see it. You can submit a new proposal until the closing date.',
  withdrawButton: 'Yes, withdraw proposal',
  cancel: 'Back, do not withdraw',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
