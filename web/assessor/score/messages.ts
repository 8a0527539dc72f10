import type { Lang } from '#web/i18n/format.ts';

const nl = {
  scoreTitle: 'Voorstel beoordelen',
  scoreFor: (criterion: string) => `Score voor ${criterion} (0 tot en met 10)`,
  whyFor: (criterion: string) => `Motivering bij ${criterion}`,
  whyHint: 'De inschrijver leest deze motivering in de gunningsbrief, naast uw score.',
  motivation: 'Eindoordeel (optioneel als u elk criterium motiveert)',
  scoreButton: 'Score vastleggen',
  changeButton: 'Wijziging vastleggen',
  scoredAt: (when: string) =>
    `U heeft dit voorstel gescoord op ${when}. Hieronder staat wat u gaf; u kunt het wijzigen tot de opdrachtgever een besluit neemt.`,
  chooseScore: (criterion: string) => `Kies een score van 0 tot en met 10 voor ${criterion}.`,
  whyTooShort: (criterion: string) =>
    `Schrijf bij ${criterion} ten minste 10 tekens, of laat het veld leeg en schrijf een eindoordeel.`,
  motivationMissing: 'Motiveer elke score, of schrijf een eindoordeel van ten minste 20 tekens.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  scoreTitle: 'Assess the proposal',
  scoreFor: (criterion: string) => `Score for ${criterion} (0 to 10)`,
  whyFor: (criterion: string) => `Motivation for ${criterion}`,
  whyHint: 'The bidder reads this motivation in the award letter, beside your score.',
  motivation: 'Overall judgement (optional if you motivate each criterion)',
  scoreButton: 'Record score',
  changeButton: 'Record the change',
  scoredAt: (when: string) =>
    `You scored this proposal on ${when}. What you gave is shown below; you can change it until the buyer takes a decision.`,
  chooseScore: (criterion: string) => `Choose a score from 0 to 10 for ${criterion}.`,
  whyTooShort: (criterion: string) =>
    `Write at least 10 characters for ${criterion}, or leave the field empty and write an overall judgement.`,
  motivationMissing: 'Motivate each score, or write an overall judgement of at least 20 characters.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
