import type { ProblemType } from '#shared/platform/problem-types.ts';
import type { Text } from './problems-contract.ts';

/** The procedure: questions, proposals, evaluation, the award decision, follow-up, e-mail. */
export const PROCEDURE_PROBLEMS = {
  'questions-closed': {
    nl: 'De termijn voor vragen is voorbij. Lees de nota van inlichtingen; uw voorstel kunt u nog tot de sluitingsdatum indienen.',
    en: 'The period for questions has ended. Read the clarification note; you can still submit your proposal until the closing date.',
  },
  'already-answered': {
    nl: 'Deze vraag is al beantwoord. Wilt u het antwoord wijzigen, doe dat dan in een nieuwe nota van inlichtingen.',
    en: 'This question has been answered already. To change the answer, do so in a new clarification note.',
  },
  'answer-needs-extension': {
    nl: 'Zo kort voor de sluitingsdatum mag een antwoord niet meer zonder meer: verleng eerst de sluitingsdatum met een rectificatie en beantwoord de vraag daarna.',
    en: 'This close to the closing date an answer is no longer allowed as it is: first extend the closing date with a correction, then answer the question.',
  },
  'significant-change-needs-time': {
    nl: 'Dit gewijzigde antwoord verandert de eisen, de criteria, het budget of de regel over consortia: dat is een wezenlijke wijziging. Inschrijvers krijgen daarna de termijn die de oproep noemt. Verleng eerst de sluitingsdatum met een rectificatie en publiceer de nota daarna.',
    en: 'This amended answer changes the requirements, the criteria, the budget or the consortium rule: a significant change. Bidders then get the period the call states. First extend the closing date with a correction, then publish the note.',
  },
  'questions-still-open': {
    nl: 'De termijn voor vragen over deze fase loopt nog. Publiceer de nota van inlichtingen nadat die termijn is gesloten.',
    en: 'Questions about this phase are still being taken. Publish the clarification note once that period has closed.',
  },
  'unanswered-questions': {
    nl: 'Nog niet alle vragen over deze fase zijn beantwoord. Beantwoord eerst elke vraag; de nota van inlichtingen bevat ze allemaal.',
    en: 'Not every question about this phase has been answered. Answer each question first; the clarification note holds them all.',
  },
  'nothing-to-publish': {
    nl: 'Alle vragen staan al in een gepubliceerde nota. Een nieuwe nota heeft nieuwe vragen of een gewijzigd antwoord nodig.',
    en: 'Every question is in a published note already. A new note needs new questions or an amended answer.',
  },
  'notification-address-missing': {
    nl: 'Uw bedrijf heeft nog geen e-mailadres voor berichten. Geef dat eerst in uw bedrijfsprofiel: daar sturen wij de gunningsbeslissing heen.',
    en: 'Your company has no e-mail address for notices yet. Give one first in your company profile: that is where the award decision is sent.',
  },
  'company-profile-missing': {
    nl: 'Vul eerst uw bedrijfsprofiel en mkb-verklaring in; daarna kunt u het voorstel indienen.',
    en: 'Fill in your company profile and SME declaration first; then you can submit the proposal.',
  },
  'phase-not-open': {
    nl: 'Deze fase is nog niet open voor voorstellen. Kijk op de pagina van de oproep wanneer ze opent.',
    en: 'This phase is not open for proposals yet. See the call’s page for when it opens.',
  },
  'deadline-passed': {
    nl: 'De sluitingsdatum is voorbij: een voorstel kan niet meer worden ingediend, gewijzigd of ingetrokken. Met vragen kunt u terecht bij de opdrachtgever.',
    en: 'The closing date has passed: a proposal can no longer be submitted, changed or withdrawn. Contact the buyer with any questions.',
  },
  'phase-2-requires-phase-1': {
    nl: 'Alleen bedrijven die in deze oproep een opdracht in fase 1 hebben afgerond, mogen voor fase 2 inschrijven. Kijk bij de open oproepen voor een nieuwe fase 1.',
    en: 'Only companies that completed a phase-1 contract in this call may bid for phase 2. Look among the open calls for a new phase 1.',
  },
  'over-phase-maximum': {
    nl: 'Het gevraagde bedrag is hoger dan het maximum per opdracht in deze fase. Vraag ten hoogste dat maximum.',
    en: 'The requested amount is more than the maximum per contract in this phase. Ask for at most that maximum.',
  },
  'proposal-exists': {
    nl: 'U heeft al een voorstel voor deze fase. Wijzig dat voorstel, of trek het eerst in.',
    en: 'You already have a proposal for this phase. Change it, or withdraw it first.',
  },
  'proposal-withdrawn': {
    nl: 'Dit voorstel is ingetrokken. Dien vóór de sluitingsdatum een nieuw voorstel in als u toch wilt meedoen.',
    en: 'This proposal was withdrawn. Submit a new proposal before the closing date if you still want to take part.',
  },
  'concurrent-change': {
    nl: 'Dit is intussen door iemand anders gewijzigd. Open de pagina opnieuw, bekijk de wijziging en probeer het nog eens.',
    en: 'Someone else changed this meanwhile. Open the page again, look at the change and try once more.',
  },
  'no-committee': {
    nl: 'Er is nog geen commissie benoemd. Benoem eerst de commissie voor deze fase.',
    en: 'No committee has been named yet. Name the committee for this phase first.',
  },
  'duplicate-assessor': {
    nl: 'Een beoordelaar staat er twee keer in. Noem elke beoordelaar één keer.',
    en: 'An assessor is named twice. Name each assessor once.',
  },
  'not-on-committee': {
    nl: 'U zit niet in de commissie van deze fase. Vraag de opdrachtgever u te benoemen als u moet beoordelen.',
    en: 'You are not on this phase’s committee. Ask the buyer to name you if you are to assess.',
  },
  'no-eligible-assessor': {
    nl: 'Geen enkele beoordelaar kan dit voorstel beoordelen: iedereen heeft een conflict verklaard. Voeg een beoordelaar zonder conflict toe aan de commissie.',
    en: 'No assessor can assess this proposal: everyone declared a conflict. Add an assessor without a conflict to the committee.',
  },
  sealed: {
    nl: 'De voorstellen zijn verzegeld tot de sluitingsdatum. Kom na de sluitingsdatum terug.',
    en: 'The proposals are sealed until the closing date. Come back after the closing date.',
  },
  'declare-first': {
    nl: 'Verklaar eerst dat u geen belangenconflict heeft met dit voorstel; daarna kunt u het lezen en scoren.',
    en: 'First declare that you have no conflict of interest with this proposal; then you can read and score it.',
  },
  'already-declared': {
    nl: 'U heeft voor dit voorstel al een verklaring afgegeven; die staat vast. Ga verder met de volgende.',
    en: 'You already declared for this proposal; that is final. Go on with the next one.',
  },
  recused: {
    nl: 'U heeft een belangenconflict verklaard voor dit voorstel en beoordeelt het niet. Ga verder met de andere voorstellen.',
    en: 'You declared a conflict of interest for this proposal and do not assess it. Go on with the other proposals.',
  },
  'criteria-mismatch': {
    nl: 'De scores passen niet bij de criteria van deze fase. Geef elk criterium precies één score (de prijs wordt met de aangekondigde formule berekend).',
    en: 'The scores do not fit this phase’s criteria. Give each criterion exactly one score (price is scored by the announced formula).',
  },
  'evaluation-incomplete': {
    nl: 'Nog niet elke beoordelaar is klaar. Wacht tot alle scores binnen zijn; het overzicht van de commissie toont wie nog moet.',
    en: 'Not every assessor has finished yet. Wait until every score is in; the committee overview shows who is still to score.',
  },
  'evaluation-frozen': {
    nl: 'Voor deze fase is een gunningsbeslissing genomen: commissie, verklaringen en scores liggen vast. Neem contact op met de opdrachtgever als er iets niet klopt.',
    en: 'This phase has an award decision: its committee, declarations and scores are final. Contact the buyer if something is wrong.',
  },
  'committee-fixed': {
    nl: 'De beoordeling is begonnen: de commissie ligt vast, want een andere commissie kan de volgorde veranderen. Alleen na een gegronde klacht kan de beoordeling worden heropend.',
    en: 'Scoring has started: the committee is fixed, since another committee could change the order. Only an upheld complaint can reopen the evaluation.',
  },
  'proposal-excluded': {
    nl: 'Dit voorstel is ongeldig verklaard of uitgesloten en staat niet in de rangschikking. Het kan de opdracht niet krijgen; kies uit de gerangschikte voorstellen.',
    en: 'This proposal was declared invalid or excluded and is not in the ranking. It cannot be awarded; choose from the ranked proposals.',
  },
  'pass-over-unreasoned': {
    nl: 'U slaat een hoger gerangschikt geldig voorstel over dat binnen het budget past. Geef bij dat voorstel aan waarom; die reden staat in de brief aan die inschrijver.',
    en: 'You pass over a higher-ranked valid proposal that fits the budget. Say why at that proposal; the reason is in the letter to that bidder.',
  },
  'abnormally-low-unexplained': {
    nl: 'De prijs van dit voorstel lijkt abnormaal laag (meer dan 30% onder het gemiddelde van de andere). Vraag de inschrijver om uitleg, beoordeel die en leg beide vast bij de gunning; of sluit de inschrijving uit.',
    en: 'The price of this proposal looks abnormally low (more than 30% below the mean of the others). Ask the bidder to explain it, judge the explanation and record both with the award; or exclude the tender.',
  },
  'not-reopenable': {
    nl: 'De beoordeling ligt vast. Heropenen kan alleen nadat een klacht gegrond is verklaard en de beslissing is ingetrokken, en zolang er geen andere beslissing in deze fase geldt.',
    en: 'The evaluation is final. It can be reopened only after a complaint was upheld and the decision withdrawn, and while no other decision of this phase stands.',
  },
  'no-selection-stage': {
    nl: 'Alleen een innovatiepartnerschap selecteert kandidaten, en alleen in fase 1. Ga voor deze oproep direct naar de rangschikking.',
    en: 'Only an innovation partnership selects candidates, and only in phase 1. For this call go straight to the ranking.',
  },
  'selection-rules': {
    nl: 'De selectie voldoet niet aan de regels van het innovatiepartnerschap. Kies het aangekondigde aantal kandidaten uit de gerangschikte aanvragen.',
    en: 'The selection does not follow the rules of the innovation partnership. Choose the announced number of candidates from the ranked requests.',
  },
  'selection-recorded': {
    nl: 'De kandidaten van deze oproep zijn al geselecteerd; de selectie staat vast. Ga verder met de onderhandelingen.',
    en: 'The candidates of this call were selected already; the selection stands. Go on with the negotiations.',
  },
  'selection-missing': {
    nl: 'Er zijn nog geen kandidaten geselecteerd. Selecteer eerst de kandidaten die u uitnodigt om te onderhandelen.',
    en: 'No candidates have been selected yet. First select the candidates you invite to negotiate.',
  },
  'not-invited': {
    nl: 'Alleen kandidaten die zijn uitgenodigd om te onderhandelen kunnen de opdracht krijgen. Kies uit de uitgenodigde kandidaten.',
    en: 'Only candidates invited to negotiate can be awarded. Choose from the invited candidates.',
  },
  'phase-not-closed': {
    nl: 'Deze fase is nog niet gesloten. Neem het gunningsbesluit na de sluitingsdatum en de rangschikking.',
    en: 'This phase has not closed yet. Take the award decision after the closing date and the ranking.',
  },
  'not-ranked': {
    nl: 'Een gekozen voorstel staat niet in de rangschikking van deze fase. Kies alleen gerangschikte voorstellen.',
    en: 'A chosen proposal is not in this phase’s ranking. Choose ranked proposals only.',
  },
  'unknown-proposal': {
    nl: 'Een van de gekozen voorstellen hoort niet (meer) bij deze fase. Open de pagina opnieuw en kies uit de voorstellen die er staan.',
    en: 'One of the chosen proposals does not belong to this phase (any more). Open the page again and choose from the proposals shown.',
  },
  'below-threshold': {
    nl: 'Een gekozen voorstel scoorde onder het minimum van de fase en kan niet worden gegund. Kies een voorstel dat het minimum haalt.',
    en: 'A chosen proposal scored below the phase’s minimum and cannot be awarded. Choose a proposal that meets the minimum.',
  },
  'over-requested': {
    nl: 'Een gunning is hoger dan het bedrag dat het bedrijf vroeg. Gun ten hoogste het gevraagde bedrag.',
    en: 'An award is more than the company asked for. Award at most the amount requested.',
  },
  'over-award': {
    nl: 'De gunning past niet in het budget van de fase of gaat boven het gevraagde bedrag. Verlaag de bedragen.',
    en: 'The award does not fit the phase budget or exceeds the requested amount. Lower the amounts.',
  },
  'already-awarded': {
    nl: 'Een van de voorstellen is al gegund. Open de rangschikking opnieuw en kies uit de voorstellen die nog open zijn.',
    en: 'One of the proposals has been awarded already. Open the ranking again and choose from the proposals still open.',
  },
  'decision-exists': {
    nl: 'Dit besluit is al genomen (bijvoorbeeld door een dubbele klik). U vindt het bij de besluiten van deze fase.',
    en: 'This decision was taken already (for instance by a double click). You will find it among this phase’s decisions.',
  },
  'decision-id-reused': {
    nl: 'Dit formulier hoort bij een eerder besluit over andere voorstellen. Open de rangschikking opnieuw voor een nieuw besluitformulier.',
    en: 'This form belongs to an earlier decision about other proposals. Open the ranking again for a new decision form.',
  },
  'decision-too-large': {
    nl: 'Dit besluit heeft te veel gunningen voor zoveel financiers. Verdeel het over twee of meer besluiten.',
    en: 'This decision has too many awards for this many funders. Split it into two or more decisions.',
  },
  'decision-changed': {
    nl: 'Het besluit is intussen gewijzigd. Bekijk het opnieuw en probeer het nog eens.',
    en: 'The decision changed meanwhile. Look at it again and try once more.',
  },
  'decision-concluded': {
    nl: 'Dit besluit is intussen definitief geworden of ingetrokken. Open het opnieuw om de actuele stand te zien.',
    en: 'This decision became definitive or was withdrawn meanwhile. Open it again to see where it stands.',
  },
  'decision-not-provisional': {
    nl: 'Dit besluit is niet meer voorlopig: het is al definitief of ingetrokken. Open het opnieuw om de actuele stand te zien.',
    en: 'This decision is no longer provisional: it is definitive or withdrawn already. Open it again to see where it stands.',
  },
  'decision-withdrawn': {
    nl: 'Dit besluit is ingetrokken; er is niets meer om een klacht over in te dienen. Wacht op het nieuwe besluit en de brief daarover.',
    en: 'This decision was withdrawn; there is nothing left to object to. Wait for the new decision and its letter.',
  },
  'no-decision-yet': {
    nl: 'Voor deze fase is nog geen gunningsbeslissing genomen. U krijgt bericht zodra dat gebeurt.',
    en: 'There is no award decision for this phase yet. You will be told as soon as there is.',
  },
  'award-provisional': {
    nl: 'De gunning is nog voorlopig: de opdracht wordt pas verleend na de opschortende termijn. Kom daarna terug.',
    en: 'The award is still provisional: the contract is concluded only after the standstill period. Come back after it.',
  },
  'standstill-over': {
    nl: 'De opschortende termijn van dit besluit is voorbij; een klacht indienen kan hier niet meer. Neem zo nodig contact op met de opdrachtgever of een advocaat.',
    en: 'The standstill period of this decision is over; objections can no longer be lodged here. If needed, contact the buyer or a lawyer.',
  },
  'objection-answered': {
    nl: 'Dit bezwaar is al beantwoord. Het antwoord staat bij het bezwaar.',
    en: 'This objection has been answered already. The answer is shown with the objection.',
  },
  'award-ended': {
    nl: 'Deze opdracht is al afgerond of beëindigd. Ververs de pagina om de actuele stand te zien.',
    en: 'This contract has been completed or terminated already. Refresh the page to see where it stands.',
  },
  'not-announced': {
    nl: 'De aanbestedingsstukken kondigden niet aan dat partners na een fase kunnen afvallen. Beëindig dit partnerschap alleen om een dringende reden (faillissement, ernstige tekortkoming) en noem die.',
    en: 'The procurement documents did not announce that partners may be ended after a phase. End this partnership only for cause (bankruptcy, serious breach) and state it.',
  },
  'partner-dropped': {
    nl: 'Dit partnerschap heeft niet aangekondigd dat partners na een fase kunnen afvallen: elke partner die de doelen haalde, gaat door. Kies alle partners die de doelen haalden.',
    en: 'This partnership did not announce that partners may be ended after a phase: every partner that met its targets continues. Choose every partner that met its targets.',
  },
  'award-not-completed': {
    nl: 'Vervolgmonitoring begint pas als de opdracht is afgerond. Rond de opdracht eerst af.',
    en: 'Follow-up monitoring starts only once the contract is completed. Complete the contract first.',
  },
  'follow-up-not-due': {
    nl: 'Deze ronde van de vervolgmonitoring is nog niet open. U krijgt een e-mail zodra u kunt invullen.',
    en: 'This round of follow-up monitoring is not open yet. You will get an e-mail as soon as you can report.',
  },
  'follow-up-reported': {
    nl: 'Deze ronde is al ingevuld. Wilt u iets aanvullen, neem dan contact op met het programmabureau.',
    en: 'This round has been reported already. To add anything, contact the programme office.',
  },
  'follow-up-requested': {
    nl: 'Om deze ronde is al gevraagd. Er is niets meer te doen.',
    en: 'This round was asked for already. There is nothing more to do.',
  },
  'too-many-saved-searches': {
    nl: 'U heeft het maximum aantal bewaarde zoekopdrachten. Verwijder er eerst een.',
    en: 'You have the maximum number of saved searches. Remove one first.',
  },
  'unsubscribe-link': {
    nl: 'Deze afmeldlink is niet (meer) geldig. Log in en kies bij E-mail welke berichten u wilt.',
    en: 'This unsubscribe link is not valid (any more). Sign in and choose under E-mail which messages you want.',
  },
  'preferences-changed': {
    nl: 'Uw instellingen zijn intussen gewijzigd. Open de pagina opnieuw en sla uw keuze nog eens op.',
    en: 'Your settings changed meanwhile. Open the page again and save your choice once more.',
  },
  'mail-already-recorded': {
    nl: 'Dit bericht is al verstuurd. Er is niets meer te doen.',
    en: 'This message was sent already. There is nothing more to do.',
  },
  'already-processed': {
    nl: 'Dit is al verwerkt. Ververs de pagina om het resultaat te zien.',
    en: 'This was processed already. Refresh the page to see the result.',
  },
  'audit-head-moved': {
    nl: 'Het logboek werd tegelijk bijgewerkt. Probeer het over een paar seconden opnieuw.',
    en: 'The audit trail was being updated at the same time. Try again in a few seconds.',
  },
} satisfies Partial<Record<ProblemType, Text>>;
