import type { Lang } from '#web/i18n/format.ts';

const nl = {
  chooseOne: 'Kies ten minste één voorstel om te gunnen, of kies hieronder om niets te gunnen.',
  eitherOr: 'U kiest voorstellen om te gunnen én om niets te gunnen. Kies één van beide.',
  passOverRequired:
    'U gunt een lager gerangschikt voorstel. Schrijf hier waarom u dit voorstel overslaat (minstens 20 tekens); dat staat in de brief aan deze inschrijver.',
  reasonsRequired:
    'Niet elke inschrijver krijgt de opdracht: schrijf de motivering die in de brief aan elke inschrijver komt (minstens 10 tekens).',
  lowPrice: 'Prijs lijkt abnormaal laag',
  lowPriceAsked: 'Uitleg over de prijs gevraagd op',
  lowPriceJudgement: 'Uw oordeel over de uitleg',
  lowPriceHint:
    'De prijs ligt meer dan 30% onder het gemiddelde van de andere inschrijvingen. Gun pas nadat u om uitleg vroeg en die beoordeelde; anders sluit u de inschrijving uit.',
  lowPriceRequired:
    'Deze prijs lijkt abnormaal laag. Vul in wanneer u om uitleg vroeg en hoe u die beoordeelt (minstens 20 tekens), of sluit de inschrijving uit.',
  passOver: 'Waarom niet gegund (alleen als u een lager gerangschikt voorstel gunt)',
  passOverHint: 'Deze reden staat in de brief aan deze inschrijver.',
  noAward: 'Niets gunnen in deze fase',
  noAwardHint:
    'Alleen met een motivering. Het budget van de fase gaat terug naar de financiers zodra de beslissing onherroepelijk is.',
  noAwardNo: 'Nee, ik gun de gekozen voorstellen',
  noAwardGround: (ground: string) => `Ja: ${ground}`,
  noAwardGrounds: {
    'all-unsuitable': 'geen voorstel is geschikt',
    'over-budget': 'het budget is niet toereikend',
    'need-lapsed': 'de behoefte is vervallen',
    other: 'een andere reden (zie de motivering)',
  },
  excluded: (n: number) =>
    n === 1
      ? '1 inschrijving is ongeldig of uitgesloten en niet gerangschikt.'
      : `${n} inschrijvingen zijn ongeldig of uitgesloten en niet gerangschikt.`,
  exclusionsLink: 'Inschrijvingen ongeldig verklaren of uitsluiten',
  rankingNotYet: 'De rangschikking is er zodra elke beoordelaar klaar is.',
  rank: 'Rang',
  totalScore: 'Score',
  cumulative: 'Opgeteld',
  withinBudget: 'Past binnen het budget',
  overBudget: 'Boven de budgetlijn',
  threshold: 'Minimumscore gehaald',
  tie: {
    'lot-at-decision': 'gelijk op alle criteria: loting bij de gunningsbeslissing',
    'settled-by-lot': 'gelijk op alle criteria: volgorde door loting',
  },
  budgetLine: (budget: string) => `Budgetlijn: ${budget}`,
  decisionTitle: 'Gunningsbeslissing',
  decisionIntro:
    'Kies de voorstellen die u gunt, met bedrag en looptijd. Het bedrag wordt exact over de financiers verdeeld. Een tweede keer versturen geeft geen tweede beslissing.',
  award: (company: string) => `Gunnen aan ${company}`,
  decisionReasons: 'Motivering voor alle inschrijvers',
  decisionReasonsHint:
    'Verplicht als een inschrijver niet gegund wordt. Komt in de beslissing aan elke inschrijver, naast de scores en de vergelijking met de gegunde voorstellen.',
  decide: 'Beslissing vastleggen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  chooseOne: 'Choose at least one proposal to award, or choose below to award nothing.',
  eitherOr: 'You chose proposals to award and to award nothing. Choose one of the two.',
  passOverRequired:
    'You award a lower-ranked proposal. Write here why you pass over this proposal (at least 20 characters); it goes into the letter to this bidder.',
  reasonsRequired:
    'Not every bidder is awarded: write the reasons that go into the letter to every bidder (at least 10 characters).',
  lowPrice: 'Price looks abnormally low',
  lowPriceAsked: 'Explanation of the price asked on',
  lowPriceJudgement: 'Your judgement of the explanation',
  lowPriceHint:
    'The price lies more than 30% below the mean of the other tenders. Award it only after you asked for an explanation and judged it; otherwise exclude the tender.',
  lowPriceRequired:
    'This price looks abnormally low. Fill in when you asked for an explanation and how you judge it (at least 20 characters), or exclude the tender.',
  passOver: 'Why not awarded (only when you award a lower-ranked proposal)',
  passOverHint: 'This reason goes into the letter to this bidder.',
  noAward: 'Award nothing in this phase',
  noAwardHint: 'Only with reasons. The phase budget goes back to the funders once the decision stands.',
  noAwardNo: 'No, I award the chosen proposals',
  noAwardGround: (ground: string) => `Yes: ${ground}`,
  noAwardGrounds: {
    'all-unsuitable': 'no proposal is suitable',
    'over-budget': 'the budget does not suffice',
    'need-lapsed': 'the need has lapsed',
    other: 'another reason (see the reasons)',
  },
  excluded: (n: number) =>
    n === 1
      ? '1 tender is invalid or excluded and not ranked.'
      : `${n} tenders are invalid or excluded and not ranked.`,
  exclusionsLink: 'Declare tenders invalid or exclude them',
  rankingNotYet: 'The ranking is there once every assessor has finished.',
  rank: 'Rank',
  totalScore: 'Score',
  cumulative: 'Cumulative',
  withinBudget: 'Fits the budget',
  overBudget: 'Above the budget line',
  threshold: 'Minimum score reached',
  tie: {
    'lot-at-decision': 'equal on every criterion: lots are drawn at the award decision',
    'settled-by-lot': 'equal on every criterion: order drawn by lot',
  },
  budgetLine: (budget: string) => `Budget line: ${budget}`,
  decisionTitle: 'Award decision',
  decisionIntro:
    'Choose the proposals you award, with amount and period. The amount is split exactly over the funders. Sending it twice gives no second decision.',
  award: (company: string) => `Award to ${company}`,
  decisionReasons: 'Reasons for every bidder',
  decisionReasonsHint:
    'Required when a bidder is not awarded. Goes into the decision to every bidder, beside the scores and the comparison with the awarded proposals.',
  decide: 'Record the decision',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
