import type { Lang } from '#web/i18n/format.ts';

const nl = {
  suitableQuestion: 'Is deze kandidaat geschikt?',
  invitedQuestion: 'Nodigt u deze kandidaat uit om te onderhandelen?',
  choose: 'Kies ja of nee.',
  title: 'Selectie van kandidaten',
  intro:
    'Beoordeel elk verzoek tot deelneming: is de kandidaat geschikt, en nodigt u hem uit om te onderhandelen? Nodig ten minste 3 geschikte kandidaten uit (alle als er minder geschikt zijn) en geef bij elke keuze de redenen. De selectie is definitief; de gunning van fase 1 gaat alleen naar uitgenodigde kandidaten.',
  recordedAt: (at: string) => `De selectie is vastgelegd op ${at} en is definitief.`,
  suitable: 'Geschikt',
  invited: 'Uitgenodigd om te onderhandelen',
  reasons: 'Redenen',
  button: 'Selectie vastleggen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  suitableQuestion: 'Is this candidate suitable?',
  invitedQuestion: 'Do you invite this candidate to negotiate?',
  choose: 'Choose yes or no.',
  title: 'Selection of candidates',
  intro:
    'Judge each request to participate: is the candidate suitable, and do you invite it to negotiate? Invite at least 3 suitable candidates (all when fewer are suitable) and give the reasons for each choice. The selection is final; the phase-1 award goes to invited candidates only.',
  recordedAt: (at: string) => `The selection was recorded on ${at} and is final.`,
  suitable: 'Suitable',
  invited: 'Invited to negotiate',
  reasons: 'Reasons',
  button: 'Record the selection',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
