import type { Lang } from '#web/i18n/format.ts';

const nl = {
  envelopesTitle: (year: number) => `Jaarbudgetten ${year}`,
  envelopesIntro:
    'Per programmajaar het plafond van elke financier per instrument, en wat daarvan is gereserveerd, gegund en over.',
  holder: 'Houder',
  remaining: 'Over',
  members: 'Leden',
  setEnvelope: 'Jaarbudget vastleggen',
  envelopeFunder: 'Financier',
  chooseFunder: 'Kies een financier',
  envelopeCapSbir: 'Plafond SBIR in euro',
  envelopeCapIp: 'Plafond innovatiepartnerschap in euro (optioneel)',
  envelopeMembers: 'Leden die uit dit jaarbudget putten (optioneel)',
  envelopeMembersHint: 'Bijvoorbeeld de provincies die uit het jaarbudget van het IPO putten.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  envelopesTitle: (year: number) => `Envelopes ${year}`,
  envelopesIntro:
    'Per programme year each funder’s cap per instrument, and how much of it is reserved, awarded and left.',
  holder: 'Holder',
  remaining: 'Left',
  members: 'Members',
  setEnvelope: 'Set an envelope',
  envelopeFunder: 'Funder',
  chooseFunder: 'Choose a funder',
  envelopeCapSbir: 'SBIR cap in euro',
  envelopeCapIp: 'Innovation partnership cap in euro (optional)',
  envelopeMembers: 'Members drawing from this annual budget (optional)',
  envelopeMembersHint: 'For example the provinces that draw from the IPO’s annual budget.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
