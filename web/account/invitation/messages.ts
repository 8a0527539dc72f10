import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Uitnodiging aannemen',
  intro: (organisation: string, role: string) =>
    `${organisation} nodigt u uit voor de Innovatiemarkt, met de rol ${role}.`,
  expert: (organisation: string, work: string) =>
    `${organisation} nodigt u uit als externe deskundige in een beoordelingscommissie (namens ${work}). Met uw account ziet u alleen de commissies waarin u bent benoemd.`,
  name: 'Naam',
  email: 'E-mailadres (hiermee logt u in)',
  validUntil: 'Geldig tot',
  password: 'Kies een wachtwoord',
  passwordHint:
    'Ten minste 12 tekens, met een kleine letter, een hoofdletter, een cijfer en een leesteken. Bij de eerste keer inloggen stelt u ook een tweede factor in (een app voor eenmalige codes).',
  passwordAgain: 'Herhaal het wachtwoord',
  mismatch: 'De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.',
  passwordError:
    'Kies een wachtwoord van ten minste 12 tekens, met een kleine letter, een hoofdletter, een cijfer en een leesteken.',
  accept: 'Account aanmaken',
  invalidTitle: 'Deze uitnodiging werkt niet',
  invalid:
    'De link is niet (meer) geldig: hij is al gebruikt, verlopen (een uitnodiging geldt 7 dagen) of niet volledig gekopieerd. Vraag uw beheerder om een nieuwe uitnodiging.',
  created: 'Uw account is aangemaakt. Log in met uw e-mailadres en wachtwoord.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Accept the invitation',
  intro: (organisation: string, role: string) =>
    `${organisation} invites you to the Innovatiemarkt, with the role ${role}.`,
  expert: (organisation: string, work: string) =>
    `${organisation} invites you as an outside expert in an assessment committee (on behalf of ${work}). With your account you only see the committees you are named in.`,
  name: 'Name',
  email: 'E-mail address (you sign in with it)',
  validUntil: 'Valid until',
  password: 'Choose a password',
  passwordHint:
    'At least 12 characters, with a lower-case letter, a capital, a digit and a symbol. When you first sign in you also set up a second factor (an app for one-time codes).',
  passwordAgain: 'Repeat the password',
  mismatch: 'The two passwords differ. Type the same password twice.',
  passwordError:
    'Choose a password of at least 12 characters, with a lower-case letter, a capital, a digit and a symbol.',
  accept: 'Create account',
  invalidTitle: 'This invitation does not work',
  invalid:
    'The link is not valid (any more): it was used, it expired (an invitation is valid for 7 days) or it was not copied completely. Ask your administrator for a new invitation.',
  created: 'Your account has been created. Sign in with your e-mail address and password.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
