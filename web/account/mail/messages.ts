import type { Lang } from '#web/i18n/format.ts';

const nl = {
  language: 'Taal van de berichten',
  addressInvalid: 'Vul één e-mailadres in, zoals naam@voorbeeld.nl.',
  anyFilter: 'Kies ten minste één thema, instrument of CPV-code.',
  saved: 'Uw e-mailinstellingen zijn opgeslagen.',
  searchSaved: 'De zoekopdracht is bewaard.',
  searchRemoved: 'De zoekopdracht is verwijderd.',
  title: 'E-mail',
  intro:
    'Kies waar en in welke taal u e-mail van Innovatiemarkt krijgt, en welke berichten. Elk bericht heeft ook een link om dat soort berichten met één klik te stoppen.',
  address: 'E-mailadres',
  addressHint: 'Leeg: het adres van uw inlogaccount.',
  kinds: 'Welke berichten wilt u krijgen?',
  kindNames: {
    'new-call': 'Nieuwe oproepen die passen bij mijn bewaarde zoekopdrachten',
    'question-asked': 'Nieuwe vragen over mijn oproepen',
    'question-answered': 'Antwoorden op mijn vragen',
    'committee-named': 'Benoemingen in een beoordelingscommissie',
    'deadline-reminder':
      'Herinneringen 7 dagen en 1 dag voor een sluiting (als ik een vraag stelde en nog niet indiende)',
    'decision-letter': 'Mijn gunningsbeslissingen',
    correction: 'Rectificaties van oproepen waarop ik inschreef of een vraag stelde',
    nota: 'Nota’s van inlichtingen bij fasen waarover ik een vraag stelde',
    'follow-up-due': 'Verzoeken om vervolgrapportage',
    'follow-up-overdue': 'Herinneringen als een vervolgrapportage te laat is',
    'scoring-open': 'Voorstellen die na de sluiting open zijn voor beoordeling',
    'weekly-digest':
      'Het weekoverzicht op maandag: te late vervolgrapportages en enveloppen boven 90% gebruik',
    'committee-finished': 'Een commissie die een fase heeft beoordeeld',
    objection: 'Bezwaren tegen mijn gunningsbeslissingen',
    'phase-invitation': 'Uitnodigingen voor een volgende fase',
    'phase-closed': 'Gesloten fasen van mijn oproepen, met het aantal voorstellen',
    consent: 'Instemming van medefinanciers (gevraagd, gegeven, afgewezen of ingetrokken)',
  },
  save: 'Instellingen opslaan',
  searchesTitle: 'Bewaarde zoekopdrachten',
  searchesIntro:
    'U krijgt een e-mail zodra er een oproep wordt gepubliceerd die past bij een van uw zoekopdrachten (ten hoogste 10).',
  noSearches: 'U hebt nog geen zoekopdrachten bewaard.',
  searchName: 'Naam van de zoekopdracht',
  filters: 'Filters',
  removeSearch: 'Verwijderen',
  newSearch: 'Nieuwe zoekopdracht',
  themes: 'Thema’s',
  instruments: 'Instrumenten',
  cpvCodes: 'CPV-codes',
  cpvHint: 'Gescheiden door komma’s, bijvoorbeeld 73000000-2. Een code omvat de codes eronder.',
  addSearch: 'Zoekopdracht bewaren',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  language: 'Language of the messages',
  addressInvalid: 'Enter one e-mail address, such as name@example.com.',
  anyFilter: 'Choose at least one theme, instrument or CPV code.',
  saved: 'Your e-mail settings have been saved.',
  searchSaved: 'The search has been saved.',
  searchRemoved: 'The search has been removed.',
  title: 'E-mail',
  intro:
    'Choose where and in which language you get e-mail from Innovatiemarkt, and which messages. Every message also has a link to stop that kind with one click.',
  address: 'E-mail address',
  addressHint: 'Empty: the address of your sign-in account.',
  kinds: 'Which messages do you want?',
  kindNames: {
    'new-call': 'New calls that match my saved searches',
    'question-asked': 'New questions about my calls',
    'question-answered': 'Answers to my questions',
    'committee-named': 'Appointments to an assessment committee',
    'deadline-reminder':
      'Reminders 7 days and 1 day before a deadline (when I asked a question and have not submitted)',
    'decision-letter': 'My award decisions',
    correction: 'Corrections of calls I bid on or asked about',
    nota: 'Notas van inlichtingen for phases I asked about',
    'follow-up-due': 'Follow-up report requests',
    'follow-up-overdue': 'Reminders when a follow-up report is overdue',
    'scoring-open': 'Proposals open for scoring after the deadline',
    'weekly-digest': 'The Monday digest: overdue follow-ups and envelopes above 90% use',
    'committee-finished': 'A committee that finished scoring a phase',
    objection: 'Objections to my award decisions',
    'phase-invitation': 'Invitations to a next phase',
    'phase-closed': 'Closed phases of my calls, with the number of proposals',
    consent: 'Co-funders’ consent (asked, given, declined or withdrawn)',
  },
  save: 'Save settings',
  searchesTitle: 'Saved searches',
  searchesIntro:
    'You get an e-mail as soon as a call is published that matches one of your searches (at most 10).',
  noSearches: 'You have not saved any searches yet.',
  searchName: 'Name of the search',
  filters: 'Filters',
  removeSearch: 'Remove',
  newSearch: 'New search',
  themes: 'Themes',
  instruments: 'Instruments',
  cpvCodes: 'CPV codes',
  cpvHint: 'Separated by commas, for example 73000000-2. A code covers the codes below it.',
  addSearch: 'Save search',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
