import type { Lang } from '#web/i18n/format.ts';

const nl = {
  status: 'Status',
  editCall: 'Concept wijzigen',
  publishTitle: 'Rectificatie publiceren',
  cancelTitle: 'Oproep intrekken',
  phasesOverview: 'Fasen',
  committee: 'Beoordelingscommissie',
  ranking: 'Rangschikking',
  newCall: 'Nieuwe oproep opstellen',
  myCalls: 'Mijn oproepen',
  consent: 'Instemming',
  consentStatus: { requested: 'gevraagd', approved: 'ingestemd', declined: 'geweigerd' },
  startDate: 'Begindatum',
  endDate: 'Einddatum',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  status: 'Status',
  editCall: 'Change the draft',
  publishTitle: 'Publish a correction',
  cancelTitle: 'Cancel the call',
  phasesOverview: 'Phases',
  committee: 'Assessment committee',
  ranking: 'Ranking',
  newCall: 'Draft a new call',
  myCalls: 'My calls',
  consent: 'Consent',
  consentStatus: { requested: 'requested', approved: 'approved', declined: 'declined' },
  startDate: 'Start date',
  endDate: 'End date',
};

/** The texts the pages of this group share, in the reader's language. */
export const groupTexts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
