import type { Lang } from './format.ts';

/**
 * What the API's problem documents mean for a person, per problem `type` and per failing field.
 * The API speaks English to programs; the site says it in the reader's language. A type or field
 * missing here still gets a sentence in the reader's language (the generic one), never the raw
 * API text.
 */
type Text = Record<Lang, string>;

export const PROBLEM_TEXTS: Record<string, Text> = {
  'validation-failed': {
    nl: 'Niet alle velden zijn goed ingevuld.',
    en: 'Not every field has been filled in correctly.',
  },
  'deadline-passed': {
    nl: 'De sluitingsdatum is voorbij: een voorstel kan niet meer worden ingediend of gewijzigd.',
    en: 'The closing date has passed: a proposal can no longer be submitted or changed.',
  },
  'phase-not-open': {
    nl: 'Deze fase is nog niet open voor voorstellen.',
    en: 'This phase is not open for proposals yet.',
  },
  'phase-2-requires-phase-1': {
    nl: 'Alleen bedrijven die in deze oproep een opdracht in fase 1 hebben afgerond, mogen voor fase 2 inschrijven.',
    en: 'Only companies that completed a phase-1 contract in this call may bid for phase 2.',
  },
  'company-profile-missing': {
    nl: 'Vul eerst uw bedrijfsprofiel en mkb-verklaring in.',
    en: 'Fill in your company profile and SME declaration first.',
  },
  'over-phase-maximum': {
    nl: 'Het gevraagde bedrag is hoger dan het maximum per opdracht in deze fase.',
    en: 'The requested amount is more than the maximum per contract in this phase.',
  },
  'proposal-exists': {
    nl: 'U heeft al een voorstel voor deze fase. Wijzig dat voorstel, of trek het eerst in.',
    en: 'You already have a proposal for this phase. Change it, or withdraw it first.',
  },
  'proposal-withdrawn': { nl: 'Dit voorstel is ingetrokken.', en: 'This proposal was withdrawn.' },
  'concurrent-change': {
    nl: 'Het voorstel is intussen gewijzigd. Open het opnieuw en probeer het nog eens.',
    en: 'The proposal changed meanwhile. Open it again and try once more.',
  },
  'questions-closed': {
    nl: 'De termijn voor vragen is voorbij.',
    en: 'The period for questions has ended.',
  },
  'challenge-not-published': {
    nl: 'Deze oproep is niet (meer) gepubliceerd.',
    en: 'This call is not published (any more).',
  },
  'follow-up-not-due': {
    nl: 'Deze ronde van de vervolgmonitoring is nog niet open.',
    en: 'This round of follow-up monitoring is not open yet.',
  },
  'follow-up-reported': {
    nl: 'Deze ronde is al ingevuld.',
    en: 'This round has been reported already.',
  },
  'not-found': {
    nl: 'Dit bestaat niet, of u heeft er geen toegang toe.',
    en: 'This does not exist, or you have no access to it.',
  },
  unauthenticated: { nl: 'Log opnieuw in.', en: 'Please sign in again.' },
  'invalid-token': {
    nl: 'Uw sessie is verlopen. Log opnieuw in.',
    en: 'Your session has expired. Sign in again.',
  },
};

const GENERIC_PROBLEM: Text = {
  nl: 'Dit kon niet worden verwerkt. Controleer uw invoer en probeer het opnieuw.',
  en: 'This could not be processed. Check what you entered and try again.',
};

/** Per API field (the path after `body.`): what to tell the person at that field. */
export const FIELD_TEXTS: Record<string, Text> = {
  summary: {
    nl: 'Vul een samenvatting in van 10 tot 2.000 tekens.',
    en: 'Enter a summary of 10 to 2,000 characters.',
  },
  plan: {
    nl: 'Vul een projectplan in van 10 tot 50.000 tekens.',
    en: 'Enter a project plan of 10 to 50,000 characters.',
  },
  requestedAmountCents: {
    nl: 'Vul een bedrag in van ten minste € 0,01 en niet meer dan het maximum van de fase.',
    en: 'Enter an amount of at least €0.01 and no more than the phase’s maximum.',
  },
  durationMonths: {
    nl: 'Vul een looptijd in van 1 tot 60 maanden.',
    en: 'Enter a duration of 1 to 60 months.',
  },
  documents: {
    nl: 'Geef elk document een titel en een adres dat met https:// begint.',
    en: 'Give each document a title and an address starting with https://.',
  },
  question: {
    nl: 'Vul een vraag in van 10 tot 2.000 tekens.',
    en: 'Enter a question of 10 to 2,000 characters.',
  },
  name: {
    nl: 'Vul de naam van het bedrijf in (2 tot 200 tekens).',
    en: 'Enter the company name (2 to 200 characters).',
  },
  btwId: {
    nl: 'Vul een geldig Nederlands btw-identificatienummer in, zoals NL123456782B01, of laat het veld leeg.',
    en: 'Enter a valid Dutch VAT identification number, like NL123456782B01, or leave it empty.',
  },
  staff: {
    nl: 'Vul het aantal medewerkers in als heel getal (0 of meer).',
    en: 'Enter the number of staff as a whole number (0 or more).',
  },
  turnoverCents: {
    nl: 'Vul de jaaromzet in euro in (0 of meer).',
    en: 'Enter the annual turnover in euro (0 or more).',
  },
  balanceSheetCents: {
    nl: 'Vul het balanstotaal in euro in (0 of meer).',
    en: 'Enter the balance sheet total in euro (0 or more).',
  },
  country: {
    nl: 'Vul een landcode van twee hoofdletters in, zoals NL.',
    en: 'Enter a two-letter country code, like NL.',
  },
  followOnRevenueCents: {
    nl: 'Vul een bedrag in euro in (0 of meer).',
    en: 'Enter an amount in euro (0 or more).',
  },
  followOnInvestmentCents: {
    nl: 'Vul een bedrag in euro in (0 of meer).',
    en: 'Enter an amount in euro (0 or more).',
  },
  jobsCreated: { nl: 'Vul een heel getal in (0 of meer).', en: 'Enter a whole number (0 or more).' },
  launchingCustomerOin: {
    nl: 'Vul een OIN van 20 tekens in, alleen als er een launching customer is.',
    en: 'Enter an OIN of 20 characters, only when there is a launching customer.',
  },
  remarks: { nl: 'Houd de toelichting onder 2.000 tekens.', en: 'Keep the remarks under 2,000 characters.' },
};

const GENERIC_FIELD: Text = {
  nl: 'Dit veld is niet goed ingevuld.',
  en: 'This field has not been filled in correctly.',
};

export function problemText(type: string, lang: Lang): string {
  const slug = type.slice(type.lastIndexOf('/') + 1);
  return (PROBLEM_TEXTS[slug] ?? GENERIC_PROBLEM)[lang];
}

/** `body.documents.0.url` → the text for `documents`; `body.summary` → the text for `summary`. */
export function fieldText(apiField: string, lang: Lang): string {
  const [, name] = apiField.split('.');
  return (FIELD_TEXTS[name ?? ''] ?? GENERIC_FIELD)[lang];
}
