import type { Lang } from '#web/i18n/format.ts';

const nl = {
  myIntro: 'Alle voorstellen van uw bedrijf, nieuwste eerst, met hoe het ervoor staat.',
  none: 'Uw bedrijf heeft nog geen voorstellen ingediend.',
  standing: 'Hoe het ervoor staat',
  open: (until: string) => `Ingediend. U kunt het wijzigen of intrekken tot ${until}.`,
  assessing: 'In beoordeling bij de commissie.',
  provisional: (until: string) =>
    `Voorlopig gegund. De gunning wordt definitief na ${until}, als niemand een klacht indient.`,
  awarded: 'Gegund. De opdracht loopt.',
  completed: 'Gegund en afgerond.',
  terminated: 'Gegund; de opdracht is beëindigd.',
  awardWithdrawn: 'De gunning is ingetrokken.',
  notAwarded: 'Niet gegund.',
  withdrawn: 'Ingetrokken.',
  readLetter: 'Besluit lezen',
  change: 'Wijzigen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  myIntro: 'All proposals of your company, newest first, with where each stands.',
  none: 'Your company has not submitted any proposals yet.',
  standing: 'Where it stands',
  open: (until: string) => `Submitted. You can change or withdraw it until ${until}.`,
  assessing: 'Being assessed by the committee.',
  provisional: (until: string) =>
    `Provisionally awarded. The award becomes final after ${until} if nobody lodges a complaint.`,
  awarded: 'Awarded. The contract is running.',
  completed: 'Awarded and completed.',
  terminated: 'Awarded; the contract was terminated.',
  awardWithdrawn: 'The award was withdrawn.',
  notAwarded: 'Not awarded.',
  withdrawn: 'Withdrawn.',
  readLetter: 'Read the decision',
  change: 'Change',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
