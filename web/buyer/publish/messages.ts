import type { Lang } from '#web/i18n/format.ts';

const nl = {
  shortfall: (funder: string, amount: string) => `${funder} komt ${amount} tekort in zijn envelop.`,
  consentMissing: (funder: string, status: string) =>
    `${funder} moet eerst instemmen met zijn aandeel (nu: ${status}).`,
  publishTitle: 'Controleer uw oproep en publiceer',
  publishIntro:
    'Bij publicatie reserveert elke financier zijn aandeel in zijn envelop van dit programmajaar. Daarna is de oproep openbaar en kan alleen nog worden ingetrokken.',
  reservation: 'Reservering per financier',
  consentOwnShare: 'eigen aandeel',
  consentNeeded:
    'Publiceren kan pas als elke medefinancier heeft ingestemd met zijn aandeel. Zij vinden het verzoek onder ‘Medefinanciering’.',
  publish: 'Publiceren',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  shortfall: (funder: string, amount: string) => `${funder} is ${amount} short in its envelope.`,
  consentMissing: (funder: string, status: string) =>
    `${funder} must first approve its share (now: ${status}).`,
  publishTitle: 'Check your call and publish',
  publishIntro:
    'On publication each funder reserves its share in its envelope of this programme year. Then the call is public and can only be cancelled.',
  reservation: 'Reservation per funder',
  consentOwnShare: 'own share',
  consentNeeded:
    'You can publish once every co-funder has approved its share. They find the request under ‘Co-funding’.',
  publish: 'Publish',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
