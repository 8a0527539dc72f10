import type { routes } from '#shared/routes.ts';
import { eurosForInput, parseEuros } from '#web/i18n/format.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { Ranking } from '#web/kit/types.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/**
 * The award decision on the ranking page: the chosen proposals (`award`, comma-joined), each with
 * its amount and dates (`amount-<id>`, `start-<id>`, `end-<id>`), the reasons, and the decision's
 * id carried by the form (a double click or a resent form gives one decision).
 */
export function decisionMapping(
  values: Record<string, string>,
  v: View,
  decisionId: string,
): FormMapping<BodyOf<typeof routes.decideAwards>> {
  const chosen = (values.award ?? '').split(',').filter((id) => UUID.test(id));
  const errors: Record<string, string> = {};
  const awards = chosen.map((proposalId) => {
    const amount = parseEuros(values[`amount-${proposalId}`] ?? '');
    if (amount === undefined) errors[`amount-${proposalId}`] = v.t.form.moneyInvalid;
    return {
      proposalId,
      ...(amount !== undefined ? { amountCents: amount } : {}),
      startDate: values[`start-${proposalId}`] ?? '',
      endDate: values[`end-${proposalId}`] ?? '',
    };
  });
  const reasons = (values.reasons ?? '').trim();
  return {
    body: { decisionId, awards, ...(reasons ? { reasons } : {}) },
    errors,
    ...(chosen.length === 0 ? { general: [texts(v).chooseOne] } : {}),
    fieldOf: (apiField) => {
      if (apiField === 'body.reasons') return 'reasons';
      const [, , index, sub] = apiField.split('.');
      const id = chosen[Number(index ?? 0)];
      if (!id) return undefined;
      return sub === 'startDate' ? `start-${id}` : sub === 'endDate' ? `end-${id}` : `amount-${id}`;
    },
  };
}

/** The decision form's first values: each ranked proposal's requested amount, to start in two weeks. */
export function decisionValues(
  ranking: Ranking | undefined,
  phase: { durationMonths: number },
  v: View,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const row of ranking?.ranking ?? []) {
    values[`amount-${row.proposalId}`] = eurosForInput(row.requestedAmountCents, v.lang);
    const start = new Date(v.now.getTime() + 14 * 86_400_000);
    const end = new Date(start.getTime() + phase.durationMonths * 30.5 * 86_400_000);
    values[`start-${row.proposalId}`] = start.toISOString().slice(0, 10);
    values[`end-${row.proposalId}`] = end.toISOString().slice(0, 10);
  }
  return values;
}
