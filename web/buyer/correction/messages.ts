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
  publish: 'Publish correction',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
