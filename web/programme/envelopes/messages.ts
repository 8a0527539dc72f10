import type { Lang } from '#web/i18n/format.ts';

const nl = {
  envelopesTitle: (year: number) => `Enveloppen ${year}`,
  envelopesIntro:
    'Per programmajaar het plafond van elke financier per instrument, en wat daarvan is gereserveerd, gegund en over.',
  holder: 'Houder',
  remaining: 'Over',
  members: 'Leden',
  setEnvelope: 'Envelop vastleggen',
  envelopeFunder: 'OIN van de financier',
  envelopeCapSbir: 'Plafond SBIR in euro',
  envelopeCapIp: 'Plafond innovatiepartnerschap in euro (optioneel)',
  envelopeMembers: 'Leden die uit deze envelop putten (OIN’s, gescheiden door komma’s; optioneel)',
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
  envelopeFunder: 'OIN of the funder',
  envelopeCapSbir: 'SBIR cap in euro',
  envelopeCapIp: 'Innovation partnership cap in euro (optional)',
  envelopeMembers: 'Members drawing from this envelope (OINs separated by commas; optional)',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
