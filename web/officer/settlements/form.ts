import type { routes } from '#shared/routes.ts';
import { parseEuros } from '#web/i18n/format.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** The receipt of a co-funder's payment: the day, its reference and the amount (exactly the statement's). */
export function settleMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.recordSettlement>> {
  const receivedOn = values.receivedOn?.trim() ?? '';
  const amount = parseEuros(values.amount ?? '');
  return {
    body: { receivedOn, reference: values.reference ?? '', amountCents: amount as number },
    errors: {
      ...(/^\d{4}-\d{2}-\d{2}$/.test(receivedOn) ? {} : { receivedOn: texts(v).dateInvalid }),
      ...(amount === undefined ? { amount: v.t.form.moneyInvalid } : {}),
    },
    fieldOf: (f) =>
      ({ receivedOn: 'receivedOn', reference: 'reference', amountCents: 'amount' })[f.split('.')[1] ?? ''],
  };
}

/** The last `n` quarters up to the one `today` is in, newest first (`2026-Q4`). */
export function recentQuarters(today: string, n = 8): string[] {
  let year = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}
