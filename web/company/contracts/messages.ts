import type { Lang } from '#web/i18n/format.ts';

const nl = {
  listTitle: 'Mijn opdrachten',
  listIntro:
    'De opdrachten die uw bedrijf heeft gekregen: wat u per mijlpaal oplevert, wanneer, en wat u daarvoor betaald krijgt.',
  contractTitle: (company: string) => `Opdracht van ${company}`,
  submit: 'Resultaat indienen',
  resubmit: 'Opnieuw indienen',
  submitTitle: (n: number) => `Resultaat van mijlpaal ${n} indienen`,
  submitIntro:
    'Beschrijf wat u oplevert en waar de opdrachtgever het vindt. De opdrachtgever beoordeelt het binnen de afgesproken termijn en laat u weten of het is goedgekeurd; bij een afwijzing staat erbij wat beter moet.',
  summary: 'Wat levert u op?',
  summaryHint: 'Bijvoorbeeld: eindrapport versie 1.0 met de resultaten van de proefopstelling.',
  summaryInvalid: 'Beschrijf wat u oplevert in 10 tot 4.000 tekens.',
  referenceInvalid: 'Een kenmerk heeft ten hoogste 300 tekens.',
  reference: 'Kenmerk of vindplaats',
  referenceHint: 'Een documentnummer, bestandsnaam of link.',
  lastRejection: 'De opdrachtgever wees de vorige versie af:',
  send: 'Indienen',
  back: 'Terug naar de opdracht',
  toDo: (n: number) => (n === 1 ? '1 mijlpaal om op te leveren' : `${n} mijlpalen om op te leveren`),
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  listTitle: 'My contracts',
  listIntro:
    'The contracts your company won: what you deliver per milestone, when, and what you are paid for it.',
  contractTitle: (company: string) => `Contract of ${company}`,
  submit: 'Submit the deliverable',
  resubmit: 'Submit again',
  submitTitle: (n: number) => `Submit the deliverable of milestone ${n}`,
  submitIntro:
    'Describe what you deliver and where the buyer finds it. The buyer reviews it within the agreed period and tells you whether it is accepted; a rejection says what to put right.',
  summary: 'What do you deliver?',
  summaryHint: 'For example: final report version 1.0 with the results of the test set-up.',
  summaryInvalid: 'Describe what you deliver in 10 to 4,000 characters.',
  referenceInvalid: 'A reference has at most 300 characters.',
  reference: 'Reference or location',
  referenceHint: 'A document number, file name or link.',
  lastRejection: 'The buyer rejected the previous version:',
  send: 'Submit',
  back: 'Back to the contract',
  toDo: (n: number) => (n === 1 ? '1 milestone to deliver' : `${n} milestones to deliver`),
};

/** The texts of these pages, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
