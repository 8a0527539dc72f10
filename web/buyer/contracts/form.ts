import type { routes } from '#shared/routes.ts';
import { parseEuros } from '#web/i18n/format.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';

const FIELDS: Record<string, string> = {
  finalAmountCents: 'finalAmount',
  reason: 'reason',
};
const fieldOf = (f: string) => FIELDS[f.split('.')[1] ?? ''];

/** Completing a contract, perhaps with a final amount lower than awarded. */
export function completeMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.completeAward>> {
  const text = values.finalAmount?.trim();
  const final = text ? parseEuros(text) : undefined;
  return {
    body: final !== undefined ? { finalAmountCents: final } : {},
    errors: text && final === undefined ? { finalAmount: v.t.form.moneyInvalid } : {},
    fieldOf,
  };
}

/**
 * Terminating a contract: the reason, and a cause where the law names one. What is paid follows
 * from the contract (its accepted milestones); the page shows it.
 */
export function terminateMapping(
  values: Record<string, string>,
): FormMapping<BodyOf<typeof routes.terminateAward>> {
  return {
    body: {
      reason: values.reason ?? '',
      ...(values.cause === 'bankruptcy' || values.cause === 'serious-breach' ? { cause: values.cause } : {}),
    },
    fieldOf,
  };
}
