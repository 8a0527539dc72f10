import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Innovatie inkopen bij het mkb',
  intro1:
    'Ministeries en provincies zoeken samen oplossingen voor maatschappelijke uitdagingen. Via SBIR-oproepen en innovatiepartnerschappen kopen zij onderzoek en ontwikkeling in bij bedrijven, in fasen: eerst een haalbaarheidsstudie, dan een prototype.',
  intro2:
    'Het ministerie van Economische Zaken en Klimaat betaalt de helft van elke gezamenlijke oproep; de andere helft komt van andere ministeries en provincies.',
  openCalls: 'Open oproepen per thema',
  noOpenCalls: 'Er zijn nu geen open oproepen.',
  allCalls: 'Alle oproepen bekijken',
  forCompanies: 'Voor bedrijven',
  forCompaniesText:
    'Log in met uw bedrijf om vragen te stellen, een voorstel in te dienen en de terugkoppeling op uw voorstel te lezen.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Buying innovation from SMEs',
  intro1:
    'Ministries and provinces look for solutions to societal challenges together. Through SBIR calls and innovation partnerships they buy research and development from companies, in phases: first a feasibility study, then a prototype.',
  intro2:
    'The Ministry of Economic Affairs and Climate pays half of every joint call; the other half comes from other ministries and provinces.',
  openCalls: 'Open calls by theme',
  noOpenCalls: 'There are no open calls at the moment.',
  allCalls: 'See all calls',
  forCompanies: 'For companies',
  forCompaniesText:
    'Sign in with your company to ask questions, submit a proposal and read the feedback on your proposal.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
