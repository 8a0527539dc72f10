import type { CreateChallengeInput } from '#shared/challenges/schemas.ts';
import type { SetEnvelopeInput } from '#shared/funding/envelopes.ts';
import type { GovernmentOrganisation } from '#shared/organisations/registry.ts';
import { config } from '#shared/platform/config.ts';

/**
 * Demo data from the real calls in ../shared/reference/domain.md. OINs use the test prefix
 * 00000099 (they are not the bodies' real OINs). Where domain.md gives no amount, the amounts
 * are illustrative and the description says so.
 */
export const DEMO_ORGANISATIONS = {
  // Their invoice addresses (the postal addresses they publish): the site's drafted invoices use them.
  ezk: {
    oin: config.ezkOin(),
    name: 'Ministerie van Economische Zaken en Klimaat',
    kind: 'ministry',
    invoiceAddress: { street: 'Postbus 20401', postcode: '2500 EK', city: 'Den Haag' },
  },
  zuidHolland: {
    oin: '00000099000000002000',
    name: 'Provincie Zuid-Holland',
    kind: 'province',
    invoiceAddress: { street: 'Postbus 90602', postcode: '2509 LP', city: 'Den Haag' },
  },
  noordHolland: {
    oin: '00000099000000003000',
    name: 'Provincie Noord-Holland',
    kind: 'province',
    invoiceAddress: { street: 'Postbus 3007', postcode: '2001 DA', city: 'Haarlem' },
  },
  rijkswaterstaat: { oin: '00000099000000004000', name: 'Rijkswaterstaat', kind: 'agency' },
  gelderland: {
    oin: '00000099000000005000',
    name: 'Provincie Gelderland',
    kind: 'province',
    invoiceAddress: { street: 'Postbus 9090', postcode: '6800 GX', city: 'Arnhem' },
  },
  ipo: {
    oin: '00000099000000007000',
    name: 'Interprovinciaal Overleg (IPO), namens de provincies',
    kind: 'association',
  },
} satisfies Record<string, GovernmentOrganisation>;

const EURO = 100;
const MLN = 1_000_000 * EURO;

/**
 * Envelopes per programme year. 2018 is the agreement's SBIR row: EZK max € 2,5 mln, the
 * provinces together (through IPO) max € 2,5 mln, total max € 5,0 mln. Other years are
 * illustrative, sized for the demo calls of that year.
 */
type DemoEnvelope = { year: number; holder: GovernmentOrganisation; input: SetEnvelopeInput };

export function demoEnvelopes(currentYear: number): DemoEnvelope[] {
  const { ezk, ipo, zuidHolland, noordHolland, gelderland, rijkswaterstaat } = DEMO_ORGANISATIONS;
  const provinces = [zuidHolland.oin, noordHolland.oin, gelderland.oin];
  return [
    { year: 2014, holder: ezk, input: { caps: [{ instrument: 'sbir', capCents: 2 * MLN }] } },
    { year: 2016, holder: ezk, input: { caps: [{ instrument: 'sbir', capCents: 1 * MLN }] } },
    {
      year: 2016,
      holder: ipo,
      input: { caps: [{ instrument: 'sbir', capCents: 1 * MLN }], members: provinces },
    },
    { year: 2018, holder: ezk, input: { caps: [{ instrument: 'sbir', capCents: 2.5 * MLN }] } },
    {
      year: 2018,
      holder: ipo,
      input: { caps: [{ instrument: 'sbir', capCents: 2.5 * MLN }], members: provinces },
    },
    { year: 2020, holder: rijkswaterstaat, input: { caps: [{ instrument: 'sbir', capCents: 1.5 * MLN }] } },
    // This year's and next year's: the programme office sets next year's before it starts, and a
    // call published in December, or a clock moved past New Year, draws on next year's.
    ...[currentYear, currentYear + 1].flatMap((year): DemoEnvelope[] => [
      {
        year,
        holder: ezk,
        input: {
          caps: [
            // EZK's 2020–2021 co-funding practice: at most € 500.000 per project.
            { instrument: 'sbir', capCents: 2.5 * MLN, maxPerChallengeCents: 500_000 * EURO },
            {
              instrument: 'innovation-partnership',
              capCents: 2.5 * MLN,
              maxPerChallengeCents: 500_000 * EURO,
            },
          ],
        },
      },
      {
        year,
        holder: ipo,
        input: {
          caps: [
            { instrument: 'sbir', capCents: 2.5 * MLN },
            { instrument: 'innovation-partnership', capCents: 2.5 * MLN },
          ],
          members: provinces,
        },
      },
    ]),
  ];
}

export interface DemoCall {
  /** To refer to the call when seeding proposals. */
  key?: 'vaarwegen' | 'binnenvaart';
  buyer: GovernmentOrganisation;
  /** When the buyer drafted and published it; undefined = now. */
  publishedAt?: string;
  publish: boolean;
  input: CreateChallengeInput;
}

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

export function demoCalls(): DemoCall[] {
  const { ezk, zuidHolland, noordHolland, rijkswaterstaat, gelderland } = DEMO_ORGANISATIONS;
  return [
    {
      key: 'vaarwegen',
      buyer: zuidHolland,
      publishedAt: '2018-10-15T08:00:00Z',
      publish: true,
      input: {
        instrument: 'sbir',
        title: { nl: 'SBIR Energietransitie Vaarwegen', en: 'SBIR Energy transition of waterways' },
        description: {
          nl: 'Provincie Zuid-Holland en EZK zoeken samen innovaties die de vaarwegen en het varen emissieloos maken. € 1 mln gezamenlijk; 8 haalbaarheidsstudies, daarna 2 ontwikkelprojecten. Call sloot op 5 december 2018.',
        },
        theme: 'energietransitie-duurzaamheid',
        cpvCodes: ['73000000-2'],
        funders: [
          { oin: ezk.oin, shareBasisPoints: 5000 },
          { oin: zuidHolland.oin, shareBasisPoints: 5000 },
        ],
        phases: [
          {
            number: 1,
            budgetCents: 400_000 * EURO,
            plannedContracts: 8,
            durationMonths: 6,
            submissionDeadline: '2018-12-05T17:00',
          },
          {
            number: 2,
            budgetCents: 600_000 * EURO,
            maxPerContractCents: 300_000 * EURO,
            plannedContracts: 2,
            durationMonths: 18,
            submissionDeadline: '2019-09-02T17:00',
          },
        ],
      },
    },
    {
      buyer: noordHolland,
      publishedAt: '2016-03-01T08:00:00Z',
      publish: true,
      input: {
        instrument: 'sbir',
        title: {
          nl: 'SBIR Geluidsreductie provinciale wegen',
          en: 'SBIR Noise reduction on provincial roads',
        },
        description: {
          nl: 'Noord-Holland, Zuid-Holland en EZK: innovaties tegen geluidshinder langs provinciale wegen. € 520.000, waarvan € 260.000 voor fase 1; twee prototypes in fase 2.',
        },
        theme: 'veilige-samenleving',
        cpvCodes: ['73000000-2', '73120000-9'],
        funders: [
          { oin: ezk.oin, shareBasisPoints: 5000 },
          { oin: noordHolland.oin, shareBasisPoints: 2500 },
          { oin: zuidHolland.oin, shareBasisPoints: 2500 },
        ],
        phases: [
          {
            number: 1,
            budgetCents: 260_000 * EURO,
            plannedContracts: 5,
            durationMonths: 6,
            submissionDeadline: '2016-04-14T17:00',
          },
          {
            number: 2,
            budgetCents: 260_000 * EURO,
            maxPerContractCents: 130_000 * EURO,
            plannedContracts: 2,
            durationMonths: 12,
            submissionDeadline: '2017-02-01T17:00',
          },
        ],
      },
    },
    {
      buyer: ezk,
      publishedAt: '2014-03-03T08:00:00Z',
      publish: true,
      input: {
        instrument: 'sbir',
        title: { nl: 'SBIR Verduurzamen voedselproductie', en: 'SBIR Sustainable food production' },
        description: {
          nl: 'EZ: fase 1 € 700.000 (max € 50.000 per haalbaarheidsstudie), fase 2 € 1,1 mln voor 3 à 4 projecten.',
        },
        theme: 'landbouw-water-voedsel',
        cpvCodes: ['73000000-2'],
        funders: [{ oin: ezk.oin, shareBasisPoints: 10_000 }],
        phases: [
          {
            number: 1,
            budgetCents: 700_000 * EURO,
            plannedContracts: 14,
            durationMonths: 6,
            submissionDeadline: '2014-04-15T17:00',
          },
          {
            number: 2,
            budgetCents: 1_100_000 * EURO,
            maxPerContractCents: 275_000 * EURO,
            plannedContracts: 4,
            durationMonths: 18,
            submissionDeadline: '2015-01-15T17:00',
          },
        ],
      },
    },
    {
      buyer: rijkswaterstaat,
      publishedAt: '2020-01-20T08:00:00Z',
      publish: true,
      input: {
        instrument: 'sbir',
        title: { nl: 'SBIR Circulaire Viaducten', en: 'SBIR Circular viaducts' },
        description: {
          nl: 'Rijkswaterstaat: 32 inschrijvingen, 10 haalbaarheidsstudies, 3 prototypes. (Bedragen in deze demo zijn indicatief.)',
        },
        theme: 'energietransitie-duurzaamheid',
        cpvCodes: ['73000000-2'],
        funders: [{ oin: rijkswaterstaat.oin, shareBasisPoints: 10_000 }],
        phases: [
          {
            number: 1,
            budgetCents: 500_000 * EURO,
            plannedContracts: 10,
            durationMonths: 6,
            submissionDeadline: '2020-03-10T17:00',
          },
          {
            number: 2,
            budgetCents: 900_000 * EURO,
            maxPerContractCents: 300_000 * EURO,
            plannedContracts: 3,
            durationMonths: 18,
            submissionDeadline: '2020-12-01T17:00',
          },
        ],
      },
    },
    {
      key: 'binnenvaart',
      buyer: zuidHolland,
      publish: true,
      input: {
        instrument: 'sbir',
        title: {
          nl: 'SBIR Emissievrije binnenvaart (demo, naar Vaarwegen 2018)',
          en: 'SBIR Zero-emission inland shipping (demo)',
        },
        description: {
          nl: 'Een lopende demo-call naar het model van SBIR Energietransitie Vaarwegen: Zuid-Holland en EZK, 50-50. (Indicatief.)',
        },
        theme: 'energietransitie-duurzaamheid',
        cpvCodes: ['73000000-2'],
        funders: [
          { oin: ezk.oin, shareBasisPoints: 5000 },
          { oin: zuidHolland.oin, shareBasisPoints: 5000 },
        ],
        phases: [
          {
            number: 1,
            budgetCents: 400_000 * EURO,
            plannedContracts: 8,
            durationMonths: 6,
            submissionDeadline: days(45),
          },
          {
            number: 2,
            budgetCents: 600_000 * EURO,
            maxPerContractCents: 300_000 * EURO,
            plannedContracts: 2,
            durationMonths: 18,
            submissionDeadline: days(300),
          },
        ],
      },
    },
    {
      buyer: gelderland,
      publish: true,
      input: {
        instrument: 'innovation-partnership',
        title: {
          nl: 'Innovatiepartnerschap Slimme dijkmonitoring (demo)',
          en: 'Innovation partnership Smart dike monitoring (demo)',
        },
        description: {
          nl: 'Gelderland en EZK zoeken partners om sensoren voor dijkbewaking te ontwikkelen en daarna af te nemen. (Indicatief.)',
        },
        theme: 'veilige-samenleving',
        cpvCodes: ['73000000-2'],
        funders: [
          { oin: ezk.oin, shareBasisPoints: 5000 },
          { oin: gelderland.oin, shareBasisPoints: 5000 },
        ],
        phases: [
          {
            number: 1,
            budgetCents: 300_000 * EURO,
            maxPerContractCents: 100_000 * EURO,
            plannedContracts: 3,
            durationMonths: 9,
            submissionDeadline: days(40),
            criteria: [
              { key: 'quality', weightBasisPoints: 7000 },
              { key: 'price', weightBasisPoints: 3000 },
            ],
          },
          {
            number: 2,
            budgetCents: 700_000 * EURO,
            maxPerContractCents: 350_000 * EURO,
            plannedContracts: 2,
            durationMonths: 18,
            submissionDeadline: days(330),
            criteria: [
              { key: 'quality', weightBasisPoints: 6000 },
              { key: 'price', weightBasisPoints: 4000 },
            ],
          },
        ],
        innovationPartnership: {
          mayEndPartnersAfterPhase: true,
          conditions: 'Na elke fase kan de provincie partners beëindigen die de tussendoelen niet halen.',
          selectionCriteria:
            'Aantoonbare ervaring met elektrische of waterstofaandrijving op binnenvaartschepen, en een team met scheepsbouwkundige kennis.',
          candidatesToInvite: 3,
        },
      },
    },
    {
      buyer: noordHolland,
      publish: false,
      input: {
        instrument: 'sbir',
        title: { nl: 'SBIR Zorg dichtbij huis (concept)' },
        description: {
          nl: 'Concept van Noord-Holland: nog niet gepubliceerd, alleen zichtbaar voor de provincie zelf.',
        },
        theme: 'zorg-gezondheid',
        cpvCodes: ['73000000-2'],
        funders: [{ oin: noordHolland.oin, shareBasisPoints: 10_000 }],
        phases: [
          {
            number: 1,
            budgetCents: 250_000 * EURO,
            plannedContracts: 5,
            durationMonths: 6,
            submissionDeadline: days(90),
          },
        ],
      },
    },
  ];
}

/**
 * Fictional demo companies (KvK numbers 500000xx are made up), with proposals in the closed
 * 2018 Vaarwegen phase 1 — evaluated by a two-person committee, so its ranking is there to
 * see — and in the open phase 1 of the current binnenvaart call.
 */
export const DEMO_COMPANIES = [
  {
    kvk: '50000001',
    name: 'Walstroom Techniek B.V.',
    staff: 8,
    turnoverCents: 120_000_000,
    balanceSheetCents: 60_000_000,
  },
  {
    kvk: '50000002',
    name: 'Blauwe Golf Innovaties B.V.',
    staff: 23,
    turnoverCents: 450_000_000,
    balanceSheetCents: 200_000_000,
  },
  {
    kvk: '50000003',
    name: 'H2 Varen B.V.',
    staff: 4,
    turnoverCents: 30_000_000,
    balanceSheetCents: 15_000_000,
  },
  {
    kvk: '50000004',
    name: 'Deltaship Engineering B.V.',
    staff: 140,
    turnoverCents: 3_100_000_000,
    balanceSheetCents: 2_000_000_000,
  },
  {
    kvk: '50000005',
    name: 'Maritiem Groot N.V.',
    staff: 900,
    turnoverCents: 40_000_000_000,
    balanceSheetCents: 30_000_000_000,
  },
] as const;

export const DEMO_ASSESSORS = [
  {
    oin: DEMO_ORGANISATIONS.zuidHolland.oin,
    assessorId: 'demo-assessor-zh',
    name: 'Assessor Zuid-Holland (demo)',
  },
  { oin: DEMO_ORGANISATIONS.ezk.oin, assessorId: 'demo-assessor-ezk', name: 'Assessor EZK (demo)' },
];

/** The 2018 Vaarwegen phase 1 as the demo plays it: what each company asked and how it was scored. */
export const VAARWEGEN_2018 = {
  /** Per company of DEMO_COMPANIES, in order. */
  amountsCents: [4_950_000, 5_000_000, 4_800_000, 4_990_000, 5_000_000],
  /** Per proposal, per assessor of DEMO_ASSESSORS: impact, technical feasibility, economic prospects. */
  scores: [
    [
      [8, 7, 7],
      [7, 8, 6],
    ],
    [
      [6, 6, 7],
      [7, 6, 6],
    ],
    [
      [9, 8, 6],
      [8, 8, 7],
    ],
    [
      [5, 7, 6],
      [6, 6, 5],
    ],
    [
      [7, 5, 8],
      [7, 6, 8],
    ],
  ] as [number, number, number][][],
  /** The EZK assessor declares a conflict with the fourth proposal. */
  recusal: { assessor: 1, proposal: 3 },
};

export const proposalFor = (name: string, amountCents: number) => ({
  summary: `${name}: een haalbaarheidsstudie naar emissieloos varen op provinciale vaarwegen.`,
  plan: 'Fase 1: inventarisatie van de vloot, ontwerp van de oplossing, businesscase en een plan voor een prototype in fase 2.',
  requestedAmountCents: amountCents,
  durationMonths: 6,
  documents: [],
});

/** An illustrative follow-up outcome. */
export const outcome = (revenue: number, jobs: number, investment: number, launched: boolean) => ({
  followOnRevenueCents: revenue,
  jobsCreated: jobs,
  followOnInvestmentCents: investment,
  marketLaunch: launched,
  launchingCustomer: false,
});
