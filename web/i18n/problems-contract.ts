import type { ProblemType } from '#shared/platform/problem-types.ts';
import type { Lang } from './format.ts';

export type Text = Record<Lang, string>;

/** The HTTP contract, calls, funding, envelopes and files. */
export const CONTRACT_AND_CALL_PROBLEMS = {
  unauthenticated: {
    nl: 'U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
    en: 'You are not signed in (any more). Sign in again and try once more.',
  },
  'invalid-token': {
    nl: 'Uw sessie is verlopen. Log opnieuw in en probeer het nog eens.',
    en: 'Your session has expired. Sign in again and try once more.',
  },
  'invalid-claims': {
    nl: 'Uw account is niet aan een rol en organisatie gekoppeld. Neem contact op met het programmabureau.',
    en: 'Your account is not linked to a role and organisation. Please contact the programme office.',
  },
  'insufficient-scope': {
    nl: 'Uw inlog geeft geen toegang tot deze functie. Log uit en opnieuw in; helpt dat niet, neem dan contact op met het programmabureau.',
    en: 'Your sign-in gives no access to this function. Sign out and in again; if that does not help, contact the programme office.',
  },
  'role-not-allowed': {
    nl: 'Dit mag uw rol niet doen. Log in met het account van de juiste organisatie of rol.',
    en: 'Your role may not do this. Sign in with the account of the right organisation or role.',
  },
  'assurance-too-low': {
    nl: 'Hiervoor moet u inloggen met eHerkenning niveau EH3 of hoger (of eIDAS substantieel of hoog). U bent op een lager niveau ingelogd. Log opnieuw in op dat niveau en probeer het daarna nog eens.',
    en: 'For this you must sign in with eHerkenning level EH3 or higher (or eIDAS substantial or high). You signed in at a lower level. Sign in again at that level and then try once more.',
  },
  'invitation-not-allowed': {
    nl: 'U kunt deze uitnodiging niet versturen. Het programmabureau nodigt de eerste beheerder van een organisatie uit; daarna nodigt de beheerder de collega’s uit.',
    en: 'You cannot send this invitation. The programme office invites an organisation’s first administrator; the administrator then invites the colleagues.',
  },
  'not-administrator': {
    nl: 'Alleen een beheerder van deze organisatie beheert de medewerkers. Vraag uw beheerder om dit te doen.',
    en: 'Only an administrator of this organisation manages its people. Ask your administrator to do this.',
  },
  'already-member': {
    nl: 'Dit e-mailadres hoort al bij een medewerker van deze organisatie. Kijk in de lijst met medewerkers of wijzig daar de rol.',
    en: 'This e-mail address already belongs to a member of this organisation. Look in the list of members, or change the role there.',
  },
  'address-in-other-organisation': {
    nl: 'Dit e-mailadres hoort bij een medewerker van een andere organisatie. Iemand werkt hier voor één organisatie; gebruik het adres van deze organisatie.',
    en: 'This e-mail address belongs to a member of another organisation. A person acts for one organisation here; use this organisation’s address.',
  },
  'invitation-used': {
    nl: 'Deze uitnodiging is al aangenomen. Log in met uw account.',
    en: 'This invitation has been accepted already. Sign in with your account.',
  },
  'invitation-expired': {
    nl: 'Deze uitnodiging is verlopen (een uitnodiging geldt 7 dagen). Vraag uw beheerder om een nieuwe.',
    en: 'This invitation has expired (an invitation is valid for 7 days). Ask your administrator for a new one.',
  },
  'member-revoked': {
    nl: 'Uw toegang tot deze organisatie is ingetrokken. Neem contact op met uw beheerder.',
    en: 'Your access to this organisation has been revoked. Contact your administrator.',
  },
  'cannot-revoke-self': {
    nl: 'U kunt uw eigen toegang niet intrekken. Vraag een andere beheerder.',
    en: 'You cannot revoke your own access. Ask another administrator.',
  },
  'route-not-found': {
    nl: 'Deze pagina of functie bestaat niet. Ga terug naar de vorige pagina of naar de startpagina.',
    en: 'This page or function does not exist. Go back to the previous page or to the home page.',
  },
  'method-not-allowed': {
    nl: 'Deze handeling kan hier niet. Ga terug naar de vorige pagina en gebruik het formulier.',
    en: 'This action is not possible here. Go back to the previous page and use the form.',
  },
  'malformed-json': {
    nl: 'Het formulier kwam onleesbaar aan. Laad de pagina opnieuw en verstuur het nog eens.',
    en: 'The form arrived unreadable. Reload the page and send it again.',
  },
  'unexpected-body': {
    nl: 'Het formulier stuurde meer mee dan nodig. Laad de pagina opnieuw en probeer het nog eens.',
    en: 'The form sent more than needed. Reload the page and try once more.',
  },
  'payload-too-large': {
    nl: 'Wat u verstuurde is te groot. Maak de tekst korter of kies een kleiner bestand (ten hoogste 25 MB).',
    en: 'What you sent is too large. Shorten the text or choose a smaller file (at most 25 MB).',
  },
  'unsupported-media-type': {
    nl: 'Dit soort bestand of formulier wordt niet aangenomen. Kies een PDF-, ODF-, Office- of CSV-bestand.',
    en: 'This kind of file or form is not accepted. Choose a PDF, ODF, Office or CSV file.',
  },
  'validation-failed': {
    nl: 'Niet alle velden zijn goed ingevuld. Verbeter de velden die hieronder gemarkeerd zijn.',
    en: 'Not every field has been filled in correctly. Correct the fields marked below.',
  },
  'invalid-cursor': {
    nl: 'Deze vervolgpagina hoort niet bij deze lijst. Begin de lijst opnieuw vanaf de eerste pagina.',
    en: 'This next page does not belong to this list. Start the list again from its first page.',
  },
  'not-found': {
    nl: 'Dit bestaat niet, of u heeft er geen toegang toe. Controleer de link, of log in met het juiste account.',
    en: 'This does not exist, or you have no access to it. Check the link, or sign in with the right account.',
  },
  starting: {
    nl: 'De marktplaats start nog op. Wacht een paar seconden en probeer het opnieuw.',
    en: 'The marketplace is still starting. Wait a few seconds and try again.',
  },
  busy: {
    nl: 'Het is even te druk om dit af te maken. Probeer het over een paar seconden opnieuw; kijk bij een voorstel eerst of het al is aangekomen.',
    en: 'It is too busy to finish this right now. Try again in a few seconds; for a proposal, first check whether it has arrived.',
  },
  'invalid-idempotency-key': {
    nl: 'Het formulier kon niet veilig worden verzonden. Laad de pagina opnieuw en verstuur het nog eens.',
    en: 'The form could not be sent safely. Reload the page and send it again.',
  },
  'idempotency-key-reused': {
    nl: 'Dit formulier is al eerder verzonden met andere gegevens. Laad de pagina opnieuw en verstuur het nog eens.',
    en: 'This form was sent before with other details. Reload the page and send it again.',
  },
  'request-in-progress': {
    nl: 'Dit formulier wordt nog verwerkt. Wacht een paar seconden en kijk dan of het is gelukt.',
    en: 'This form is still being processed. Wait a few seconds, then check whether it went through.',
  },
  internal: {
    nl: 'Er ging aan onze kant iets mis; er is niets bewaard. Probeer het later opnieuw, of meld het bij het programmabureau.',
    en: 'Something went wrong on our side; nothing was saved. Try again later, or report it to the programme office.',
  },
  'duplicate-id': {
    nl: 'Deze oproep bestaat al. Open hem in uw lijst van oproepen in plaats van hem opnieuw aan te maken.',
    en: 'This call exists already. Open it from your list of calls instead of creating it again.',
  },
  'not-a-draft': {
    nl: 'De oproep is geen concept meer: hij is gepubliceerd of ingetrokken, of de financiering is intussen gewijzigd. Open de oproep opnieuw om te zien wat er geldt; na publicatie gaat een wijziging via een rectificatie.',
    en: 'The call is no longer a draft: it was published or cancelled, or its funding changed meanwhile. Open the call again to see where it stands; after publication a change goes through a correction.',
  },
  'not-published': {
    nl: 'Alleen een gepubliceerde oproep krijgt een rectificatie. Wijzig een concept op het conceptformulier.',
    en: 'Only a published call is corrected. Change a draft on the draft form.',
  },
  'illegal-transition': {
    nl: 'De oproep staat al in een andere status, waarvandaan dit niet kan. Open de oproep opnieuw om te zien wat er nog kan.',
    en: 'The call is in another status already, from which this is not possible. Open the call again to see what can still be done.',
  },
  'challenge-not-published': {
    nl: 'Deze oproep is niet (meer) gepubliceerd. Kies een open oproep in het overzicht.',
    en: 'This call is not published (any more). Choose an open call from the listing.',
  },
  'challenge-rules': {
    nl: 'De oproep houdt zich niet aan de regels van het instrument. Pas de gemarkeerde velden aan.',
    en: 'The call breaks the rules of its instrument. Adjust the fields marked.',
  },
  'not-publishable': {
    nl: 'De oproep kan nog niet worden gepubliceerd. Vul het concept aan zoals hieronder staat en controleer het opnieuw.',
    en: 'The call cannot be published yet. Complete the draft as shown below and check it again.',
  },
  'duplicate-funder': {
    nl: 'Een financier staat er twee keer in. Noem elke financier één keer, met zijn hele aandeel.',
    en: 'A funder is named twice. Name each funder once, with its whole share.',
  },
  'shares-do-not-add-up': {
    nl: 'De aandelen van de financiers zijn samen niet 100%. Pas de aandelen aan tot ze samen 100% zijn.',
    en: 'The funders’ shares do not add up to 100%. Adjust the shares until they add up to 100%.',
  },
  'missing-ezk-half': {
    nl: 'Een gezamenlijke oproep wordt 50-50 gefinancierd. Geef EZK precies 50% en verdeel de andere helft over de medefinanciers.',
    en: 'A joint call is co-funded 50-50. Give EZK exactly 50% and divide the other half over the co-funders.',
  },
  'lead-buyer-not-funder': {
    nl: 'Uw eigen organisatie moet een van de financiers zijn. Voeg haar toe met haar aandeel; de andere financiers stemmen in met het hunne.',
    en: 'Your own organisation must be one of the funders. Add it with its share; the other funders approve theirs.',
  },
  'unknown-organisation': {
    nl: 'Een van de organisaties staat niet in het register van overheidsorganisaties. Controleer het OIN, of vraag het programmabureau de organisatie op te nemen.',
    en: 'One of the organisations is not in the register of government organisations. Check the OIN, or ask the programme office to add the organisation.',
  },
  'consent-missing': {
    nl: 'Niet elke medefinancier heeft al ingestemd met zijn aandeel. Wacht op hun instemming; de controlepagina toont wie nog moet.',
    en: 'Not every co-funder has approved its share yet. Wait for their approval; the check page shows who is still to answer.',
  },
  'consent-asked-again': {
    nl: 'De financiering van het concept is intussen gewijzigd. Bekijk het nieuwe verzoek en geef daarop uw antwoord.',
    en: 'The draft’s funding changed meanwhile. Look at the new request and answer that one.',
  },
  'nothing-to-withdraw': {
    nl: 'Er is geen instemming om in te trekken. Ververs de pagina om de stand van het verzoek te zien.',
    en: 'There is no approval to withdraw. Refresh the page to see where the request stands.',
  },
  'reason-required': {
    nl: 'Een weigering heeft een reden nodig: zeg waarom u niet instemt, zodat de opdrachtgever de financiering kan aanpassen.',
    en: 'A refusal needs a reason: say why you decline, so that the buyer can adjust the funding.',
  },
  'contracts-running': {
    nl: 'Er lopen nog opdrachten. Rond die eerst af of beëindig ze, en sluit de oproep daarna.',
    en: 'Contracts are still running. Complete or terminate them first, then close the call.',
  },
  'phases-still-open': {
    nl: 'Er zijn nog fasen open. Sluit de oproep na de sluitingsdatum van de laatste fase.',
    en: 'Phases are still open. Close the call after the closing date of its last phase.',
  },
  'phase-closed-already': {
    nl: 'Deze fase was al gesloten. Ververs de pagina om de actuele stand te zien.',
    en: 'This phase was closed already. Refresh the page to see where it stands.',
  },
  'phase-closed': {
    nl: 'Deze fase is gesloten: een nota of rectificatie verandert haar niet meer, want de inschrijvers hebben op de oude tekst ingeschreven. Moet de oproep stoppen, trek haar dan in.',
    en: 'This phase has closed: a note or correction no longer changes it, as the bidders bid on the text as it was. If the call must stop, cancel it.',
  },
  'no-envelope': {
    nl: 'Een financier heeft voor dit jaar en instrument geen jaarbudget. Vraag het programmabureau dat eerst vast te leggen.',
    en: 'A funder has no envelope for this year and instrument. Ask the programme office to set it first.',
  },
  'envelope-exhausted': {
    nl: 'Er is niet genoeg ruimte in het jaarbudget van een financier. Verlaag het budget, of vraag het programmabureau om meer ruimte.',
    en: 'There is not enough room in a funder’s envelope. Lower the budget, or ask the programme office for more room.',
  },
  'envelope-mismatch': {
    nl: 'Dit jaarbudget past niet bij deze financier of dit instrument. Kies het jaarbudget van de juiste houder en het juiste instrument.',
    en: 'This envelope does not fit this funder or instrument. Choose the envelope of the right holder and instrument.',
  },
  'member-of-other-envelope': {
    nl: 'Deze organisatie put al uit het jaarbudget van een andere houder. Haal haar daar eerst weg.',
    en: 'This organisation already draws from another holder’s envelope. Remove it there first.',
  },
  'over-per-challenge-cap': {
    nl: 'Een financier mag per oproep niet zoveel dragen. Verlaag zijn aandeel of het budget.',
    en: 'A funder may not carry that much per call. Lower its share or the budget.',
  },
  'cap-below-commitments': {
    nl: 'Het plafond kan niet lager dan wat al gereserveerd en gegund is. Kies een plafond van ten minste dat bedrag.',
    en: 'The cap cannot go below what is already reserved and awarded. Choose a cap of at least that amount.',
  },
  'reservation-exhausted': {
    nl: 'De reservering van een financier voor deze oproep heeft geen ruimte meer voor dit bedrag. Kies een lager bedrag.',
    en: 'A funder’s reservation for this call has no room left for this amount. Choose a lower amount.',
  },
  'phase-budget-exhausted': {
    nl: 'Deze gunningen passen niet in wat er over is van het budget van de fase. Verlaag de bedragen of gun minder voorstellen.',
    en: 'These awards do not fit in what is left of the phase budget. Lower the amounts or award fewer proposals.',
  },
  'ledger-mismatch': {
    nl: 'De financiering is intussen gewijzigd door een andere gunning. Open de rangschikking opnieuw en neem het besluit nog eens.',
    en: 'The funding changed meanwhile through another award. Open the ranking again and take the decision once more.',
  },
  'too-many-documents': {
    nl: 'Een oproep heeft ten hoogste 20 documenten. Verwijder er eerst een, of voeg documenten samen.',
    en: 'A call has at most 20 documents. Remove one first, or combine documents.',
  },
  'too-many-attachments': {
    nl: 'Een voorstel heeft ten hoogste 10 bestanden. Verwijder er eerst een, of voeg bestanden samen.',
    en: 'A proposal has at most 10 files. Remove one first, or combine files.',
  },
  'file-too-large': {
    nl: 'Het bestand is te groot: ten hoogste 25 MB. Kies een kleiner bestand of verklein het.',
    en: 'The file is too large: at most 25 MB. Choose a smaller file or reduce it.',
  },
  'file-type-not-allowed': {
    nl: 'Dit bestand is geen PDF-, ODF-, Office- of CSV-bestand (het type wordt aan de inhoud herkend). Kies een ander bestand.',
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
  'upload-completed': {
    nl: 'Dit bestand is al toegevoegd. U vindt het in de lijst van bestanden.',
    en: 'This file was added already. You will find it in the list of files.',
  },
  'document-integrity': {
    nl: 'Dit bestand komt niet meer overeen met zijn vastgelegde controlecode en wordt niet geopend. Neem contact op met het programmabureau.',
    en: 'This file no longer matches its recorded fingerprint and is not opened. Please contact the programme office.',
  },
  'call-closed': {
    nl: 'Deze oproep is gesloten of ingetrokken: de documenten veranderen niet meer. Wat nog moet worden gezegd, gaat in de brieven over het besluit.',
    en: 'This call is closed or cancelled: its documents no longer change. Anything left to say goes in the letters about the decision.',
  },
} satisfies Partial<Record<ProblemType, Text>>;
