import type { Lang } from '#web/i18n/format.ts';

const nl = {
  intro: 'Wat er voor uw bedrijf klaarligt, het dringendste eerst.',
  decision: (call: string, phase: number) =>
    `Er is een besluit over uw voorstel voor ${call}, fase ${phase}.`,
  decisionDue: (until: string) => `Klagen kan tot ${until}.`,
  readDecision: 'Besluit lezen',
  followUp: (call: string, round: number) => `Vul de vervolgmonitoring in voor ${call} (ronde ${round}).`,
  followUpDue: (until: string) => `Uiterlijk ${until}.`,
  fillIn: 'Invullen',
  invitation: (call: string, phase: number) =>
    `U bent uitgenodigd voor fase ${phase} van ${call}. Dien een voorstel in.`,
  invitationDue: (until: string) => `Sluit ${until}.`,
  submit: 'Voorstel indienen',
  open: (call: string, phase: number) => `Uw voorstel voor ${call}, fase ${phase}, kunt u nog wijzigen.`,
  openDue: (until: string) => `Tot ${until}.`,
  view: 'Bekijken',
  more: 'Meer',
  findCalls: 'Oproepen zoeken',
  allProposals: 'Al uw voorstellen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  intro: 'What waits for your company, most urgent first.',
  decision: (call: string, phase: number) =>
    `There is a decision on your proposal for ${call}, phase ${phase}.`,
  decisionDue: (until: string) => `You can complain until ${until}.`,
  readDecision: 'Read the decision',
  followUp: (call: string, round: number) => `Fill in the follow-up monitoring for ${call} (round ${round}).`,
  followUpDue: (until: string) => `By ${until}.`,
  fillIn: 'Fill in',
  invitation: (call: string, phase: number) =>
    `You are invited to phase ${phase} of ${call}. Submit a proposal.`,
  invitationDue: (until: string) => `Closes ${until}.`,
  submit: 'Submit a proposal',
  open: (call: string, phase: number) => `You can still change your proposal for ${call}, phase ${phase}.`,
  openDue: (until: string) => `Until ${until}.`,
  view: 'View',
  more: 'More',
  findCalls: 'Find calls',
  allProposals: 'All your proposals',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
