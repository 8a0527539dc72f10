import type { Lang } from './format.ts';
import type { Text } from './problems-contract.ts';

/** What a failing API field (the last named part of its path) asks of the person, in their language. */
export const FIELD_TEXTS: Record<string, Text> = {
  fileName: {
    nl: 'Geef het bestand een naam met extensie, zonder mappen (geen / of \\), bijvoorbeeld projectplan.pdf.',
    en: 'Give the file a name with its extension, without folders (no / or \\), for example project-plan.pdf.',
  },
  sizeBytes: {
    nl: 'Het bestand is leeg of te groot: ten hoogste 25 MB.',
    en: 'The file is empty or too large: at most 25 MB.',
  },
  replaces: {
    nl: 'Kies een bestaand document van de oproep om te vervangen, of geen.',
    en: 'Choose a current document of the call to replace, or none.',
  },
  candidates: {
    nl: 'Beoordeel elk verzoek tot deelneming en nodig zoveel geschikte kandidaten uit als de oproep aankondigde, ten minste 3 geschikte (alle als er minder geschikt zijn), niet meer.',
    en: 'Judge every request to participate and invite as many suitable candidates as the call announced, at least 3 suitable (all when fewer are suitable), no more.',
  },
  invited: {
    nl: 'Alleen een geschikte kandidaat kan worden uitgenodigd.',
    en: 'Only a suitable candidate can be invited.',
  },
  introduction: {
    nl: 'Vul een inleiding in van 2 tot 5.000 tekens, of laat het veld leeg.',
    en: 'Enter an introduction of 2 to 5,000 characters, or leave it empty.',
  },
  questionId: {
    nl: 'Kies een vraag die al in een eerdere nota van deze fase staat.',
    en: 'Choose a question that is in an earlier note of this phase.',
  },
  noticeEmail: {
    nl: 'Vul een e-mailadres in, zoals info@bedrijf.nl.',
    en: 'Enter an e-mail address, such as info@company.nl.',
  },
  change: {
    nl: 'Kies wat het gewijzigde antwoord verandert: alleen een verduidelijking, of de eisen, de criteria, het budget of de regel over consortia.',
    en: 'Choose what the amended answer changes: only a clarification, or the requirements, the criteria, the budget or the consortium rule.',
  },
  phase: {
    nl: 'Kies een fase waarover u nog vragen mag stellen.',
    en: 'Choose a phase you may still ask questions about.',
  },
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
    nl: 'Vul het geldige btw-nummer van uw bedrijf in, van het land waar het is ingeschreven (zoals NL123456782B01), of laat het veld leeg. Logt u in met uw btw-nummer, dan is dat ook uw btw-nummer hier.',
    en: 'Enter your company’s valid VAT number, of the state it is registered in (like NL123456782B01), or leave it empty. If you sign in with your VAT number, that is also your VAT number here.',
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
    nl: 'Vul een OIN van 20 tekens in, alleen als een overheid de eerste klant is.',
    en: 'Enter an OIN of 20 characters, only when there is a launching customer.',
  },
  remarks: { nl: 'Houd de toelichting onder 2.000 tekens.', en: 'Keep the remarks under 2,000 characters.' },
  instrument: { nl: 'Kies een instrument.', en: 'Choose an instrument.' },
  title: { nl: 'Vul een titel in (ten hoogste 200 tekens).', en: 'Enter a title (at most 200 characters).' },
  description: { nl: 'Vul een omschrijving in.', en: 'Enter a description.' },
  theme: { nl: 'Kies een thema.', en: 'Choose a theme.' },
  cpvCodes: {
    nl: 'Kies ten minste één CPV-code voor onderzoek en ontwikkeling.',
    en: 'Choose at least one CPV code for research and development.',
  },
  funders: {
    nl: 'Noem de financiers met hun OIN en aandeel; samen 100%, EZK precies 50% bij een gezamenlijke oproep.',
    en: 'Name the funders with their OIN and share; together 100%, EZK exactly 50% in a joint call.',
  },
  oin: { nl: 'Vul een OIN van 20 tekens in.', en: 'Enter an OIN of 20 characters.' },
  shareBasisPoints: { nl: 'Vul een aandeel in procenten in.', en: 'Enter a share in per cent.' },
  budgetCents: { nl: 'Vul het budget van de fase in euro in.', en: 'Enter the phase budget in euro.' },
  maxPerContractCents: {
    nl: 'Het maximum per opdracht ontbreekt of is hoger dan het budget van de fase.',
    en: 'The maximum per contract is missing or higher than the phase budget.',
  },
  plannedContracts: {
    nl: 'Vul het aantal opdrachten in (1 tot 100).',
    en: 'Enter the number of contracts (1 to 100).',
  },
  submissionDeadline: {
    nl: 'Vul de sluitingsdatum en -tijd in (Nederlandse tijd).',
    en: 'Enter the closing date and time (Dutch time).',
  },
  criteria: {
    nl: 'De wegingen van de criteria moeten samen 100% zijn.',
    en: 'The weights of the criteria must add up to 100%.',
  },
  questionDeadline: {
    nl: 'Vragen stellen moet sluiten voordat fase 1 sluit.',
    en: 'Questions must close before phase 1 does.',
  },
  innovationPartnership: {
    nl: 'Geef aan of partners na een fase mogen worden beëindigd, en zo ja onder welke voorwaarden.',
    en: 'State whether partners may be ended after a phase, and if so on which conditions.',
  },
  answer: { nl: 'Vul een antwoord in (2 tot 5.000 tekens).', en: 'Enter an answer (2 to 5,000 characters).' },
  assessors: {
    nl: 'Noem ten minste één beoordelaar met OIN en eigen id.',
    en: 'Name at least one assessor with OIN and own id.',
  },
  assessorId: {
    nl: 'Een eigen id bestaat uit letters, cijfers en . _ @ -',
    en: 'An own id consists of letters, digits and . _ @ -',
  },
  motivation: {
    nl: 'Vul een motivering in van ten minste 20 tekens.',
    en: 'Enter a motivation of at least 20 characters.',
  },
  scores: {
    nl: 'Geef een score van 0 tot en met 10 per criterium.',
    en: 'Give a score from 0 to 10 per criterion.',
  },
  reason: { nl: 'Vul een reden in (ten minste 3 tekens).', en: 'Enter a reason (at least 3 characters).' },
  grounds: {
    nl: 'Beschrijf uw klacht en de gronden ervan in ten minste 10 tekens.',
    en: 'Describe your complaint and its grounds in at least 10 characters.',
  },
  reasons: {
    nl: 'Vul een motivering in van ten minste 10 tekens.',
    en: 'Enter reasons of at least 10 characters.',
  },
  outcome: {
    nl: 'Kies of de klacht gegrond of ongegrond is.',
    en: 'Choose whether the complaint is upheld or rejected.',
  },
  spentCents: { nl: 'Vul het bestede bedrag in euro in.', en: 'Enter the amount spent in euro.' },
  finalAmountCents: { nl: 'Vul een bedrag in euro in.', en: 'Enter an amount in euro.' },
  awards: {
    nl: 'Kies voorstellen om te gunnen, met een einddatum na de begindatum.',
    en: 'Choose proposals to award, with an end date after the start date.',
  },
  amountCents: {
    nl: 'Vul een bedrag in euro in, niet meer dan gevraagd.',
    en: 'Enter an amount in euro, no more than requested.',
  },
  startDate: { nl: 'Vul een begindatum in.', en: 'Enter a start date.' },
  endDate: { nl: 'Vul een einddatum in, na de begindatum.', en: 'Enter an end date after the start date.' },
  caps: { nl: 'Vul een plafond in euro in.', en: 'Enter a cap in euro.' },
  capCents: { nl: 'Vul een plafond in euro in.', en: 'Enter a cap in euro.' },
  members: { nl: 'Noem leden met hun OIN.', en: 'Name members by their OIN.' },
  kind: { nl: 'Kies een soort organisatie.', en: 'Choose a kind of organisation.' },
};

const GENERIC_FIELD: Text = {
  nl: 'Dit veld is niet goed ingevuld.',
  en: 'This field has not been filled in correctly.',
};

/**
 * The text for a failing API field, most specific first: `body.phases.0.budgetCents` → the text
 * for `budgetCents`, else for `phases`; `body.summary` → `summary`.
 */
export function fieldText(apiField: string, lang: Lang): string {
  const names = apiField
    .split('.')
    .slice(1)
    .filter((part) => !/^\d+$/.test(part))
    .reverse();
  const known = names.find((name) => FIELD_TEXTS[name]);
  return (known ? FIELD_TEXTS[known]! : GENERIC_FIELD)[lang];
}
