import type { Lang } from '#web/i18n/format.ts';

const nl = {
  mailboxTitle: 'Lokale mailbox',
  mailboxIntro:
    'Alleen op deze ontwikkelomgeving: elke e-mail die de marktplaats verstuurde, nieuwste eerst.',
  mailboxEmpty: 'Er is nog geen e-mail verstuurd.',
  to: 'Aan',
  received: 'Ontvangen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  mailboxTitle: 'Local mailbox',
  mailboxIntro: 'Only in this development environment: every e-mail the marketplace sent, newest first.',
  mailboxEmpty: 'No e-mail has been sent yet.',
  to: 'To',
  received: 'Received',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
