import type { Lang } from '#web/i18n/format.ts';

const nl = {
  myTitle: 'Gunningsbeslissingen',
  lodged: 'Uw klacht is ontvangen. De gunning blijft voorlopig tot de opdrachtgever haar heeft beantwoord.',
  letterTitle: 'Gunningsbeslissing',
  to: 'Aan',
  decidedAt: 'Besluit genomen op',
  outcomeHeading: 'Het besluit',
  awardedText: (amount: string, start: string, end: string, definitive: boolean) =>
    definitive
      ? `De opdrachtgever gunt uw voorstel voor ${amount} (incl. btw). De opdracht loopt van ${start} tot en met ${end}.`
      : `De opdrachtgever is van plan uw voorstel te gunnen voor ${amount} (incl. btw). De opdracht loopt van ${start} tot en met ${end}. U krijgt de opdracht pas als de termijn voor klachten voorbij is.`,
  notAwardedText: {
    excluded:
      'Uw inschrijving is ongeldig verklaard of uitgesloten en niet gerangschikt; de reden staat hieronder.',
    'not-selected':
      'Uw bedrijf is niet uitgenodigd om te onderhandelen en daarom niet gerangschikt; de redenen van de selectie staan hieronder.',
    'no-award': 'De opdrachtgever gunt in deze fase aan niemand; de motivering staat hieronder.',
    'passed-over':
      'Uw voorstel wordt niet gegund, hoewel het hoger gerangschikt is dan een gegund voorstel; de opdrachtgever zegt hieronder waarom.',
    'below-threshold': 'Uw voorstel wordt niet gegund: het haalde de minimale score van deze fase niet.',
    'outside-budget':
      'Uw voorstel wordt niet gegund: hoger gerangschikte voorstellen gebruiken het budget van deze fase.',
    'ranked-lower':
      'Uw voorstel wordt niet gegund: de opdrachtgever gunt aan hoger gerangschikte voorstellen.',
  },
  rankText: (rank: number, of: number) => `Uw voorstel is als ${rank}e van ${of} gerangschikt.`,
  withdrawnText: (at: string) => `Dit besluit is op ${at} ingetrokken. Reden:`,
  reasons: 'Motivering van de opdrachtgever',
  yourScores: 'Uw beoordeling',
  yourScoresCaption: (total: string) => `Uw scores per criterium (gewogen totaal ${total})`,
  weight: 'Weging',
  settledByLot:
    'Uw voorstel stond gelijk met een ander voorstel op elk criterium; de loting bij dit besluit bepaalde de volgorde.',
  minimumScore: (score: string) => `Minimale score om gegund te worden: ${score}.`,
  awardedHeading: 'De gegunde voorstellen',
  budgetLine: (budget: string) => `Budget van deze fase: ${budget}.`,
  awardedCaption: 'Gegunde voorstellen met hun rang, totaalscore en bedrag',
  total: 'Totaalscore',
  advantagesCaption: (company: string) => `Relatieve voordelen van ${company} ten opzichte van uw voorstel`,
  theirs: 'Hun score',
  yours: 'Uw score',
  difference: 'Verschil',
  standstillText: (days: number, end: string) =>
    `De opdrachtgever sluit de overeenkomst niet eerder dan na ${days} kalenderdagen (de dag van het besluit niet meegeteld; valt de laatste dag in een weekend of op een feestdag, dan de eerstvolgende werkdag): de termijn loopt tot en met ${end}, 24.00 uur. Tot dan kunt u een klacht indienen bij het klachtenmeldpunt van de opdrachtgever. Zolang een klacht openstaat, blijft de gunning voorlopig.`,
  courtRoute: (end: string) =>
    `Bent u het niet eens met dit besluit, dan kunt u ook een kort geding aanhangig maken bij de voorzieningenrechter. Doe dat vóór het einde van de opschortende termijn, ${end} om 24.00 uur; daarna kan de overeenkomst worden gesloten (Aanbestedingswet 2012, art. 2.127).`,
  exclusionHeading: 'Waarom uw inschrijving niet is gerangschikt',
  exclusionGround: 'Grond',
  explanationAsked: 'Uitleg over de prijs gevraagd op',
  exclusionMotivation: 'Motivering',
  passedOverHeading: 'Waarom een lager gerangschikt voorstel is gekozen',
  lotRevealed: 'Het getal van de loting in deze fase:',
  lotCommitment: 'vooraf gepubliceerde controlecode:',
  rankingVersion: (n: number) =>
    `Dit besluit berust op versie ${n} van de rangschikking: de beoordeling is na een gegronde klacht heropend.`,
  objectHeading: 'Klacht indienen',
  objectIntro: (end: string) => `U kunt tot en met ${end} (24.00 uur) een klacht indienen tegen dit besluit.`,
  grounds: 'Uw klacht en de gronden ervan',
  groundsHint: 'Beschrijf waarom het besluit volgens u onjuist is (minstens 10 tekens).',
  lodge: 'Klacht indienen',
  myIntro:
    'Na elke beslissing in een fase waarin u inschreef, ontvangt u hier de gemotiveerde gunningsbeslissing: uw eigen scores en de rangorde, de scores en voordelen van de gegunde voorstellen, en tot wanneer u een klacht kunt indienen.',
  none: 'Uw bedrijf heeft nog geen gunningsbeslissingen ontvangen.',
  letterFor: (call: string, phase: number) => `brief over ${call}, fase ${phase}`,
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  myTitle: 'Award decisions',
  lodged: 'Your complaint was received. The award stays provisional until the buyer has answered it.',
  letterTitle: 'Award decision',
  to: 'To',
  decidedAt: 'Decided on',
  outcomeHeading: 'The decision',
  awardedText: (amount: string, start: string, end: string, definitive: boolean) =>
    definitive
      ? `The buyer awards your proposal for ${amount} (incl. VAT). The contract runs from ${start} to ${end}.`
      : `The buyer intends to award your proposal for ${amount} (incl. VAT). The contract would run from ${start} to ${end}. You get the contract only once the period for complaints has ended.`,
  notAwardedText: {
    excluded: 'Your tender was declared invalid or excluded and not ranked; the reason is below.',
    'not-selected':
      'Your company was not invited to negotiate, so it was not ranked; the reasons of the selection are below.',
    'no-award': 'The buyer awards nobody in this phase; its reasons are below.',
    'passed-over':
      'Your proposal is not awarded, although it ranked higher than an awarded one; the buyer says why below.',
    'below-threshold': 'Your proposal is not awarded: it did not reach the minimum score of this phase.',
    'outside-budget': 'Your proposal is not awarded: higher-ranked proposals use the budget of this phase.',
    'ranked-lower': 'Your proposal is not awarded: the buyer awards higher-ranked proposals.',
  },
  rankText: (rank: number, of: number) => `Your proposal ranked ${rank} of ${of}.`,
  withdrawnText: (at: string) => `This decision was withdrawn on ${at}. Reason:`,
  reasons: "The buyer's reasons",
  yourScores: 'Your evaluation',
  yourScoresCaption: (total: string) => `Your scores per criterion (weighted total ${total})`,
  weight: 'Weight',
  settledByLot:
    'Your proposal was equal to another on every criterion; the lot drawn in this decision set the order.',
  minimumScore: (score: string) => `Minimum score to be awarded: ${score}.`,
  awardedHeading: 'The awarded proposals',
  budgetLine: (budget: string) => `Budget of this phase: ${budget}.`,
  awardedCaption: 'Awarded proposals with their rank, total score and amount',
  total: 'Total score',
  advantagesCaption: (company: string) => `Relative advantages of ${company} over your proposal`,
  theirs: 'Their score',
  yours: 'Your score',
  difference: 'Difference',
  standstillText: (days: number, end: string) =>
    `The buyer concludes the contract no earlier than after ${days} calendar days (the day of the decision not counted; a last day on a weekend or public holiday moves to the next working day): the period runs up to and including ${end}, 24:00. Until then you may lodge a complaint with the buyer's complaints desk. While a complaint is open, the award stays provisional.`,
  courtRoute: (end: string) =>
    `If you disagree with this decision, you may also start summary proceedings (kort geding) before the court. Do so before the standstill ends, ${end} at 24:00; after it the contract may be concluded (Public Procurement Act 2012, art. 2.127).`,
  exclusionHeading: 'Why your tender was not ranked',
  exclusionGround: 'Ground',
  explanationAsked: 'Explanation of the price asked on',
  exclusionMotivation: 'Reasons',
  passedOverHeading: 'Why a lower-ranked proposal was chosen',
  lotRevealed: 'The number of the lot in this phase:',
  lotCommitment: 'SHA-256 published beforehand:',
  rankingVersion: (n: number) =>
    `This decision rests on version ${n} of the ranking: the evaluation was reopened after an upheld complaint.`,
  objectHeading: 'Lodge a complaint',
  objectIntro: (end: string) =>
    `You may lodge a complaint against this decision up to and including ${end} (24:00).`,
  grounds: 'Your complaint and its grounds',
  groundsHint: 'Describe why you think the decision is wrong (at least 10 characters).',
  lodge: 'Lodge complaint',
  myIntro:
    'After each decision in a phase you bid in, you receive the reasoned award decision here: your own scores and rank, the scores and advantages of the awarded proposals, and until when you may lodge a complaint.',
  none: 'Your company has not received any award decisions yet.',
  letterFor: (call: string, phase: number) => `letter on ${call}, phase ${phase}`,
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
