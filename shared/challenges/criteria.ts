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

/**
 * Price is never scored by assessors: it is scored by the formula the call announces, on the
 * tendered price (the amount asked, incl. VAT) — the lowest price scores 10, another scores
 * lowest ÷ price × 10. Quality is the committee's. Only an innovation partnership weighs price.
 */
export const PRICE_FORMULA = {
  nl: 'Prijs wordt niet door de commissie beoordeeld maar berekend: prijsscore = laagste inschrijfprijs ÷ inschrijfprijs × 10 (inschrijfprijs = het gevraagde bedrag incl. btw; de laagste prijs scoort 10).',
  en: 'Price is not scored by the committee but calculated: price score = lowest tendered price ÷ tendered price × 10 (tendered price = the amount asked incl. VAT; the lowest price scores 10).',
};

/** The criteria the committee scores: every criterion of the phase but price (see PRICE_FORMULA). */
export const committeeCriteria = <C extends Pick<Criterion, 'key'>>(criteria: readonly C[]): C[] =>
  criteria.filter((c) => c.key !== 'price');

/** A tendered price's score by the announced formula, among the phase's tendered prices (exact, 0–10). */
export const priceScore = (priceCents: number, lowestCents: number): number =>
  (lowestCents / priceCents) * 10;
