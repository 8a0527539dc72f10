import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Ongeldige en uitgesloten inschrijvingen',
  intro:
    'Na de sluitingstermijn en vóór de gunningsbeslissing kunt u een inschrijving ongeldig verklaren of uitsluiten. Zij verdwijnt dan uit de rangschikking (en uit de prijsberekening); de inschrijver leest de grond en uw motivering in de gunningsbeslissing. Tot de beslissing kunt u dit terugdraaien.',
  frozen:
    'Voor deze fase is een gunningsbeslissing genomen: de rangschikking ligt vast en er kan niets meer worden uitgesloten.',
  excludedCaption: 'Inschrijvingen die niet worden gerangschikt',
  none: 'Er is geen inschrijving uitgesloten.',
  company: 'Bedrijf',
  ground: 'Grond',
  motivation: 'Motivering',
  reinstate: (company: string) => `Terugdraaien voor ${company}`,
  reinstateButton: 'Terugdraaien',
  formTitle: 'Een inschrijving uitsluiten',
  proposal: 'Inschrijving',
  choose: 'Kies een inschrijving',
  chooseError: 'Kies de inschrijving die u ongeldig verklaart of uitsluit.',
  groundError: 'Kies de grond waarop u de inschrijving uitsluit.',
  askedError:
    'Vul de dag in waarop u de inschrijver om uitleg over de prijs vroeg; zonder die uitleg wijst u een abnormaal lage inschrijving niet af.',
  chooseGround: 'Kies een grond',
  motivationHint:
    'Schrijf voor de inschrijver: wat ontbreekt of niet voldoet, en waaraan u dat toetste (minstens 20 tekens).',
  asked: 'Uitleg over de prijs gevraagd op',
  askedHint:
    'Alleen bij een abnormaal lage inschrijving: die wijst u pas af nadat u de inschrijver om uitleg vroeg en die beoordeelde.',
  exclude: 'Uitsluiten',
  back: 'Terug naar de rangschikking',
  done: 'De inschrijving is uitgesloten en staat niet meer in de rangschikking.',
  undone: 'De uitsluiting is teruggedraaid; de inschrijving wordt weer gerangschikt.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Invalid and excluded tenders',
  intro:
    'After the deadline and before the award decision you may declare a tender invalid or exclude it. It then leaves the ranking (and the price calculation); the bidder reads the ground and your reasons in the award decision. Until the decision you can take it back.',
  frozen: 'This phase has an award decision: its ranking is final and nothing can be excluded any more.',
  excludedCaption: 'Tenders that are not ranked',
  none: 'No tender has been excluded.',
  company: 'Company',
  ground: 'Ground',
  motivation: 'Reasons',
  reinstate: (company: string) => `Take back for ${company}`,
  reinstateButton: 'Take back',
  formTitle: 'Exclude a tender',
  proposal: 'Tender',
  choose: 'Choose a tender',
  chooseError: 'Choose the tender you declare invalid or exclude.',
  groundError: 'Choose the ground on which you exclude the tender.',
  askedError:
    'Fill in the day you asked the bidder to explain its price; without that explanation you do not reject an abnormally low tender.',
  chooseGround: 'Choose a ground',
  motivationHint:
    'Write for the bidder: what is missing or does not comply, and what you checked it against (at least 20 characters).',
  asked: 'Explanation of the price asked on',
  askedHint:
    'Only for an abnormally low tender: reject it only after you asked the bidder to explain and judged the explanation.',
  exclude: 'Exclude',
  back: 'Back to the ranking',
  done: 'The tender was excluded and is no longer in the ranking.',
  undone: 'The exclusion was taken back; the tender is ranked again.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
