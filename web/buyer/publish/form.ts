import type { routes } from '#shared/routes.ts';
import { formatMoney } from '#web/i18n/format.ts';
import type { Problem } from '#web/kit/api.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

/**
 * Publishing has no fields: a refusal names each funder that is short (and by how much), or that
 * has not consented, from the problem's extensions.
 */
export const publishMapping = (
  _values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.publishChallenge>> => ({
  body: undefined,
  fieldOf: () => undefined,
  explain: (problem: Problem) => {
    const shortfalls = (problem.shortfalls ?? []) as { funder: string; shortfallCents: number }[];
    const missing = (problem.missing ?? []) as { funder: string; status: 'requested' | 'declined' }[];
    if (shortfalls.length > 0)
      return shortfalls.map((s) => texts(v).shortfall(s.funder, formatMoney(s.shortfallCents, v.lang)));
    return missing.map((m) => texts(v).consentMissing(m.funder, groupTexts(v).consentStatus[m.status]));
  },
});
