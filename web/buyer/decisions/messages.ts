import type { Lang } from '#web/i18n/format.ts';

const nl = {
  answered: 'Het bezwaar is beantwoord.',
  withdrawn: 'Het besluit is ingetrokken; het geld is teruggeboekt.',
  buyerIntro:
    'Elke inschrijver van de fase ontvangt de beslissing met zijn eigen scores. Na de opschortende termijn wordt de gunning definitief, tenzij een bezwaar openstaat of gegrond is verklaard; trek het besluit dan in en neem een nieuw besluit.',
  noDecisions: 'Voor deze oproep is nog geen gunningsbeslissing genomen.',
  decisionOf: (phase: number, date: string) => `Besluit fase ${phase} van ${date}`,
  daysUntil: (days: number, end: string) => `${days} kalenderdagen, tot en met ${end}`,
  objectionCounts: (lodged: number, open: number, upheld: number) =>
    `${lodged} ingediend, ${open} in behandeling, ${upheld} gegrond`,
  withdrawalReason: 'Reden van intrekking',
  lettersCaption: 'Verstuurde beslissingen per inschrijver',
  answerLegend: 'Uw antwoord op het bezwaar',
  reject: 'Ongegrond: het besluit blijft staan',
  uphold: 'Gegrond: het besluit moet worden ingetrokken of gewijzigd',
  answerReasons: 'Motivering van het antwoord',
  sendAnswer: 'Antwoord versturen',
  withdraw: 'Besluit intrekken',
  withdrawReason: 'Reden om het besluit in te trekken',
  withdrawHint:
    'Het gegunde geld gaat terug naar het fasebudget en de financiers; u kunt daarna opnieuw beslissen.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  answered: 'The objection has been answered.',
  withdrawn: 'The decision was withdrawn; the money was returned.',
  buyerIntro:
    'Every bidder of the phase receives the decision with its own scores. After the standstill the award becomes definitive, unless an objection is open or was upheld; then withdraw the decision and decide again.',
  noDecisions: 'No award decision has been taken for this call yet.',
  decisionOf: (phase: number, date: string) => `Decision phase ${phase} of ${date}`,
  daysUntil: (days: number, end: string) => `${days} calendar days, up to and including ${end}`,
  objectionCounts: (lodged: number, open: number, upheld: number) =>
    `${lodged} lodged, ${open} open, ${upheld} upheld`,
  withdrawalReason: 'Reason for withdrawal',
  lettersCaption: 'Decisions sent per bidder',
  answerLegend: 'Your answer to the objection',
  reject: 'Rejected: the decision stands',
  uphold: 'Upheld: the decision must be withdrawn or changed',
  answerReasons: 'Reasons for the answer',
  sendAnswer: 'Send answer',
  withdraw: 'Withdraw decision',
  withdrawReason: 'Reason to withdraw the decision',
  withdrawHint: 'The awarded money returns to the phase budget and the funders; you can then decide again.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
