import { type CriterionKey, RD_CPV_CODES, SBIR_CRITERIA } from '#shared/kernel/vocabulary.ts';
import { endOfPeriodInDays, lastDayOfPeriod, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import type { FieldError } from '#shared/platform/errors.ts';
import { unprocessable } from '#shared/platform/errors.ts';
import { defaultCriteria } from './criteria.ts';
import type { Challenge } from './model.ts';
import type { CreateChallengeInput } from './schemas.ts';

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
        rule: 'max-over-budget',
      });
    }
    if (max === undefined) {
      errors.push({
        field: `body.phases.${i}.maxPerContractCents`,
        message: 'give the maximum per contract for this phase',
      });
    }
    const criteria = p.criteria ?? defaultCriteria(input.instrument, p.number);
    const field = `body.phases.${i}.criteria`;
    if (!criteria)
      errors.push({ field, message: 'give the award criteria and their weights for this phase' });
    else errors.push(...criteriaViolations(input.instrument, criteria, field));
    const previous = input.phases[i - 1];
    if (previous && p.submissionDeadline <= previous.submissionDeadline) {
      errors.push({
        field: `body.phases.${i}.submissionDeadline`,
        message: 'a phase closes after the phase before it',
        rule: 'after-previous-phase',
        values: { phase: p.number, previous: previous.number },
      });
    }
  });
  // Without an announced reduction every partner that met its targets continues (see decideAwards):
  // a minimum score for a later phase could only drop one.
  if (
    input.instrument === 'innovation-partnership' &&
    input.innovationPartnership?.mayEndPartnersAfterPhase === false
  ) {
    input.phases.forEach((p, i) => {
      if (i > 0 && p.minimumScore !== undefined)
        errors.push({
          field: `body.phases.${i}.minimumScore`,
          message:
            'this partnership continues every partner that met its targets after a phase: a later phase has no minimum score',
        });
    });
  }
  input.phases.forEach((p, i) => {
    if (!p.questionDeadline) return;
    const field = `body.phases.${i}.questionDeadline`;
    const previous = input.phases[i - 1];
    if (!previous)
      errors.push({ field, message: "phase 1's questions close at the call's questionDeadline" });
    else if (p.questionDeadline <= previous.submissionDeadline)
      errors.push({ field, message: 'questions for a phase open when the phase before it has closed' });
    else if (p.questionDeadline > p.submissionDeadline)
      errors.push({ field, message: 'questions close before the phase does' });
  });
  if (input.questionDeadline && input.questionDeadline > input.phases[0]!.submissionDeadline) {
    errors.push({
      field: 'body.questionDeadline',
      message: 'questions close before phase 1 does',
      rule: 'questions-before-phase-1',
    });
  }
  if (
    input.instrument === 'innovation-partnership' &&
    input.standstillDays !== undefined &&
    input.standstillDays < MIN_STANDSTILL_DAYS
  ) {
    errors.push({
      field: 'body.standstillDays',
      message: `an innovation partnership waits at least ${MIN_STANDSTILL_DAYS} days between the award decision and the contract (Aw 2012 art. 2.127)`,
    });
  }
  if (input.instrument === 'sbir' && input.innovationPartnership) {
    errors.push({
      field: 'body.innovationPartnership',
      message: 'partnership terms belong to an innovation partnership, not an SBIR call',
    });
  }
  return errors;
}

/** The rules a phase's award criteria keep: weights to 100%, each once, what the instrument scores. */
export function criteriaViolations(
  instrument: CreateChallengeInput['instrument'],
  criteria: readonly { key: CriterionKey; weightBasisPoints: number }[],
  field: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const total = criteria.reduce((sum, c) => sum + c.weightBasisPoints, 0);
  if (total !== 10_000)
    errors.push({
      field,
      message: `criterion weights add up to ${total / 100}%; they must add up to 100%`,
      rule: 'weights-total',
      values: { totalBasisPoints: total },
    });
  if (new Set(criteria.map((c) => c.key)).size !== criteria.length)
    errors.push({ field, message: 'each criterion once', rule: 'criterion-once' });
  if (instrument === 'sbir' && criteria.some((c) => !SBIR_CRITERIA.includes(c.key)))
    errors.push({
      field,
      message: `an SBIR committee scores ${SBIR_CRITERIA.join(', ')}`,
      rule: 'sbir-criteria',
    });
  if (
    instrument === 'innovation-partnership' &&
    (!criteria.some((c) => c.key === 'price') || criteria.every((c) => c.key === 'price'))
  )
    errors.push({
      field,
      message: 'an innovation partnership awards on best price-quality ratio only: weigh price and quality',
      rule: 'partnership-price-quality',
    });
  return errors;
}

/**
 * How long bidders get after a significant change (requirements, criteria, budget, consortium
 * rule) before the changed phase may close. SBIR: six days, as for additional information
 * (Directive 2014/24 art. 47(3)); an innovation partnership's request stage: its whole minimum of
 * 30 days again (art. 31(1)), since a changed call may bring candidates who did not apply before.
 */
export const SIGNIFICANT_CHANGE_DAYS = 6;
export function significantChangeDays(challenge: Pick<Challenge, 'instrument'>, phase: number): number {
  return challenge.instrument === 'innovation-partnership' && phase === 1
    ? PARTNERSHIP_MIN_REQUEST_DAYS
    : SIGNIFICANT_CHANGE_DAYS;
}

/**
 * The phases a significant change leaves too little time, counted as every period is (to 24:00 of
 * the last working day): each with the earliest closing it needs.
 */
export function tooSoonAfterSignificantChange(
  challenge: Pick<Challenge, 'instrument' | 'phases'>,
  phases: readonly number[],
  now: string,
  /** Deadlines as they will be (a correction may move them in the same go). */
  deadlineOf: (phase: number) => string,
): { phase: number; needed: string; days: number }[] {
  return challenge.phases
    .filter((p) => phases.includes(p.number) && p.submissionDeadline > now)
    .map((p) => {
      const days = significantChangeDays(challenge, p.number);
      return { phase: p.number, needed: endOfPeriodInDays(now, days), days };
    })
    .filter((t) => deadlineOf(t.phase) < t.needed);
}

/** The standstill after an award decision: the law's minimum for the partnership, and the default for all. */
export const MIN_STANDSTILL_DAYS = 20;
export const DEFAULT_STANDSTILL_DAYS = 20;
/** After a complaint is rejected the standstill runs on at least this many calendar days (a bidder may still go to court). */
export const DEFAULT_STANDSTILL_AFTER_COMPLAINT_DAYS = 5;

/** An innovation partnership invites requests to participate for at least 30 days (Directive 2014/24/EU art. 31). */
export const PARTNERSHIP_MIN_REQUEST_DAYS = 30;

/** Rules that only apply at the moment of publication. */
export function publicationViolations(challenge: Challenge, now: string): FieldError[] {
  const errors: FieldError[] = [];
  const first = challenge.phases[0]!;
  if (first.submissionDeadline <= now) {
    errors.push({
      field: 'phases.0.submissionDeadline',
      message: `phase 1 closed at ${toAmsterdamIso(first.submissionDeadline)}; move the deadline first`,
      rule: 'deadline-passed',
      values: { at: first.submissionDeadline },
    });
  } else if (challenge.questionDeadline <= now) {
    // A call published with its questions already closed would take no question at all (the
    // default closes them 10 days before phase 1 does).
    errors.push({
      field: 'questionDeadline',
      message: `questions would have closed at ${toAmsterdamIso(challenge.questionDeadline)}, before publication: set a later question deadline (before phase 1 closes) or move the closing date`,
      rule: 'questions-passed',
      values: { at: challenge.questionDeadline },
    });
  }
  if (challenge.instrument === 'innovation-partnership') {
    if (
      challenge.innovationPartnership?.mayEndPartnersAfterPhase &&
      !challenge.innovationPartnership.conditions
    ) {
      errors.push({
        field: 'innovationPartnership.conditions',
        message:
          'the call may end or reduce partners after a phase: state on what conditions before publication',
      });
    }
    if (!challenge.innovationPartnership) {
      errors.push({
        field: 'innovationPartnership',
        message:
          'state before publication whether partners may be ended or reduced after a phase, and on what conditions',
      });
    }
    // The selection stage is announced with the call: on what candidates are judged, and how many
    // suitable ones are invited to negotiate (Directive 2014/24 art. 65).
    if (!challenge.innovationPartnership?.selectionCriteria)
      errors.push({
        field: 'innovationPartnership.selectionCriteria',
        message: 'announce the selection criteria candidates are judged on before publication',
      });
    if (challenge.innovationPartnership?.candidatesToInvite === undefined)
      errors.push({
        field: 'innovationPartnership.candidatesToInvite',
        message:
          'announce how many suitable candidates are invited to negotiate (at least 3) before publication',
      });
    // Counted as the law counts (Regulation 1182/71): the day of publication is not counted and the
    // period ends at 24:00 (Amsterdam) of its 30th day; the deadline may not fall before that.
    const periodEnd = endOfPeriodInDays(now, PARTNERSHIP_MIN_REQUEST_DAYS);
    if (first.submissionDeadline < periodEnd) {
      const lastDay = lastDayOfPeriod(periodEnd);
      errors.push({
        field: 'phases.0.submissionDeadline',
        message: `requests to participate need at least ${PARTNERSHIP_MIN_REQUEST_DAYS} days after publication (the day of publication not counted): the deadline may not fall before the end of ${lastDay}`,
        rule: 'partnership-request-period',
        values: { days: PARTNERSHIP_MIN_REQUEST_DAYS, lastDay },
      });
    }
  }
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
