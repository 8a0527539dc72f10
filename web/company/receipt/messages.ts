import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Voorstel ingediend',
  yourReference: 'Uw referentie',
  mailed: 'U krijgt een ontvangstbevestiging per e-mail, met deze referentie.',
  next: 'Wat gebeurt er nu',
  steps: (deadline: string) => [
    `Tot ${deadline} kunt u uw voorstel wijzigen of intrekken, en bijlagen toevoegen of verwijderen.`,
    'Na die tijd kan niemand het meer wijzigen. De beoordelingscommissie leest het en geeft per criterium een score met een motivering.',
    'De opdrachtgever besluit aan wie hij gunt. U krijgt een brief met het besluit, uw scores en de motivering, en hoe u een klacht kunt indienen.',
  ],
  addAttachments: 'Bijlagen toevoegen',
  view: 'Uw voorstel bekijken',
  all: 'Al uw voorstellen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Proposal submitted',
  yourReference: 'Your reference',
  mailed: 'You will receive a receipt by e-mail, with this reference.',
  next: 'What happens next',
  steps: (deadline: string) => [
    `Until ${deadline} you can change or withdraw your proposal, and add or remove attachments.`,
    'After that nobody can change it. The assessment committee reads it and gives a score per criterion, with a motivation.',
    'The buyer decides whom to award. You receive a letter with the decision, your scores and their motivation, and how to lodge a complaint.',
  ],
  addAttachments: 'Add attachments',
  view: 'View your proposal',
  all: 'All your proposals',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
