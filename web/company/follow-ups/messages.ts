import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Vervolgmonitoring',
  intro:
    'Eén, twee en drie jaar na een afgeronde opdracht vragen wij wat uw bedrijf met het resultaat heeft gedaan. Zo wordt zichtbaar wat innovatie-inkoop oplevert.',
  none: 'Er is nog geen vervolgmonitoring voor uw bedrijf.',
  status: 'Status',
  report: 'Invullen',
  formTitle: (n: number) => `Vervolgmonitoring, ronde ${n}`,
  revenue: 'Omzet uit het resultaat sinds het einde van de opdracht, in euro (excl. btw)',
  jobs: 'Banen die door het resultaat zijn ontstaan (fte)',
  jobsHint: 'Een halve baan telt als 0,5. Bijvoorbeeld: 2,5.',
  jobsInvalid: 'Vul het aantal banen in fte in, met hoogstens één cijfer achter de komma, bijvoorbeeld 2,5.',
  investment: 'Aangetrokken investeringen voor de volgende stappen, in euro',
  marketLaunch: 'Het product of de dienst is op de markt',
  launchingCustomer: 'Een overheid kocht het resultaat als eerste klant',
  launchingCustomerOin: 'Welke overheid? (optioneel)',
  chooseBody: 'Kies een overheid',
  remarks: 'Toelichting (optioneel)',
  send: 'Versturen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Follow-up monitoring',
  intro:
    'One, two and three years after a completed contract we ask what your company did with the result. This shows what buying innovation achieves.',
  none: 'There is no follow-up monitoring for your company yet.',
  status: 'Status',
  report: 'Fill in',
  formTitle: (n: number) => `Follow-up monitoring, round ${n}`,
  revenue: 'Revenue from the result since the contract ended, in euro (excl. VAT)',
  jobs: 'Jobs created because of the result (FTE)',
  jobsHint: 'A half-time job counts as 0.5. For example: 2.5.',
  jobsInvalid: 'Enter the jobs in FTE with at most one decimal, for example 2.5.',
  investment: 'Investment attracted for the next steps, in euro',
  marketLaunch: 'The product or service is on the market',
  launchingCustomer: 'A public body bought the result as launching customer',
  launchingCustomerOin: 'Which public body? (optional)',
  chooseBody: 'Choose a public body',
  remarks: 'Remarks (optional)',
  send: 'Send',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
