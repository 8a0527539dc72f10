import type { routes } from '#shared/routes.ts';
import { formatMoney, parseEuros } from '#web/i18n/format.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The buyer's review: accepted, or rejected with the reason the company will read. */
export function reviewMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.reviewDeliverable>> {
  const outcome = values.outcome === 'accepted' || values.outcome === 'rejected' ? values.outcome : undefined;
  const reason = values.reason?.trim();
  return {
    body: { outcome: outcome as 'accepted', ...(outcome === 'rejected' && reason ? { reason } : {}) },
    errors: outcome ? {} : { outcome: texts(v).chooseOutcome },
    // The API's own bounds (10 to 4.000), not the generic reason field's.
    texts: { reason: texts(v).reasonInvalid },
    fieldOf: (f) => ({ outcome: 'outcome', reason: 'reason' })[f.split('.')[1] ?? ''],
  };
}

/** A payment: the day it left and the finance system's reference. */
export function paymentMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.recordPayment>> {
  const paidOn = values.paidOn?.trim() ?? '';
  return {
    body: { paidOn, reference: values.reference ?? '' },
    errors: DATE.test(paidOn) ? {} : { paidOn: texts(v).dateInvalid },
    fieldOf: (f) => ({ paidOn: 'paidOn', reference: 'reference' })[f.split('.')[1] ?? ''],
  };
}

/** Rows of the schedule form: as many as the contract has, and two more to add. */
export const scheduleRows = (milestones: number) => Math.min(12, milestones + 2);

/**
 * The schedule: each filled-in row a milestone (deliverable, due day, amount), in order; empty
 * rows left out. Field names carry the row: `deliverable-1`, `dueDate-1`, `amount-1`.
 */
export function scheduleMapping(
  values: Record<string, string>,
  v: View,
  rows: number,
): FormMapping<BodyOf<typeof routes.setSchedule>> {
  const errors: Record<string, string> = {};
  const milestones: { deliverable: { nl: string }; dueDate: string; amountCents: number }[] = [];
  const rowOf: number[] = [];
  for (let row = 1; row <= rows; row++) {
    const deliverable = values[`deliverable-${row}`]?.trim() ?? '';
    const dueDate = values[`dueDate-${row}`]?.trim() ?? '';
    const amountText = values[`amount-${row}`]?.trim() ?? '';
    if (!deliverable && !dueDate && !amountText) continue;
    const amount = parseEuros(amountText);
    if (amount === undefined) errors[`amount-${row}`] = v.t.form.moneyInvalid;
    if (!DATE.test(dueDate)) errors[`dueDate-${row}`] = texts(v).dateInvalid;
    milestones.push({ deliverable: { nl: deliverable }, dueDate, amountCents: amount as number });
    rowOf.push(row);
  }
  const daysText = values.reviewDays?.trim() ?? '';
  const days = /^\d{1,2}$/.test(daysText) ? Number(daysText) : undefined;
  if (days === undefined || days < 1 || days > 90) errors.reviewDays = texts(v).reviewDaysInvalid;
  const lastRow = rowOf.at(-1) ?? 1;
  return {
    body: { milestones, ...(days !== undefined ? { reviewDays: days } : {}) },
    errors,
    // Amounts that do not add up to the award: said at the last amount, with both sums.
    atFields: (problem) => {
      if (!problem.type.endsWith('/schedule-mismatch')) return undefined;
      const placed: Record<string, string> = {};
      for (const e of problem.errors ?? []) {
        const [, list, index] = e.field.split('.');
        if (list === 'milestones' && index === undefined)
          placed[`amount-${lastRow}`] = texts(v).scheduleSum(
            formatMoney(Number(problem.scheduledCents), v.lang),
            formatMoney(Number(problem.awardedCents), v.lang),
          );
        else if (index !== undefined && rowOf[Number(index)] !== undefined)
          placed[`dueDate-${rowOf[Number(index)]}`] = texts(v).dueOutside;
      }
      return placed;
    },
    // `body.milestones.1.dueDate` → the row that milestone came from; the whole list → its first row.
    fieldOf: (f) => {
      const [, list, index, field] = f.split('.');
      if (list === 'reviewDays') return 'reviewDays';
      if (list !== 'milestones') return undefined;
      const row = index === undefined ? (rowOf[0] ?? 1) : rowOf[Number(index)];
      if (row === undefined) return undefined;
      return field === 'dueDate'
        ? `dueDate-${row}`
        : field === 'deliverable'
          ? `deliverable-${row}`
          : `amount-${row}`;
    },
  };
}
