import type { Instrument } from '#shared/kernel/vocabulary.ts';
import type { Criterion, PhaseNumber } from './model.ts';

/** Default SBIR weights (domain.md): phase 1 40/30/30; phase 2 30/30/40, economic prospects weigh more. */
export const SBIR_DEFAULT_CRITERIA: Record<1 | 2, Criterion[]> = {
  1: [
    { key: 'impact', weightBasisPoints: 4000 },
    { key: 'technical-feasibility', weightBasisPoints: 3000 },
    { key: 'economic-prospects', weightBasisPoints: 3000 },
  ],
  2: [
    { key: 'impact', weightBasisPoints: 3000 },
    { key: 'technical-feasibility', weightBasisPoints: 3000 },
    { key: 'economic-prospects', weightBasisPoints: 4000 },
  ],
};

export function defaultCriteria(instrument: Instrument, phase: PhaseNumber): Criterion[] | undefined {
  return instrument === 'sbir' && phase !== 3 ? SBIR_DEFAULT_CRITERIA[phase] : undefined;
}
