import type { Lang } from '#web/i18n/format.ts';

const nl = {
  deadlineError:
    'Kies een latere sluiting dan de huidige, zolang de fase openstaat, en na de sluiting van de vorige fase.',
  intro:
    'Met een rectificatie verlengt u een termijn of verduidelijkt u de oproep. Termijnen worden alleen verlengd, zolang de fase openstaat; iedereen ziet de rectificatie met haar reden. Wie al inschreef, kan het voorstel aanpassen tot de nieuwe sluiting.',
  reason: 'Reden van de rectificatie',
  reasonHint: 'Wordt gepubliceerd bij de oproep (ten minste 10 tekens).',
  newDeadline: (phase: number) => `Nieuwe sluiting fase ${phase} (optioneel)`,
  nowCloses: (at: string) => `Nu: ${at}. Alleen later is mogelijk.`,
  newQuestionDeadline: 'Nieuwe sluiting voor vragen (optioneel)',
  newDescription: 'Verduidelijkte omschrijving (optioneel)',
  newDescriptionHint: 'Vervangt de Nederlandse omschrijving als geheel.',
  weights: (phase: number) => `Nieuwe weging van de criteria van fase ${phase} in procenten (optioneel)`,
  weightsHint: (names: string, now: string, days: number) =>
    `In deze volgorde: ${names}; nu ${now}. Een andere weging is een wezenlijke wijziging: de fase moet daarna nog ten minste ${days} dagen openstaan, verleng de sluiting dan in dezelfde rectificatie.`,
  weightsError: (n: number) =>
    `Vul ${n} percentages in, gescheiden door een schuine streep, samen 100 (bijvoorbeeld 40/30/30).`,
  significantHint: (days: number) =>
    `Een nieuwe omschrijving verandert de eisen: een wezenlijke wijziging. Elke open fase moet daarna nog ten minste ${days} dagen openstaan.`,
  publish: 'Rectificatie publiceren',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  deadlineError:
    'Choose a later closing than the current one, while the phase is open, and after the previous phase closes.',
  intro:
    'A correction extends a period or clarifies the call. Periods are only ever extended, while the phase is open; everyone sees the correction with its reason. Companies that bid already may revise their proposal until the new closing.',
  reason: 'Reason for the correction',
  reasonHint: 'Published with the call (at least 10 characters).',
  newDeadline: (phase: number) => `New closing of phase ${phase} (optional)`,
  nowCloses: (at: string) => `Now: ${at}. Only later is possible.`,
  newQuestionDeadline: 'New closing for questions (optional)',
  newDescription: 'Clarified description (optional)',
  newDescriptionHint: 'Replaces the Dutch description as a whole.',
  weights: (phase: number) => `New weights of phase ${phase}'s criteria in per cent (optional)`,
  weightsHint: (names: string, now: string, days: number) =>
    `In this order: ${names}; now ${now}. Other weights are a significant change: the phase must then stay open at least ${days} more days, so extend its closing in the same correction.`,
  weightsError: (n: number) =>
    `Enter ${n} percentages separated by a slash, together 100 (for example 40/30/30).`,
  significantHint: (days: number) =>
    `A new description changes the requirements: a significant change. Every open phase must then stay open at least ${days} more days.`,
  publish: 'Publish correction',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
