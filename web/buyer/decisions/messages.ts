import type { Lang } from '#web/i18n/format.ts';

const nl = {
  answered: 'De klacht is beantwoord.',
  withdrawn: 'Het besluit is ingetrokken; het geld is teruggeboekt.',
  buyerIntro:
    'Elke inschrijver van de fase ontvangt de beslissing met zijn eigen scores. Na de opschortende termijn wordt de gunning definitief, tenzij een klacht openstaat of gegrond is verklaard; trek het besluit dan in, heropen zo nodig de beoordeling en neem een nieuw besluit. Wordt een klacht ongegrond verklaard, dan loopt de termijn nog enkele dagen door (standaard 5).',
  noDecisions: 'Voor deze oproep is nog geen gunningsbeslissing genomen.',
  decisionOf: (phase: number, date: string) => `Besluit fase ${phase} van ${date}`,
  daysUntil: (days: number, end: string) => `${days} kalenderdagen, tot en met ${end}`,
  objectionCounts: (lodged: number, open: number, upheld: number) =>
    `${lodged} ingediend, ${open} in behandeling, ${upheld} gegrond`,
  withdrawalReason: 'Reden van intrekking',
  lettersCaption: 'Verstuurde beslissingen per inschrijver',
  reopened:
    'De beoordeling is heropend. De commissie kan opnieuw scoren of worden gewijzigd (met reden); de volgende beslissing berust op de nieuwe versie van de rangschikking.',
  reopenTitle: (phase: number) => `Beoordeling van fase ${phase} heropenen`,
  reopenIntro:
    'Een klacht is gegrond verklaard en de beslissing is ingetrokken. Heropen de beoordeling om het gebrek te herstellen: de huidige rangschikking blijft bewaard als genummerde versie.',
  reopenReason: 'Waarom de beoordeling wordt heropend',
  reopen: 'Beoordeling heropenen',
  delivery: 'Bericht per e-mail',
  deliverySent: (to: string, at: string) => `Verstuurd aan ${to} op ${at}`,
  deliveryStatus: {
    'not-reached': 'Niet bereikt: geen e-mailadres. Stuur de brief op een andere manier.',
    pending: 'Wordt verstuurd',
  },
  answerLegend: 'Uw antwoord op de klacht',
  reject: 'Ongegrond: het besluit blijft staan',
  uphold: 'Gegrond: het besluit moet worden ingetrokken of gewijzigd',
  answerReasons: 'Motivering van het antwoord',
  sendAnswer: 'Antwoord versturen',
  withdraw: 'Besluit intrekken',
  confirmTitle: 'Weet u zeker dat u dit besluit wilt intrekken?',
  confirmIntro: (phase: number, n: number) =>
    `U trekt de gunningsbeslissing van fase ${phase} in. ${n === 1 ? 'De gunning vervalt' : `De ${n} gunningen vervallen`}, het geld gaat terug naar het budget van de fase en de financiers, en elke inschrijver krijgt bericht met uw reden. Dit kunt u niet ongedaan maken; u kunt daarna opnieuw besluiten.`,
  confirmButton: 'Ja, besluit intrekken',
  cancel: 'Nee, terug naar de beslissingen',
  withdrawReason: 'Reden om het besluit in te trekken',
  withdrawHint:
    'Het gegunde geld gaat terug naar het fasebudget en de financiers; u kunt daarna opnieuw beslissen.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  answered: 'The complaint has been answered.',
  withdrawn: 'The decision was withdrawn; the money was returned.',
  buyerIntro:
    'Every bidder of the phase receives the decision with its own scores. After the standstill the award becomes definitive, unless a complaint is open or was upheld; then withdraw the decision, reopen the evaluation if needed, and decide again. When a complaint is rejected, the period runs on for a few more days (5 by default).',
  noDecisions: 'No award decision has been taken for this call yet.',
  decisionOf: (phase: number, date: string) => `Decision phase ${phase} of ${date}`,
  daysUntil: (days: number, end: string) => `${days} calendar days, up to and including ${end}`,
  objectionCounts: (lodged: number, open: number, upheld: number) =>
    `${lodged} lodged, ${open} open, ${upheld} upheld`,
  withdrawalReason: 'Reason for withdrawal',
  lettersCaption: 'Decisions sent per bidder',
  reopened:
    'The evaluation is reopened. The committee may score again or be changed (with a reason); the next decision rests on the new version of the ranking.',
  reopenTitle: (phase: number) => `Reopen the evaluation of phase ${phase}`,
  reopenIntro:
    'A complaint was upheld and the decision withdrawn. Reopen the evaluation to put it right: the current ranking is kept as a numbered version.',
  reopenReason: 'Why the evaluation is reopened',
  reopen: 'Reopen the evaluation',
  delivery: 'Told by e-mail',
  deliverySent: (to: string, at: string) => `Sent to ${to} on ${at}`,
  deliveryStatus: {
    'not-reached': 'Not reached: no e-mail address. Send the letter another way.',
    pending: 'Being sent',
  },
  answerLegend: 'Your answer to the complaint',
  reject: 'Rejected: the decision stands',
  uphold: 'Upheld: the decision must be withdrawn or changed',
  answerReasons: 'Reasons for the answer',
  sendAnswer: 'Send answer',
  withdraw: 'Withdraw decision',
  confirmTitle: 'Are you sure you want to withdraw this decision?',
  confirmIntro: (phase: number, n: number) =>
    `You withdraw the award decision of phase ${phase}. ${n === 1 ? 'The award lapses' : `The ${n} awards lapse`}, the money returns to the phase budget and the funders, and every bidder is told, with your reason. This cannot be undone; you can decide again afterwards.`,
  confirmButton: 'Yes, withdraw the decision',
  cancel: 'No, back to the decisions',
  withdrawReason: 'Reason to withdraw the decision',
  withdrawHint: 'The awarded money returns to the phase budget and the funders; you can then decide again.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
