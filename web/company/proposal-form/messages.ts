import type { Lang } from '#web/i18n/format.ts';

const nl = {
  overMaximum: (max: string) =>
    `Vul een bedrag in van ten hoogste ${max} inclusief btw, het maximum per opdracht in deze fase.`,
  newTitle: (phase: number) => `Voorstel voor fase ${phase}`,
  editTitle: 'Voorstel wijzigen',
  needProfile: 'Vul eerst uw bedrijfsprofiel in; daarna kunt u een voorstel indienen.',
  summaryHint: 'In het kort wat u gaat onderzoeken of ontwikkelen (10 tot 2.000 tekens).',
  planHint: 'Aanpak, planning, team en resultaat (10 tot 50.000 tekens).',
  amount: 'Gevraagd bedrag in euro, inclusief btw',
  maxHint: (incl: string, excl: string) => `Maximaal ${incl} inclusief btw (${excl} exclusief btw).`,
  amountHint: 'Bijvoorbeeld 49.500',
  duration: 'Looptijd in maanden',
  documentsHint:
    'Bestanden (pdf, Word, Excel en andere) voegt u toe op de volgende pagina, direct na het indienen: tot de sluitingsdatum kunt u ze toevoegen en verwijderen. Staat een document online, dan kunt u hier ook een link (https) geven, met een titel.',
  documentsLegend: 'Bijlagen',
  documentTitle: (n: number) => `Titel van document ${n}`,
  documentUrl: (n: number) => `Adres (https) van document ${n}`,
  deadlineHint: (deadline: string, left: string) => `Indienen en wijzigen kan tot ${deadline} (${left}).`,
  submit: 'Voorstel indienen',
  saveChanges: 'Wijzigingen opslaan',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  overMaximum: (max: string) =>
    `Enter an amount of at most ${max} including VAT, the maximum per contract in this phase.`,
  newTitle: (phase: number) => `Proposal for phase ${phase}`,
  editTitle: 'Change your proposal',
  needProfile: 'Fill in your company profile first; then you can submit a proposal.',
  summaryHint: 'In short, what you will research or develop (10 to 2,000 characters).',
  planHint: 'Approach, planning, team and result (10 to 50,000 characters).',
  amount: 'Requested amount in euro, including VAT',
  maxHint: (incl: string, excl: string) => `At most ${incl} including VAT (${excl} excluding VAT).`,
  amountHint: 'For example 49,500',
  duration: 'Duration in months',
  documentsHint:
    'You add files (pdf, Word, Excel and others) on the next page, straight after submitting: until the closing date you can add and remove them. If a document is online, you can also give a link (https) here, with a title.',
  documentsLegend: 'Attachments',
  documentTitle: (n: number) => `Title of document ${n}`,
  documentUrl: (n: number) => `Address (https) of document ${n}`,
  deadlineHint: (deadline: string, left: string) =>
    `You can submit and change it until ${deadline} (${left}).`,
  submit: 'Submit proposal',
  saveChanges: 'Save changes',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
