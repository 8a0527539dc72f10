import type { Lang } from '#web/i18n/format.ts';

const nl = {
  publishedQuestion: 'Vraag zoals gepubliceerd (alleen invullen als u iets weglaat)',
  publishedQuestionHint:
    'De vraag wordt letterlijk gepubliceerd. Noemt de vrager zichzelf of iets waaraan hij te herkennen is, neem de vraag dan hier over zonder dat. De oorspronkelijke tekst blijft bewaard in het logboek van de procedure.',
  originalQuestion: 'Oorspronkelijke tekst (niet gepubliceerd):',
  publishTitle: (phase: number) => `Nota van inlichtingen fase ${phase}`,
  publishIntro: (waiting: number, deadline: string) =>
    `Vragen over deze fase konden tot ${deadline}. ${waiting === 1 ? '1 beantwoorde vraag staat' : `${waiting} beantwoorde vragen staan`} nog niet in een nota. Alle vragen moeten beantwoord zijn.`,
  introduction: 'Inleiding (optioneel)',
  amendLegend: 'Een eerder antwoord wijzigen (optioneel)',
  amendQuestion: 'Vraag',
  noAmendment: 'Geen wijziging',
  amendAnswer: 'Nieuw antwoord',
  chooseChange: 'Kies wat er verandert',
  changeHint: (days: number) =>
    `Verandert het antwoord de eisen, de criteria, het budget of de regel over consortia, dan is dat een wezenlijke wijziging: de fase moet daarna nog ten minste ${days} dagen openstaan. Verleng zo nodig eerst de sluitingsdatum met een rectificatie.`,
  publishButton: 'Nota publiceren',
  checkAndPublish: 'Controleren en publiceren',
  documentsManage: 'Documenten beheren',
  questions: 'Vragen',
  openQuestions: (n: number) => (n === 1 ? '1 vraag wacht op antwoord' : `${n} vragen wachten op antwoord`),
  answer: 'Antwoord',
  answerButton: 'Antwoord publiceren',
  noCommittee: 'Nog geen commissie benoemd.',
  progress: 'Voortgang',
  progressOf: (declared: number, scored: number, of: number) =>
    `${declared} van ${of} verklaard, ${scored} van ${of} gescoord`,
  link: 'Kandidaten selecteren',
  decisionsManage: 'Gunningsbeslissingen en klachten',
  noContracts: 'Nog geen opdrachten.',
  split: 'Verdeling',
  complete: 'Afronden',
  terminate: 'Beëindigen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  publishedQuestion: 'Question as published (fill in only when you leave something out)',
  publishedQuestionHint:
    'The question is published word for word. When the asker names itself or something that identifies it, copy the question here without it. The original text is kept in the audit trail.',
  originalQuestion: 'Original text (not published):',
  publishTitle: (phase: number) => `Clarification note phase ${phase}`,
  publishIntro: (waiting: number, deadline: string) =>
    `Questions about this phase were taken until ${deadline}. ${waiting === 1 ? '1 answered question is' : `${waiting} answered questions are`} not in a note yet. Every question must be answered.`,
  introduction: 'Introduction (optional)',
  amendLegend: 'Amend an earlier answer (optional)',
  amendQuestion: 'Question',
  noAmendment: 'No amendment',
  amendAnswer: 'New answer',
  chooseChange: 'Choose what changes',
  changeHint: (days: number) =>
    `If the answer changes the requirements, the criteria, the budget or the consortium rule, that is a significant change: the phase must then stay open at least ${days} more days. Extend the closing date with a correction first if needed.`,
  publishButton: 'Publish note',
  checkAndPublish: 'Check and publish',
  documentsManage: 'Manage documents',
  questions: 'Questions',
  openQuestions: (n: number) => (n === 1 ? '1 question awaits an answer' : `${n} questions await an answer`),
  answer: 'Answer',
  answerButton: 'Publish answer',
  noCommittee: 'No committee named yet.',
  progress: 'Progress',
  progressOf: (declared: number, scored: number, of: number) =>
    `${declared} of ${of} declared, ${scored} of ${of} scored`,
  link: 'Select candidates',
  decisionsManage: 'Award decisions and objections',
  noContracts: 'No contracts yet.',
  split: 'Split',
  complete: 'Complete',
  terminate: 'Terminate',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
