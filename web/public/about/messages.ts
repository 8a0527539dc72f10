import type { Lang } from '#web/i18n/format.ts';
import { COLOPHON } from '#web/kit/colophon.ts';

const nl = {
  aboutTitle: 'Over deze website',
  aboutIntro:
    'Op innovatiemarkt kopen ministeries, provincies en andere overheden innovatie in bij het mkb, met SBIR-oproepen en innovatiepartnerschappen.',
  owner: 'Eigenaar',
  ownerValue: COLOPHON.owner as string,
  managedBy: 'Beheer',
  managedByValue: 'Het programmabureau innovatiemarkt, namens de deelnemende ministeries en provincies',
  contact: 'Contact',
  postal: 'Postadres',
  contactNote:
    'Vragen over een oproep stelt u op de pagina van die oproep: dan leest iedere inschrijver het antwoord. Voor vragen over uw account, de website of een storing mailt u het programmabureau. Wij antwoorden binnen vijf werkdagen.',
  privacyTitle: 'Privacy',
  privacy: [
    'Wij gebruiken uw gegevens alleen om de aanbesteding uit te voeren: uw naam en e-mailadres om u in te laten loggen en berichten te sturen, en de gegevens van uw bedrijf en uw voorstel om het te beoordelen en het besluit vast te leggen. De grondslag is de uitvoering van een taak van algemeen belang (AVG, artikel 6 lid 1 onder e) en de Aanbestedingswet 2012.',
    'Wie uw voorstel ziet: de opdrachtgever en de beoordelingscommissie van die oproep, pas na de sluitingsdatum. Andere bedrijven zien het nooit. Openbaar worden alleen de gunningen (naam van het bedrijf en bedrag), zoals de wet vraagt.',
    'Hoe lang wij gegevens bewaren: stukken van een aanbesteding zeven jaar na het einde van de opdracht, zoals de Archiefwet vraagt. Uw account verwijderen wij als u erom vraagt en geen procedure meer loopt.',
    `U mag uw gegevens inzien, laten verbeteren of laten verwijderen. Mail daarvoor naar ${COLOPHON.privacyEmail}. Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.`,
  ],
  cookiesTitle: 'Cookies',
  cookies: [
    'Deze website plaatst alleen cookies die nodig zijn om hem te laten werken: één om u ingelogd te houden en uw formulieren te beschermen, en één die onthoudt welke taal u kiest. Ze verdwijnen als u uitlogt of na een jaar (de taal).',
    'Wij plaatsen geen cookies om u te volgen of om statistieken te maken, en delen niets met anderen. Daarom vragen wij u niet om toestemming.',
  ],
  accessibilityTitle: 'Toegankelijkheid',
  accessibilityLink: 'Lees de toegankelijkheidsverklaring',
  glossaryLink: 'Lees wat de woorden op deze website betekenen',
  glossaryTitle: 'Begrippen',
  glossaryIntro:
    'Sommige woorden op deze website komen uit de wet of uit het inkopen. Wij gebruiken ze omdat u ze ook in de stukken tegenkomt. Hier staat wat ze betekenen.',
  terms: [
    [
      'Opdrachtgever',
      'De overheid die de oproep doet en de opdracht geeft. In de wet heet dat de aanbestedende dienst.',
    ],
    [
      'Medefinancier',
      'Een andere overheid die een deel van de oproep betaalt. Bij een gezamenlijke SBIR-oproep betaalt het ministerie van EZK de helft.',
    ],
    [
      'Jaarbudget',
      'Het bedrag dat een financier in een jaar voor oproepen heeft. Bij publicatie wordt het deel van een oproep daarin gereserveerd.',
    ],
    [
      'SBIR',
      'Small Business Innovation Research: een oproep in fasen. Fase 1 onderzoekt of een idee haalbaar is, fase 2 maakt een prototype.',
    ],
    [
      'Innovatiepartnerschap',
      'Een aanbestedingsprocedure waarin de overheid met een of meer bedrijven iets nieuws ontwikkelt en het daarna koopt.',
    ],
    [
      'Nota van inlichtingen',
      'Het document met alle vragen over een oproep en de antwoorden. Iedere inschrijver leest hetzelfde.',
    ],
    ['Rectificatie', 'Een verbetering van een gepubliceerde oproep, bijvoorbeeld een latere sluitingsdatum.'],
    ['Gunningsbeslissing', 'Het besluit aan wie de opdrachtgever de opdracht geeft, met de redenen.'],
    [
      'Opschortende termijn',
      'De periode na de gunningsbeslissing waarin u een klacht kunt indienen of naar de rechter kunt gaan. Pas daarna wordt de opdracht verleend.',
    ],
    [
      'Kort geding',
      'Een snelle procedure bij de rechter. U kunt die beginnen als u het niet eens bent met een gunningsbeslissing.',
    ],
    [
      'CPV-code',
      'Een Europese code voor wat er wordt ingekocht, bijvoorbeeld 73000000-2 voor onderzoek en ontwikkeling.',
    ],
    [
      'OIN',
      'Het nummer waarmee een overheidsorganisatie zich digitaal identificeert (Organisatie-identificatienummer).',
    ],
    [
      'KvK-nummer, EUID',
      'Het nummer van een bedrijf in het Handelsregister; voor een bedrijf buiten Nederland het Europese ondernemings-id.',
    ],
    [
      'eHerkenning',
      'Het inlogmiddel waarmee u namens uw bedrijf inlogt bij de overheid. Voor het indienen van een voorstel is niveau EH3 nodig.',
    ],
    [
      'Controlecode',
      'Een code die uit een bestand wordt berekend (SHA-256). Verandert het bestand, dan verandert de code: zo is te zien dat een stuk niet is gewijzigd.',
    ],
    [
      'Logboek van de procedure',
      'Alles wat er in een oproep gebeurde, met wie en wanneer. Elke regel is aan de vorige gekoppeld, zodat wijzigen of weghalen opvalt.',
    ],
    [
      'Open data (OCDS)',
      'De gegevens van oproepen en gunningen in de internationale standaard Open Contracting Data Standard, vrij te gebruiken.',
    ],
    [
      'Vervolgmonitoring',
      'Na een afgeronde opdracht vragen wij één, twee en drie jaar later wat uw bedrijf met het resultaat deed.',
    ],
  ] as [string, string][],
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  aboutTitle: 'About this website',
  aboutIntro:
    'On innovatiemarkt ministries, provinces and other public bodies buy innovation from small and medium-sized enterprises, through SBIR calls and innovation partnerships.',
  owner: 'Owner',
  ownerValue: COLOPHON.ownerEn,
  managedBy: 'Managed by',
  managedByValue:
    'The innovatiemarkt programme office, on behalf of the participating ministries and provinces',
  contact: 'Contact',
  postal: 'Postal address',
  contactNote:
    'Ask questions about a call on that call’s page: then every bidder reads the answer. For questions about your account, the website or a fault, e-mail the programme office. We answer within five working days.',
  privacyTitle: 'Privacy',
  privacy: [
    'We use your data only to run the procurement: your name and e-mail address to sign you in and send you messages, and your company’s data and proposal to assess it and record the decision. The legal basis is the performance of a task in the public interest (GDPR, article 6(1)(e)) and the Dutch Public Procurement Act 2012.',
    'Who sees your proposal: the buyer and the assessment committee of that call, only after the closing date. Other companies never do. Only the awards (the company’s name and the amount) become public, as the law requires.',
    'How long we keep data: procurement records seven years after the end of the contract, as the Dutch Public Records Act requires. We delete your account when you ask and no procedure is running.',
    `You may see, correct or have deleted your data. E-mail ${COLOPHON.privacyEmail}. If you disagree with how we handle your data, you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).`,
  ],
  cookiesTitle: 'Cookies',
  cookies: [
    'This website sets only the cookies it needs to work: one that keeps you signed in and protects your forms, and one that remembers the language you chose. They go when you sign out, or after a year (the language).',
    'We set no cookies to track you or to make statistics, and share nothing with others. That is why we do not ask for your consent.',
  ],
  accessibilityTitle: 'Accessibility',
  accessibilityLink: 'Read the accessibility statement',
  glossaryLink: 'Read what the words on this website mean',
  glossaryTitle: 'Glossary',
  glossaryIntro:
    'Some words on this website come from the law or from procurement. We use them because you meet them in the documents too. This is what they mean.',
  terms: [
    [
      'Buyer',
      'The public body that makes the call and gives the contract. In the law: the contracting authority.',
    ],
    [
      'Co-funder',
      'Another public body that pays part of the call. In a joint SBIR call the Ministry of Economic Affairs pays half.',
    ],
    [
      'Annual budget',
      'What a funder has for calls in a year. On publication a call’s part is reserved in it.',
    ],
    [
      'SBIR',
      'Small Business Innovation Research: a call in phases. Phase 1 studies whether an idea is feasible, phase 2 builds a prototype.',
    ],
    [
      'Innovation partnership',
      'A procedure in which a public body develops something new with one or more companies and then buys it.',
    ],
    [
      'Nota van inlichtingen',
      'The document with every question about a call and its answer. Every bidder reads the same.',
    ],
    ['Correction', 'An improvement of a published call, for example a later closing date.'],
    ['Award decision', 'The decision whom the buyer gives the contract, with its reasons.'],
    [
      'Standstill period',
      'The period after the award decision in which you can complain or go to court. Only then is the contract concluded.',
    ],
    [
      'Summary proceedings (kort geding)',
      'A fast procedure in court. You can start it if you disagree with an award decision.',
    ],
    ['CPV code', 'A European code for what is bought, for example 73000000-2 for research and development.'],
    [
      'OIN',
      'The number a Dutch public body identifies itself with online (Organisatie-identificatienummer).',
    ],
    [
      'KvK number, EUID',
      'A company’s number in the Dutch trade register; for a company outside the Netherlands, the European Unique Identifier.',
    ],
    [
      'eHerkenning',
      'The means to sign in to the government on behalf of your company. Submitting a proposal needs level EH3.',
    ],
    [
      'Check code',
      'A code computed from a file (SHA-256). When the file changes, so does the code: that shows a document was not changed.',
    ],
    [
      'Procedure log',
      'Everything that happened in a call, by whom and when. Each line is linked to the one before, so a change or removal shows.',
    ],
    [
      'Open data (OCDS)',
      'The data of calls and awards in the international Open Contracting Data Standard, free to use.',
    ],
    [
      'Follow-up monitoring',
      'After a completed contract we ask one, two and three years later what your company did with the result.',
    ],
  ],
};

/** The texts of these pages, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
