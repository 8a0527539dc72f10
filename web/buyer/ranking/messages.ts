import type { Lang } from '#web/i18n/format.ts';

const nl = {
  chooseOne: 'Kies ten minste één voorstel om te gunnen.',
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
  decisionReasons: 'Motivering voor alle inschrijvers (optioneel)',
  decisionReasonsHint:
    'Komt in de beslissing aan elke inschrijver, naast de scores en de vergelijking met de gegunde voorstellen.',
  decide: 'Beslissing vastleggen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  chooseOne: 'Choose at least one proposal to award.',
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
  decisionReasons: 'Reasons for every bidder (optional)',
  decisionReasonsHint:
    'Goes into the decision to every bidder, beside the scores and the comparison with the awarded proposals.',
  decide: 'Record the decision',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
