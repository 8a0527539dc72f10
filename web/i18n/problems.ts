import type { Lang } from './format.ts';

/**
 * What the API's problem documents mean for a person, per problem `type` and per failing field.
 * The API speaks English to programs; the site says it in the reader's language. A type or field
 * missing here still gets a sentence in the reader's language (the generic one), never the raw
 * API text.
 */
type Text = Record<Lang, string>;

export const PROBLEM_TEXTS: Record<string, Text> = {
  'file-too-large': {
    nl: 'Het bestand is te groot: ten hoogste 25 MB.',
    en: 'The file is too large: at most 25 MB.',
  },
  'file-type-not-allowed': {
    nl: 'Dit bestand is geen PDF, ODF-, Office- of CSV-bestand (het type wordt aan de inhoud herkend). Kies een ander bestand.',
    en: 'This file is not a PDF, ODF, Office or CSV file (the type is told by its content). Choose another file.',
  },
  'hash-mismatch': {
    nl: 'Het bestand is onderweg veranderd en niet bewaard. Voeg het opnieuw toe.',
    en: 'The file changed on its way and was not kept. Add it again.',
  },
  'nothing-uploaded': {
    nl: 'Het bestand is niet aangekomen. Voeg het opnieuw toe.',
    en: 'The file did not arrive. Add it again.',
  },
  'upload-failed': {
    nl: 'Het bestand kon niet worden opgeslagen. Probeer het opnieuw.',
    en: 'The file could not be stored. Please try again.',
  },
  'too-many-attachments': {
    nl: 'Een voorstel heeft ten hoogste 10 bestanden: verwijder er eerst een.',
    en: 'A proposal has at most 10 files: remove one first.',
  },
  'too-many-documents': {
    nl: 'Een oproep heeft ten hoogste 20 documenten: verwijder er eerst een.',
    en: 'A call has at most 20 documents: remove one first.',
  },
  'upload-completed': {
    nl: 'Dit bestand is al toegevoegd.',
    en: 'This file was added already.',
  },
  'document-integrity': {
    nl: 'Dit bestand komt niet meer overeen met zijn vastgelegde vingerafdruk en wordt niet geopend. Neem contact op met het programmabureau.',
    en: 'This file no longer matches its recorded fingerprint and is not opened. Please contact the programme office.',
  },
  'call-closed': {
    nl: 'De documenten van deze oproep veranderen niet meer.',
    en: 'The documents of this call no longer change.',
  },
  'selection-rules': {
    nl: 'De selectie voldoet niet aan de regels van het innovatiepartnerschap.',
    en: 'The selection does not follow the rules of the innovation partnership.',
  },
  'selection-recorded': {
    nl: 'De kandidaten van deze oproep zijn al geselecteerd; de selectie staat vast.',
    en: 'The candidates of this call were selected already; the selection stands.',
  },
  'selection-missing': {
    nl: 'Selecteer eerst de kandidaten die u uitnodigt om te onderhandelen.',
    en: 'First select the candidates you invite to negotiate.',
  },
  'not-invited': {
    nl: 'Alleen kandidaten die zijn uitgenodigd om te onderhandelen kunnen de opdracht krijgen.',
    en: 'Only candidates invited to negotiate can be awarded.',
  },
  'partner-dropped': {
    nl: 'Dit partnerschap heeft niet aangekondigd dat partners na een fase kunnen afvallen: elke partner die de doelen haalde, gaat door.',
    en: 'This partnership did not announce that partners may be ended after a phase: every partner that met its targets continues.',
  },
  'questions-still-open': {
    nl: 'De termijn voor vragen over deze fase loopt nog: de nota van inlichtingen volgt daarna.',
    en: 'Questions about this phase are still being taken: the clarification note follows after that.',
  },
  'unanswered-questions': {
    nl: 'Nog niet alle vragen over deze fase zijn beantwoord: een nota van inlichtingen beantwoordt elke vraag.',
    en: 'Not every question about this phase has been answered: a clarification note answers every question.',
  },
  'nothing-to-publish': {
    nl: 'Alle vragen staan al in een gepubliceerde nota. Een nieuwe nota heeft nieuwe vragen of een gewijzigd antwoord nodig.',
    en: 'Every question is in a published note already. A new note needs new questions or an amended answer.',
  },
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
  'duplicate-funder': { nl: 'Noem elke financier één keer.', en: 'Name each funder once.' },
  'shares-do-not-add-up': {
    nl: 'De aandelen van de financiers zijn samen niet 100%.',
    en: 'The funders’ shares do not add up to 100%.',
  },
  'missing-ezk-half': {
    nl: 'Een gezamenlijke oproep wordt 50-50 gefinancierd: EZK moet precies de helft betalen.',
    en: 'A joint call is co-funded 50-50: EZK must pay exactly half.',
  },
  'challenge-rules': {
    nl: 'De oproep houdt zich niet aan de regels van het instrument.',
    en: 'The call breaks the rules of its instrument.',
  },
  'not-publishable': {
    nl: 'De oproep kan nog niet worden gepubliceerd.',
    en: 'The call cannot be published yet.',
  },
  'unknown-organisation': {
    nl: 'Een van de organisaties staat niet in het register van overheidsorganisaties.',
    en: 'One of the organisations is not in the register of government organisations.',
  },
  'envelope-exhausted': {
    nl: 'Er is niet genoeg ruimte in de envelop van een financier.',
    en: 'There is not enough room in a funder’s envelope.',
  },
  'over-per-challenge-cap': {
    nl: 'Een financier mag per oproep niet zoveel dragen.',
    en: 'A funder may not carry that much per call.',
  },
  'already-answered': { nl: 'Deze vraag is al beantwoord.', en: 'This question has been answered already.' },
  'duplicate-assessor': { nl: 'Noem elke beoordelaar één keer.', en: 'Name each assessor once.' },
  sealed: {
    nl: 'De voorstellen zijn verzegeld tot de sluitingsdatum.',
    en: 'The proposals are sealed until the closing date.',
  },
  recused: {
    nl: 'U heeft een belangenconflict verklaard voor dit voorstel.',
    en: 'You declared a conflict of interest for this proposal.',
  },
  'over-award': {
    nl: 'De gunning past niet in het budget van de fase of gaat boven het gevraagde bedrag.',
    en: 'The award does not fit the phase budget or exceeds the requested amount.',
  },
  'already-awarded': {
    nl: 'Een van de voorstellen is al gegund.',
    en: 'One of the proposals has been awarded already.',
  },
  'award-ended': { nl: 'Deze opdracht is al beëindigd of afgerond.', en: 'This contract has ended already.' },
  'no-committee': { nl: 'Er is nog geen commissie benoemd.', en: 'No committee has been named yet.' },
  'evaluation-incomplete': {
    nl: 'Nog niet elke beoordelaar is klaar.',
    en: 'Not every assessor has finished yet.',
  },
  'contracts-running': {
    nl: 'Er lopen nog opdrachten; rond die eerst af of beëindig ze.',
    en: 'Contracts are still running; complete or terminate them first.',
  },
  'phases-still-open': { nl: 'Er zijn nog fasen open.', en: 'Phases are still open.' },
  'no-eligible-assessor': {
    nl: 'Geen enkele beoordelaar kan dit voorstel beoordelen (iedereen heeft een conflict verklaard).',
    en: 'No assessor can assess this proposal (everyone declared a conflict).',
  },
  'not-on-committee': {
    nl: 'U zit niet in de commissie van deze fase.',
    en: 'You are not on this phase’s committee.',
  },
  'unknown-proposal': {
    nl: 'Een van de gekozen voorstellen hoort niet bij deze fase.',
    en: 'One of the chosen proposals does not belong to this phase.',
  },
  'consent-missing': {
    nl: 'Niet elke medefinancier heeft al ingestemd met zijn aandeel.',
    en: 'Not every co-funder has approved its share yet.',
  },
  'lead-buyer-not-funder': {
    nl: 'Uw eigen organisatie moet een van de financiers zijn; de andere financiers stemmen in met hun aandeel.',
    en: 'Your own organisation must be one of the funders; the other funders approve their shares.',
  },
  'nothing-to-withdraw': {
    nl: 'Er is geen instemming om in te trekken.',
    en: 'There is no approval to withdraw.',
  },
  'consent-asked-again': {
    nl: 'De financiering van het concept is intussen gewijzigd; bekijk het nieuwe verzoek.',
    en: 'The draft’s funding changed meanwhile; look at the new request.',
  },
  'not-a-draft-any-more': {
    nl: 'De oproep is intussen gepubliceerd, ingetrokken of de financiering is gewijzigd.',
    en: 'The call was published or cancelled, or its funding changed, meanwhile.',
  },
  'evaluation-frozen': {
    nl: 'Voor deze fase is een gunningsbeslissing genomen: commissie, verklaringen en scores liggen vast.',
    en: 'This phase has an award decision: its committee, declarations and scores are final.',
  },
  'award-provisional': {
    nl: 'De gunning is nog voorlopig: de opdracht wordt pas verleend na de opschortende termijn.',
    en: 'The award is still provisional: the contract is concluded only after the standstill period.',
  },
  'standstill-over': {
    nl: 'De opschortende termijn van dit besluit is voorbij; bezwaar maken kan niet meer.',
    en: 'The standstill period of this decision is over; objections are no longer possible.',
  },
  'decision-withdrawn': {
    nl: 'Dit besluit is ingetrokken; er is niets meer om bezwaar tegen te maken.',
    en: 'This decision was withdrawn; there is nothing left to object to.',
  },
  'objection-answered': {
    nl: 'Dit bezwaar is al beantwoord.',
    en: 'This objection has been answered already.',
  },
  'decision-changed': {
    nl: 'Het besluit is intussen gewijzigd; bekijk het opnieuw.',
    en: 'The decision changed meanwhile; look at it again.',
  },
  'decision-not-provisional': {
    nl: 'Dit besluit is niet meer voorlopig: het is al definitief of ingetrokken.',
    en: 'This decision is no longer provisional: it is definitive or withdrawn already.',
  },
  'no-decision-yet': {
    nl: 'Voor deze fase is nog geen gunningsbeslissing genomen.',
    en: 'There is no award decision for this phase yet.',
  },
  'envelope-mismatch': {
    nl: 'De envelop past niet bij deze financier of dit instrument.',
    en: 'The envelope does not fit this funder or instrument.',
  },
  'member-of-other-envelope': {
    nl: 'Deze organisatie put al uit de envelop van een andere houder.',
    en: 'This organisation already draws from another holder’s envelope.',
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
    nl: 'Beoordeel elk verzoek tot deelneming en nodig ten minste 3 geschikte kandidaten uit (alle als er minder geschikt zijn).',
    en: 'Judge every request to participate and invite at least 3 suitable candidates (all when fewer are suitable).',
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
    nl: 'Vul een geldig btw-nummer van een EU-lidstaat in, zoals NL123456782B01 of DE123456788, of laat het veld leeg.',
    en: 'Enter a valid VAT number of an EU state, like NL123456782B01 or DE123456788, or leave it empty.',
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
    nl: 'Vul een sluitingsdatum in die na de vorige fase en ten minste 30 dagen na publicatie ligt (innovatiepartnerschap).',
    en: 'Enter a closing date after the previous phase, and at least 30 days after publication (innovation partnership).',
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
    nl: 'Beschrijf uw bezwaar en de gronden ervan in ten minste 10 tekens.',
    en: 'Describe your objection and its grounds in at least 10 characters.',
  },
  reasons: {
    nl: 'Vul een motivering in van ten minste 10 tekens.',
    en: 'Enter reasons of at least 10 characters.',
  },
  outcome: {
    nl: 'Kies of het bezwaar gegrond of ongegrond is.',
    en: 'Choose whether the objection is upheld or rejected.',
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

export function problemText(type: string, lang: Lang): string {
  const slug = type.slice(type.lastIndexOf('/') + 1);
  return (PROBLEM_TEXTS[slug] ?? GENERIC_PROBLEM)[lang];
}

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
