import type { ProblemType } from '#shared/platform/problem-types.ts';
import type { Text } from './problems-contract.ts';

/** After the award: the contract's schedule, deliverables, payments and the co-funders' settlements. */
export const AFTER_AWARD_PROBLEMS = {
  'schedule-fixed': {
    nl: 'Het betaalschema ligt vast: de opdracht is begonnen of er is al iets opgeleverd. Wijzigen kan alleen nog met een contractwijziging buiten dit systeem.',
    en: 'The payment schedule is fixed: the contract has started or something was delivered already. It can only change by an amendment outside this system.',
  },
  'schedule-mismatch': {
    nl: 'Het betaalschema past niet bij de opdracht: de termijnen moeten samen precies het gegunde bedrag zijn en binnen de looptijd vallen. Zie de velden hieronder.',
    en: 'The payment schedule does not fit the contract: the milestones must add up to the awarded amount exactly and fall within its period. See the fields below.',
  },
  'deliverable-not-expected': {
    nl: 'Voor deze mijlpaal wordt nu niets verwacht: het resultaat is al ingediend, goedgekeurd of betaald. Ververs de pagina om de stand te zien.',
    en: 'Nothing is expected for this milestone now: its deliverable was submitted, accepted or paid already. Refresh the page to see where it stands.',
  },
  'nothing-to-review': {
    nl: 'Er ligt voor deze mijlpaal geen ingediend resultaat om te beoordelen. Ververs de pagina om de stand te zien.',
    en: 'There is no submitted deliverable to review for this milestone. Refresh the page to see where it stands.',
  },
  'milestone-not-payable': {
    nl: 'Deze mijlpaal kan niet worden betaald: alleen een goedgekeurd resultaat met een geldige factuur wordt betaald, en één keer.',
    en: 'This milestone cannot be paid: only an accepted deliverable with a valid invoice is paid, and once.',
  },
  'milestone-not-invoiceable': {
    nl: 'Voor deze mijlpaal kunt u nu geen factuur indienen: dat kan na de goedkeuring van het resultaat, en één keer.',
    en: 'You cannot invoice this milestone now: that is possible after its deliverable was accepted, and once.',
  },
  'invoice-not-xml': {
    nl: 'Dit bestand is geen leesbare XML-factuur. Stuur een UBL 2.1-factuur, of laat de site er een opstellen.',
    en: 'This file is not a readable XML invoice. Send a UBL 2.1 invoice, or let the site draft one.',
  },
  'invoice-invalid': {
    nl: 'De factuur voldoet niet aan de regels voor e-facturen of past niet bij de mijlpaal. Hieronder staat per regel wat er mis is.',
    en: 'The invoice does not meet the e-invoicing rules or does not match the milestone. Each broken rule is listed below.',
  },
  'buyer-address-unknown': {
    nl: 'Het register kent het factuuradres van de opdrachtgever nog niet. Vul het adres in dat de opdrachtgever u heeft gegeven.',
    en: "The register does not know the buyer's invoice address yet. Enter the address the buyer gave you.",
  },
  'payment-date-invalid': {
    nl: 'Deze betaaldatum kan niet: kies een datum vanaf de dag van goedkeuring tot en met vandaag.',
    en: 'This payment date is not possible: choose a date from the day of acceptance up to today.',
  },
  'spent-not-accepted': {
    nl: 'Bij beëindiging worden alleen de goedgekeurde mijlpalen betaald; het bedrag moet daaraan gelijk zijn. De rest gaat terug naar de financiers.',
    en: 'A terminated contract pays its accepted milestones only; the amount must equal them. The rest goes back to the funders.',
  },
  'final-below-paid': {
    nl: 'Het eindbedrag is te laag: het kan niet lager zijn dan wat al is betaald. Vul een hoger bedrag in.',
    en: 'The final amount is too low: it cannot be lower than what has been paid already. Enter a higher amount.',
  },
  'period-not-ended': {
    nl: 'Dit kwartaal loopt nog: er kunnen nog betalingen bij komen. Verreken het na de laatste dag.',
    en: 'This quarter is still running: payments may still be added. Settle it after its last day.',
  },
  'nothing-owed': {
    nl: 'Er is niets te verrekenen: deze financier is u over dit kwartaal niets verschuldigd.',
    en: 'There is nothing to settle: this funder owes you nothing for this quarter.',
  },
  'settlement-mismatch': {
    nl: 'Het ontvangen bedrag wijkt af van wat de verrekenstaat noemt. Controleer het bedrag; een verschil wordt niet als verrekend vastgelegd.',
    en: 'The amount received differs from what the settlement statement says. Check the amount; a difference is not recorded as settled.',
  },
  'settlement-recorded': {
    nl: 'Deze verrekening is al vastgelegd. U vindt haar op de verrekenstaat.',
    en: 'This settlement has been recorded already. You will find it on the settlement statement.',
  },
} satisfies Partial<Record<ProblemType, Text>>;
