import type { Lang } from '#web/i18n/format.ts';

const nl = {
  role: 'Rol',
  failedTitle: 'Inloggen is mislukt',
  failedText: 'Het inloggen kon niet worden afgerond. Probeer het opnieuw via Inloggen bovenaan de pagina.',
  localTitle: 'Inloggen in de lokale testomgeving',
  localWarning:
    'Alleen lokaal: deze pagina bestaat niet in de echte omgeving. Daar logt u in via het inlogscherm van de overheid.',
  companies: 'Bedrijven: inloggen met eHerkenning of eIDAS',
  companiesIntro:
    'Zoals in de echte omgeving: u logt in bij een makelaar voor eHerkenning (of eIDAS voor bedrijven uit een ander EU-land). Hier is dat een testmakelaar, waar u een testbedrijf en een betrouwbaarheidsniveau kiest.',
  brokerButton: 'Inloggen met eHerkenning of eIDAS',
  officials: 'Overheden: inloggen met uw account',
  officialsIntro:
    'Met het account uit de uitnodiging van uw beheerder: e-mailadres, wachtwoord en de code uit uw authenticator-app.',
  officialButton: 'Inloggen als ambtenaar',
  demoIdentities: 'Demo-identiteiten',
  signInAs: (who: string) => `Inloggen als ${who}`,
  other: 'Een andere rol of organisatie',
  org: 'Organisatie (OIN; voor een bedrijf het KvK-nummer, of buiten Nederland de EUID of het btw-nummer)',
  sub: 'Eigen id (voor een beoordelaar)',
  submit: 'Inloggen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  role: 'Role',
  failedTitle: 'Sign-in failed',
  failedText: 'Signing in could not be completed. Please try again with Sign in at the top of the page.',
  localTitle: 'Sign in to the local test environment',
  localWarning:
    'Local only: this page does not exist in the real environment. There you sign in through the government sign-in page.',
  companies: 'Companies: sign in with eHerkenning or eIDAS',
  companiesIntro:
    'As in the real environment: you sign in with an eHerkenning broker (or eIDAS for companies from another EU state). Here that is a test broker, where you pick a test company and a level of assurance.',
  brokerButton: 'Sign in with eHerkenning or eIDAS',
  officials: 'Government: sign in with your account',
  officialsIntro:
    'With the account from your administrator’s invitation: e-mail address, password and the code from your authenticator app.',
  officialButton: 'Sign in as an official',
  demoIdentities: 'Demo identities',
  signInAs: (who: string) => `Sign in as ${who}`,
  other: 'Another role or organisation',
  org: 'Organisation (OIN; for a company its KvK number, or outside the Netherlands its EUID or VAT number)',
  sub: 'Own id (for an assessor)',
  submit: 'Sign in',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
