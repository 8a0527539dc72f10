import type { Lang } from '#web/i18n/format.ts';

const nl = {
  listTitle: 'Opdrachten',
  listIntro:
    'De lopende en afgeronde opdrachten van uw oproepen: resultaten om te beoordelen, mijlpalen om te betalen.',
  company: 'Bedrijf',
  toReview: (n: number) => `${n} te beoordelen`,
  toPay: (n: number) => `${n} te betalen`,
  overdue: (n: number) => `${n} te laat beoordeeld`,
  review: 'Beoordelen',
  pay: 'Betaling vastleggen',
  schedule: 'Betaalschema aanpassen',
  scheduleHint:
    'Tot de opdracht begint en zolang er niets is opgeleverd, kunt u het betaalschema aanpassen. De termijnen zijn samen precies het gegunde bedrag.',
  complete: 'Opdracht afronden',
  terminate: 'Opdracht beëindigen',
  reviewTitle: (n: number) => `Mijlpaal ${n} beoordelen`,
  submitted: 'Ingediend resultaat',
  outcome: 'Uw oordeel',
  accept: 'Goedkeuren: de mijlpaal wordt betaalbaar',
  reject: 'Afwijzen: het bedrijf levert opnieuw op',
  reason: 'Reden van afwijzing',
  reasonHint: 'Zeg wat er beter moet; het bedrijf krijgt deze tekst.',
  chooseOutcome: 'Kies goedkeuren of afwijzen.',
  saveReview: 'Beoordeling vastleggen',
  documents: 'Ingediende documenten',
  reasonInvalid: 'Zeg in 10 tot 4.000 tekens waarom u het resultaat afwijst.',
  payTitle: (n: number) => `Betaling van mijlpaal ${n} vastleggen`,
  payIntro: (amount: string) =>
    `U betaalt ${amount} aan het bedrijf. Het bedrag wordt exact over de financiers verdeeld; elk deel komt in het grootboek van die financier en de medefinanciers verrekenen hun deel per kwartaal met u.`,
  invoiceLine: (number: string, day: string) =>
    `Factuur ${number}, ontvangen op ${day}: voldoet aan EN 16931 en Peppol BIS 3.0 en past bij de mijlpaal.`,
  invoiceXml: 'Factuur downloaden (UBL, XML)',
  paidOn: 'Betaaldatum',
  paidOnHint: 'De dag waarop het geld uw rekening verliet.',
  dateInvalid: 'Vul een datum in.',
  reference: 'Betalingskenmerk',
  referenceHint: 'Het kenmerk uit uw financiële systeem.',
  savePayment: 'Betaling vastleggen',
  scheduleTitle: 'Betaalschema',
  scheduleIntro: (amount: string) =>
    `Verdeel het gegunde bedrag van ${amount} over de mijlpalen. Laat een regel leeg om hem weg te laten.`,
  rowLegend: (n: number) => `Mijlpaal ${n}`,
  deliverable: 'Op te leveren',
  dueDate: 'Uiterlijk (dag)',
  amount: 'Bedrag in euro (incl. btw)',
  reviewDays: 'Dagen voor de beoordeling',
  reviewDaysInvalid: 'Vul een aantal dagen in van 1 tot 90.',
  scheduleSum: (scheduled: string, awarded: string) =>
    `De termijnen zijn samen ${scheduled}; gegund is ${awarded}. Pas de bedragen aan tot ze samen precies het gegunde bedrag zijn.`,
  dueOutside: 'Kies een dag binnen de looptijd van de opdracht.',
  saveSchedule: 'Betaalschema vastleggen',
  back: 'Terug naar de opdracht',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  listTitle: 'Contracts',
  listIntro: 'The running and ended contracts of your calls: deliverables to review, milestones to pay.',
  company: 'Company',
  toReview: (n: number) => `${n} to review`,
  toPay: (n: number) => `${n} to pay`,
  overdue: (n: number) => `${n} reviewed late`,
  review: 'Review',
  pay: 'Record the payment',
  schedule: 'Change the payment schedule',
  scheduleHint:
    'Until the contract starts and while nothing was delivered, you can change the payment schedule. The milestones add up to the awarded amount exactly.',
  complete: 'Complete the contract',
  terminate: 'Terminate the contract',
  reviewTitle: (n: number) => `Review milestone ${n}`,
  submitted: 'Submitted deliverable',
  outcome: 'Your judgement',
  accept: 'Accept: the milestone becomes payable',
  reject: 'Reject: the company delivers again',
  reason: 'Reason for rejection',
  reasonHint: 'Say what must be put right; the company receives this text.',
  chooseOutcome: 'Choose accept or reject.',
  saveReview: 'Record the review',
  documents: 'Submitted documents',
  reasonInvalid: 'Say in 10 to 4,000 characters why you reject the deliverable.',
  payTitle: (n: number) => `Record the payment of milestone ${n}`,
  payIntro: (amount: string) =>
    `You pay ${amount} to the company. The amount is divided exactly over the funders; each part goes into that funder's ledger, and the co-funders settle their parts with you per quarter.`,
  invoiceLine: (number: string, day: string) =>
    `Invoice ${number}, received on ${day}: meets EN 16931 and Peppol BIS 3.0 and matches the milestone.`,
  invoiceXml: 'Download the invoice (UBL, XML)',
  paidOn: 'Payment date',
  paidOnHint: 'The day the money left your account.',
  dateInvalid: 'Enter a date.',
  reference: 'Payment reference',
  referenceHint: 'The reference from your finance system.',
  savePayment: 'Record the payment',
  scheduleTitle: 'Payment schedule',
  scheduleIntro: (amount: string) =>
    `Divide the awarded amount of ${amount} over the milestones. Leave a row empty to leave it out.`,
  rowLegend: (n: number) => `Milestone ${n}`,
  deliverable: 'To deliver',
  dueDate: 'Due (day)',
  amount: 'Amount in euro (incl. VAT)',
  reviewDays: 'Days for the review',
  reviewDaysInvalid: 'Enter a number of days from 1 to 90.',
  scheduleSum: (scheduled: string, awarded: string) =>
    `The milestones add up to ${scheduled}; the award is ${awarded}. Change the amounts until they add up to the award exactly.`,
  dueOutside: "Choose a day within the contract's period.",
  saveSchedule: 'Record the payment schedule',
  back: 'Back to the contract',
};

/** The texts of these pages, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
