import type { Lang } from '#web/i18n/format.ts';

const nl = {
  phase1Contracts: 'Opdrachten fase 1',
  phase2Contracts: 'Opdrachten fase 2',
  funnelTitle: 'Van voorstel naar opdracht',
  funnelDesc:
    'Trechter: voorstellen, opdrachten in fase 1 en opdrachten in fase 2; dezelfde cijfers staan in de tabel.',
  successRate: 'Slagingskans',
  smeShare: 'Aandeel mkb',
  transitionRate: (rate: string) => `Doorstroom van fase 1 naar fase 2: ${rate}`,
  byTheme: 'Per thema',
  transition: 'Doorstroom fase 1 → 2',
  reportHeading: 'Gunningsbeslissingen en klachten per oproep',
  reportNone: 'In dit programmajaar is nog geen gunningsbeslissing genomen.',
  reportDecisions: 'Besluiten',
  reportInStandstill: 'In opschortende termijn',
  reportWithdrawn: 'Ingetrokken',
  reportLodged: 'Klachten',
  reportUpheld: 'Gegrond',
  reportOpen: 'In behandeling',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  phase1Contracts: 'Phase-1 contracts',
  phase2Contracts: 'Phase-2 contracts',
  funnelTitle: 'From proposal to contract',
  funnelDesc:
    'Funnel: proposals, phase-1 contracts and phase-2 contracts; the same figures are in the table.',
  successRate: 'Success rate',
  smeShare: 'SME share',
  transitionRate: (rate: string) => `Transition from phase 1 to phase 2: ${rate}`,
  byTheme: 'By theme',
  transition: 'Phase 1 → 2 transition',
  reportHeading: 'Award decisions and complaints per call',
  reportNone: 'No award decision has been taken in this programme year yet.',
  reportDecisions: 'Decisions',
  reportInStandstill: 'In standstill',
  reportWithdrawn: 'Withdrawn',
  reportLodged: 'Complaints',
  reportUpheld: 'Upheld',
  reportOpen: 'Open',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
