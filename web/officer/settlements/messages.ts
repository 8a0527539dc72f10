import type { Lang } from '#web/i18n/format.ts';

const nl = {
  intro:
    'De opdrachtgever die een oproep leidt, betaalt het bedrijf de hele mijlpaal. Elke medefinancier betaalt de opdrachtgever daarna zijn deel, per kwartaal, volgens deze verrekenstaat: per opdracht en mijlpaal, tot op de cent.',
  funder: 'Financier',
  quarter: 'Kwartaal',
  show: 'Tonen',
  title: (funder: string, period: string) => `Verrekenstaat ${period}: ${funder}`,
  periodLine: (from: string, to: string) => `Betalingen vastgelegd van ${from} tot en met ${to}.`,
  open: 'Dit kwartaal loopt nog: er kunnen betalingen bij komen. Verrekenen kan na de laatste dag.',
  none: 'Over dit kwartaal is niets te verrekenen.',
  to: (payer: string) => `Te betalen aan ${payer}`,
  company: 'Bedrijf',
  milestone: 'Mijlpaal',
  paidAt: 'Betaald',
  year: 'Programmajaar',
  part: 'Deel',
  owed: 'Totaal verschuldigd',
  settled: (amount: string, day: string, reference: string) =>
    `Verrekend: ${amount} ontvangen op ${day} (kenmerk ${reference}).`,
  notSettled: 'Nog niet verrekend.',
  settleTitle: 'Ontvangst vastleggen',
  settleIntro:
    'Leg vast dat uw organisatie het bedrag van deze staat heeft ontvangen. Het bedrag moet precies kloppen.',
  receivedOn: 'Ontvangen op',
  reference: 'Kenmerk van de betaling',
  amount: 'Ontvangen bedrag in euro',
  dateInvalid: 'Vul een datum in.',
  save: 'Ontvangst vastleggen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  intro:
    'The buyer that leads a call pays the company the whole milestone. Each co-funder then pays that buyer its part, per quarter, by this settlement statement: per contract and milestone, to the cent.',
  funder: 'Funder',
  quarter: 'Quarter',
  show: 'Show',
  title: (funder: string, period: string) => `Settlement statement ${period}: ${funder}`,
  periodLine: (from: string, to: string) => `Payments recorded from ${from} up to and including ${to}.`,
  open: 'This quarter is still running: payments may be added. It can be settled after its last day.',
  none: 'There is nothing to settle for this quarter.',
  to: (payer: string) => `To be paid to ${payer}`,
  company: 'Company',
  milestone: 'Milestone',
  paidAt: 'Paid',
  year: 'Programme year',
  part: 'Part',
  owed: 'Total owed',
  settled: (amount: string, day: string, reference: string) =>
    `Settled: ${amount} received on ${day} (reference ${reference}).`,
  notSettled: 'Not settled yet.',
  settleTitle: 'Record the receipt',
  settleIntro:
    'Record that your organisation received the amount of this statement. The amount must be exact.',
  receivedOn: 'Received on',
  reference: 'Payment reference',
  amount: 'Amount received in euro',
  dateInvalid: 'Enter a date.',
  save: 'Record the receipt',
};

/** The texts of these pages, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
