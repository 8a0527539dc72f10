import type { Lang } from '#web/i18n/format.ts';

const nl = {
  consentsTitle: 'Verzoeken om medefinanciering',
  consentsIntro:
    'Een oproep die uw organisatie medefinanciert, wordt pas gepubliceerd als u instemt met uw aandeel. U stemt in met precies wat hieronder staat: het instrument, het programmajaar uit wiens jaarbudget u betaalt, uw aandeel, uw bedrag per fase en hoe u betaalt. U kunt instemmen, weigeren met een reden, of uw instemming intrekken zolang de oproep niet is gepubliceerd. Verandert een van die gegevens, of begint een nieuw programmajaar voordat de oproep is gepubliceerd, dan wordt u opnieuw gevraagd.',
  noConsents: 'Er zijn geen verzoeken aan uw organisatie.',
  leadBuyer: 'Penvoerder',
  programmeYear: 'Programmajaar (jaarbudget)',
  declineReason: 'Reden van weigeren',
  payment: 'Hoe u betaalt',
  paysDirectly: 'Rechtstreeks aan het bedrijf: uw deel van elke betaling',
  settles: 'Per kwartaal aan de penvoerder, die het bedrijf betaalt (verrekenstaat)',
  consentFinal: 'De oproep is gepubliceerd: uw instemming staat vast.',
  withdrawConsent: 'Instemming intrekken',
  approve: 'Instemmen',
  decline: 'Weigeren',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  consentsTitle: 'Requests to co-fund',
  consentsIntro:
    'A call your organisation co-funds is published only once you approve your share. You approve exactly what is shown below: the instrument, the programme year whose envelope pays, your share, your amount per phase and how you pay. You may approve, decline with a reason, or withdraw your approval until it is published. When any of these changes, or a new programme year begins before the call is published, you are asked again.',
  noConsents: 'There are no requests to your organisation.',
  leadBuyer: 'Lead buyer',
  programmeYear: 'Programme year (envelope)',
  declineReason: 'Reason for declining',
  payment: 'How you pay',
  paysDirectly: 'Directly to the company: your part of each payment',
  settles: 'Per quarter to the lead buyer, who pays the company (settlement statement)',
  consentFinal: 'The call has been published: your approval stands.',
  withdrawConsent: 'Withdraw approval',
  approve: 'Approve',
  decline: 'Decline',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
