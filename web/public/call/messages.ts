import type { Lang } from '#web/i18n/format.ts';

const nl = {
  buyer: 'Opdrachtgever',
  publishedAt: 'Gepubliceerd',
  cpv: 'CPV-codes',
  description: 'Omschrijving',
  fundingIntro:
    'Wie betaalt welk deel. Bij een gezamenlijke oproep betaalt het ministerie van EZK precies de helft.',
  sideEzk: 'EZK',
  sideCoFunder: 'Medefinancier',
  phases: 'Fasen',
  phaseQuestionDeadline: 'Vragen over deze fase tot',
  minimumScore: 'Minimale score',
  weight: 'Weging',
  signInToSubmit: 'Log in als bedrijf om een voorstel in te dienen.',
  howTitle: 'Zo dient u een voorstel in',
  howSteps: (questionsUntil: string, deadline: string) => [
    'Lees de uitvraag hierboven, de fasen met hun budget en criteria, en de documenten van de oproep.',
    `Heeft u een vraag? Stel die onderaan deze pagina, tot ${questionsUntil}. Iedereen leest het antwoord in de nota van inlichtingen.`,
    'Log in namens uw bedrijf met eHerkenning (niveau EH3 om in te dienen) en vul uw bedrijfsprofiel in.',
    `Dien uw voorstel in vóór ${deadline}: een samenvatting, uw plan, het bedrag en de looptijd. Daarna voegt u uw bestanden toe.`,
    'U krijgt een ontvangstbevestiging met een referentie. Na de sluiting beoordeelt de commissie elk voorstel, en krijgt u een brief met het besluit.',
  ],
  phase2OnlyInvited: 'Alleen bedrijven die fase 1 hebben afgerond mogen voor fase 2 inschrijven.',
  title: 'Rectificaties',
  numbered: (n: number, date: string) => `Rectificatie ${n} van ${date}`,
  deadlineMoved: (phase: number, from: string, to: string) =>
    `Fase ${phase}: sluiting verplaatst van ${from} naar ${to}.`,
  questionsUntil: (at: string) => `Vragen stellen kan nu tot ${at}.`,
  textClarified: 'De tekst van de oproep is verduidelijkt.',
  weightsChanged: (phase: number, weights: string) =>
    `Fase ${phase}: nieuwe weging van de criteria: ${weights}.`,
  significantCorrection: (what: string) =>
    `Wezenlijke wijziging (${what}). U krijgt tijd om uw voorstel aan te passen: zie de sluitingsdatum bij de fase.`,
  significantChange: 'Bij een wezenlijke wijziging',
  paymentSchedule: 'Betaling in termijnen',
  significantChangeDays: (days: number) =>
    `Verandert de opdrachtgever de eisen, de criteria, het budget of de regel over consortia, dan blijft de fase daarna nog ten minste ${days} dagen open.`,
  correctionReplaces: 'nieuwe versie, vervangt een eerder document',
  correctionAdds: 'document toegevoegd',
  priceFormula: 'Hoe de prijs wordt gescoord',
  partnership: 'Voorwaarden innovatiepartnerschap',
  mayEndPartners: 'Partners kunnen na een fase worden beëindigd',
  selectionCriteria: 'Selectiecriteria',
  candidatesToInvite: (n: number) =>
    `De opdrachtgever nodigt ${n} geschikte kandidaten uit om te onderhandelen (of alle geschikte, als het er minder zijn).`,
  mayNotEndPartners: 'Partners worden na een fase niet beëindigd',
  questions: 'Vragen en antwoorden',
  questionsIntro: 'Gepubliceerde vragen met hun antwoorden. Wie een vraag stelde, wordt nooit bekendgemaakt.',
  yourQuestionOpen: 'Uw vraag, nog niet beantwoord',
  askTitle: 'Een vraag stellen',
  askClosed: 'De termijn voor vragen is voorbij.',
  askPhase: 'Uw vraag gaat over',
  askLabel: 'Uw vraag',
  askHint: (deadline: string) =>
    `U kunt vragen stellen tot ${deadline}. Uw vraag wordt woordelijk gepubliceerd met het antwoord, zonder uw naam: noem uw bedrijf, uw product of andere herkenbare gegevens niet in de tekst als u die niet openbaar wilt maken.`,
  askButton: 'Vraag versturen',
  signInToAsk: 'Log in als bedrijf om een vraag te stellen.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  buyer: 'Buyer',
  publishedAt: 'Published',
  cpv: 'CPV codes',
  description: 'Description',
  fundingIntro:
    'Who pays which part. In a joint call the Ministry of Economic Affairs and Climate pays exactly half.',
  sideEzk: 'EZK',
  sideCoFunder: 'Co-funder',
  phases: 'Phases',
  phaseQuestionDeadline: 'Questions about this phase until',
  minimumScore: 'Minimum score',
  weight: 'Weight',
  signInToSubmit: 'Sign in as a company to submit a proposal.',
  howTitle: 'How to submit a proposal',
  howSteps: (questionsUntil: string, deadline: string) => [
    'Read the call above, the phases with their budget and criteria, and the call’s documents.',
    `Do you have a question? Ask it at the bottom of this page, until ${questionsUntil}. Everyone reads the answer in the nota van inlichtingen.`,
    'Sign in on behalf of your company with eHerkenning (level EH3 to submit) and fill in your company profile.',
    `Submit your proposal before ${deadline}: a summary, your plan, the amount and the duration. Then you add your files.`,
    'You receive a receipt with a reference. After the closing the committee assesses every proposal, and you receive a letter with the decision.',
  ],
  phase2OnlyInvited: 'Only companies that completed phase 1 may bid for phase 2.',
  title: 'Corrections',
  numbered: (n: number, date: string) => `Correction ${n} of ${date}`,
  deadlineMoved: (phase: number, from: string, to: string) =>
    `Phase ${phase}: closing moved from ${from} to ${to}.`,
  questionsUntil: (at: string) => `Questions can now be asked until ${at}.`,
  textClarified: 'The text of the call was clarified.',
  weightsChanged: (phase: number, weights: string) =>
    `Phase ${phase}: new weights of the criteria: ${weights}.`,
  significantCorrection: (what: string) =>
    `Significant change (${what}). You get time to revise your proposal: see the closing date at the phase.`,
  significantChange: 'After a significant change',
  paymentSchedule: 'Payment in instalments',
  significantChangeDays: (days: number) =>
    `If the buyer changes the requirements, the criteria, the budget or the consortium rule, the phase stays open at least ${days} more days.`,
  correctionReplaces: 'new version, replaces an earlier document',
  correctionAdds: 'document added',
  priceFormula: 'How price is scored',
  partnership: 'Innovation partnership terms',
  mayEndPartners: 'Partners may be ended after a phase',
  selectionCriteria: 'Selection criteria',
  candidatesToInvite: (n: number) =>
    `The buyer invites ${n} suitable candidates to negotiate (or all suitable ones, if fewer apply).`,
  mayNotEndPartners: 'Partners are not ended after a phase',
  questions: 'Questions and answers',
  questionsIntro: 'Published questions with their answers. Who asked a question is never made public.',
  yourQuestionOpen: 'Your question, not answered yet',
  askTitle: 'Ask a question',
  askClosed: 'The period for questions has ended.',
  askPhase: 'Your question is about',
  askLabel: 'Your question',
  askHint: (deadline: string) =>
    `You can ask questions until ${deadline}. Your question is published word for word with its answer, without your name: do not mention your company, your product or anything else that identifies you in the text if you do not want it made public.`,
  askButton: 'Send question',
  signInToAsk: 'Sign in as a company to ask a question.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
