import type { Lang } from '#web/i18n/format.ts';

const nl = {
  completeTitle: 'Opdracht afronden',
  terminateTitle: 'Opdracht beëindigen',
  finalAmount: 'Uiteindelijk betaald bedrag in euro (optioneel, standaard het gegunde bedrag)',
  terminationCause: 'Grond',
  terminationCauses: {
    none: 'In overleg of na een fase (alleen als de oproep dat aankondigde)',
    bankruptcy: 'Faillissement van de opdrachtnemer',
    'serious-breach': 'Ernstige tekortkoming',
  },
  terminateReason: 'Reden',
  paysAccepted: (amount: string) =>
    `Bij beëindiging worden alleen de goedgekeurde mijlpalen betaald: ${amount}. Wat niet is goedgekeurd vervalt, en dat geld gaat terug naar de financiers.`,
  completeButton: 'Opdracht afronden',
  terminateButton: 'Opdracht beëindigen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  completeTitle: 'Complete the contract',
  terminateTitle: 'Terminate the contract',
  finalAmount: 'Amount finally paid in euro (optional, default the awarded amount)',
  terminationCause: 'Ground',
  terminationCauses: {
    none: 'By agreement or after a phase (only if the call announced it)',
    bankruptcy: 'Bankruptcy of the contractor',
    'serious-breach': 'Serious breach',
  },
  terminateReason: 'Reason',
  paysAccepted: (amount: string) =>
    `A terminated contract pays its accepted milestones only: ${amount}. What was not accepted lapses, and that money goes back to the funders.`,
  completeButton: 'Complete the contract',
  terminateButton: 'Terminate the contract',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
