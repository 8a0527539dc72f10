import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Bedrijfsprofiel',
  intro:
    'Uw bedrijfsgegevens en de mkb-verklaring. Met uw personeel, omzet en balanstotaal berekenen wij de grootteklasse volgens de Europese mkb-definitie.',
  sizeClass: 'Grootteklasse',
  smeYes: 'Uw bedrijf is een mkb-bedrijf.',
  smeNo:
    'Uw bedrijf is geen mkb-bedrijf. U mag wel inschrijven; de opdrachtgever ziet dat uw bedrijf groot is.',
  name: 'Naam van het bedrijf',
  btwId: 'Btw-identificatienummer (optioneel)',
  btwIdHint: 'Van het land waar uw bedrijf is ingeschreven, bijvoorbeeld NL123456782B01',
  noticeEmail: 'E-mailadres voor berichten',
  noticeEmailHint:
    'Hierheen sturen wij de gunningsbeslissing en andere berichten voor uw bedrijf, wie er ook inlogt. Nodig voordat u een voorstel indient.',
  staff: 'Aantal medewerkers (fte)',
  turnover: 'Jaaromzet in euro',
  moneyHint: 'Bijvoorbeeld 1.250.000',
  balance: 'Balanstotaal in euro',
  country: 'Land (ISO-code)',
  countryHint: 'Twee letters, bijvoorbeeld NL',
  save: 'Opslaan',
  explainTitle: 'Hoe de grootteklasse wordt bepaald',
  explain:
    'De Europese Commissie (Aanbeveling 2003/361/EG) deelt bedrijven in op personeel én omzet of balanstotaal. U valt in de kleinste klasse waarvan u onder de grens voor personeel blijft, en onder de grens voor omzet óf voor balanstotaal.',
  class: 'Klasse',
  staffLimit: 'Personeel',
  turnoverLimit: 'Omzet',
  balanceLimit: 'Balanstotaal',
  fewerThan: (n: number) => `minder dan ${n}`,
  atMost: (amount: string) => `ten hoogste ${amount}`,
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Company profile',
  intro:
    'Your company details and the SME declaration. From your staff, turnover and balance sheet we work out your size class under the European SME definition.',
  sizeClass: 'Size class',
  smeYes: 'Your company is an SME.',
  smeNo: 'Your company is not an SME. You may still bid; the buyer sees that your company is large.',
  name: 'Company name',
  btwId: 'VAT identification number (optional)',
  btwIdHint: 'Of the state your company is registered in, for example NL123456782B01',
  noticeEmail: 'E-mail address for notices',
  noticeEmailHint:
    'We send the award decision and other notices for your company here, whoever signs in. Needed before you submit a proposal.',
  staff: 'Number of staff (FTE)',
  turnover: 'Annual turnover in euro',
  moneyHint: 'For example 1,250,000',
  balance: 'Balance sheet total in euro',
  country: 'Country (ISO code)',
  countryHint: 'Two letters, for example NL',
  save: 'Save',
  explainTitle: 'How the size class is worked out',
  explain:
    'The European Commission (Recommendation 2003/361/EC) classes companies by staff and by turnover or balance sheet. You are in the smallest class whose staff ceiling you stay under, and whose turnover or balance sheet ceiling you stay within.',
  class: 'Class',
  staffLimit: 'Staff',
  turnoverLimit: 'Turnover',
  balanceLimit: 'Balance sheet',
  fewerThan: (n: number) => `fewer than ${n}`,
  atMost: (amount: string) => `at most ${amount}`,
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
