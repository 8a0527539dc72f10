import type { Lang } from '#web/i18n/format.ts';

const nl = {
  auditTrail: 'Logboek van de procedure',
  awardsRegister: 'Register van gunningen',
  coFunding: 'Cofinanciering',
  followUp: 'Vervolgmonitoring',
  reportsTitle: 'Rapporten',
  pipeline: 'Oproepen per fase',
  payments: 'Register van betalingen',
  settlements: 'Verrekening tussen financiers',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  auditTrail: 'Audit trail',
  awardsRegister: 'Awards register',
  coFunding: 'Co-funding',
  followUp: 'Follow-up monitoring',
  reportsTitle: 'Reports',
  pipeline: 'Pipeline',
  payments: 'Payments register',
  settlements: 'Settlement between funders',
};

/** The texts the pages of this group share, in the reader's language. */
export const groupTexts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
