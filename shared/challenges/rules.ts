import type { FieldError } from '#shared/platform/errors.ts';
import { unprocessable } from '#shared/platform/errors.ts';
import type { CreateChallengeInput } from './schemas.ts';
import { RD_CPV_CODES } from './vocabulary.ts';

/** SBIR practice (RVO): phase 1 feasibility up to € 50.000 incl. VAT, phase 2 R&D up to € 450.000. */
export const SBIR_DEFAULT_MAX_PER_CONTRACT_CENTS: Record<number, number> = { 1: 5_000_000, 2: 45_000_000 };

/**
 * Rules a challenge must keep beyond its shape. Returns every broken rule at once, so a buyer
 * fixes a draft in one go.
 */
export function challengeRuleViolations(input: CreateChallengeInput): FieldError[] {
  const errors: FieldError[] = [];
  const numbers = input.phases.map((p) => p.number);
  numbers.forEach((n, i) => {
    if (n !== i + 1)
      errors.push({ field: `body.phases.${i}.number`, message: 'phases are numbered 1, 2, 3 in order' });
  });
  if (input.instrument === 'sbir') {
    input.phases.forEach((p, i) => {
      if (p.number === 3) {
        errors.push({
          field: `body.phases.${i}.number`,
          message: 'SBIR money covers phases 1 and 2; phase 3 (commercialisation) is a separate purchase',
        });
      }
    });
    input.cpvCodes.forEach((code, i) => {
      if (!RD_CPV_CODES[code]) {
        errors.push({
          field: `body.cpvCodes.${i}`,
          message: `SBIR buys R&D services: use a code of the R&D exception (${Object.keys(RD_CPV_CODES).join(', ')})`,
        });
      }
    });
  }
  input.phases.forEach((p, i) => {
    const max = maxPerContract(input.instrument, p);
    if (max !== undefined && max > p.budgetCents) {
      errors.push({
        field: `body.phases.${i}.maxPerContractCents`,
        message: 'the maximum per contract exceeds the phase budget',
      });
    }
    if (max === undefined) {
      errors.push({
        field: `body.phases.${i}.maxPerContractCents`,
        message: 'give the maximum per contract for this phase',
      });
    }
    const previous = input.phases[i - 1];
    if (previous && p.submissionDeadline <= previous.submissionDeadline) {
      errors.push({
        field: `body.phases.${i}.submissionDeadline`,
        message: 'a phase closes after the phase before it',
      });
    }
  });
  return errors;
}

export function maxPerContract(
  instrument: CreateChallengeInput['instrument'],
  phase: CreateChallengeInput['phases'][number],
) {
  return (
    phase.maxPerContractCents ??
    (instrument === 'sbir' ? SBIR_DEFAULT_MAX_PER_CONTRACT_CENTS[phase.number] : undefined)
  );
}

export function assertChallengeRules(input: CreateChallengeInput): void {
  const errors = challengeRuleViolations(input);
  if (errors.length > 0) {
    throw unprocessable('challenge-rules', 'The challenge breaks the rules of its instrument.', { errors });
  }
}
