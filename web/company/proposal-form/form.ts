import type { routes } from '#shared/routes.ts';
import { eurosForInput, formatMoney, parseEuros } from '#web/i18n/format.ts';
import { problemText } from '#web/i18n/problems.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { ProposalView } from '#web/kit/types.ts';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

const FIELDS: Record<string, string> = {
  summary: 'summary',
  plan: 'plan',
  requestedAmountCents: 'requestedAmount',
  durationMonths: 'durationMonths',
};

/**
 * A proposal as the API takes it (submitted or revised alike): the amount in euro as typed, the
 * duration in months, and the document rows that were filled in, each error back at its row.
 */
export function proposalMapping(
  values: Record<string, string>,
  v: View,
  phase?: { maxPerContractCents: number },
): FormMapping<BodyOf<typeof routes.submitProposal>> {
  const errors: Record<string, string> = {};
  const amount = parseEuros(values.requestedAmount ?? '');
  if (amount === undefined) errors.requestedAmount = v.t.form.moneyInvalid;
  // The phase's maximum is known here: said with the other mistakes, not in a round after them.
  else if (phase && amount > phase.maxPerContractCents)
    errors.requestedAmount = texts(v).overMaximum(formatMoney(phase.maxPerContractCents, v.lang));
  const duration = /^\d{1,3}$/.test((values.durationMonths ?? '').trim())
    ? Number(values.durationMonths)
    : undefined;
  if (duration === undefined) errors.durationMonths = v.t.form.numberInvalid;
  // Only the document rows that were filled in are sent; remember which row each one came from.
  const rows = [1, 2, 3].filter(
    (n) => (values[`docTitle${n}`] ?? '').trim() || (values[`docUrl${n}`] ?? '').trim(),
  );
  return {
    body: {
      summary: values.summary ?? '',
      plan: values.plan ?? '',
      requestedAmountCents: amount ?? 0,
      durationMonths: duration ?? 0,
      documents: rows.map((n) => ({
        title: values[`docTitle${n}`]?.trim() ?? '',
        url: values[`docUrl${n}`]?.trim() ?? '',
      })),
    },
    errors,
    fieldOf: (apiField) => {
      const parts = apiField.split('.');
      if (parts[1] === 'documents') {
        const row = rows[Number(parts[2] ?? 0)] ?? 1;
        return parts[3] === 'url' ? `docUrl${row}` : `docTitle${row}`;
      }
      return FIELDS[parts[1] ?? ''];
    },
    problemField: { 'over-phase-maximum': 'requestedAmount' },
  };
}

/** Over the maximum is said at the amount, naming the phase's maximum in the reader's format. */
export function withPhaseMaximum(
  form: FormState,
  phase: { maxPerContractCents: number },
  v: View,
): FormState {
  if (form.errors.requestedAmount !== problemText('over-phase-maximum', v.lang)) return form;
  const text = texts(v).overMaximum(formatMoney(phase.maxPerContractCents, v.lang));
  return { ...form, errors: { ...form.errors, requestedAmount: text } };
}

/** The form's values from a stored proposal (to change it). */
export function proposalValues(p: ProposalView, v: View): Record<string, string> {
  const values: Record<string, string> = {
    summary: p.summary,
    plan: p.plan,
    requestedAmount: eurosForInput(p.requestedAmountCents, v.lang),
    durationMonths: String(p.durationMonths),
  };
  p.documents.slice(0, 3).forEach((d, i) => {
    values[`docTitle${i + 1}`] = d.title;
    values[`docUrl${i + 1}`] = d.url;
  });
  return values;
}
