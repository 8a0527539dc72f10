import type { routes } from '#shared/routes.ts';
import { formatMoney } from '#web/i18n/format.ts';
import type { Problem } from '#web/kit/api.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

/**
 * Publishing has no fields: a refusal names each funder that is short (and by how much), over
 * its per-call maximum, without an annual budget, or that has not consented, from the problem's
 * extensions — what to change, not only that something is wrong.
 */
export const publishMapping = (
  _values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.publishChallenge>> => ({
  body: undefined,
  fieldOf: () => undefined,
  explain: (problem: Problem) => {
    const money = (cents: number) => formatMoney(cents, v.lang);
    const shortfalls = (problem.shortfalls ?? []) as { funder: string; shortfallCents: number }[];
    const caps = (problem.caps ?? []) as {
      funder: string;
      maxPerChallengeCents: number;
      neededCents: number;
    }[];
    const absent = (problem.funders ?? []) as { funder: string }[];
    const missing = (problem.missing ?? []) as { funder: string; status: 'requested' | 'declined' }[];
    if (shortfalls.length > 0)
      return shortfalls.map((s) => texts(v).shortfall(s.funder, money(s.shortfallCents)));
    if (caps.length > 0)
      return caps.map((c) =>
        texts(v).overCap(
          c.funder,
          money(c.maxPerChallengeCents),
          money(c.neededCents - c.maxPerChallengeCents),
        ),
      );
    if (absent.length > 0 && typeof problem.year === 'number')
      return absent.map((a) => texts(v).noBudget(a.funder, problem.year as number));
    return missing.map((m) => texts(v).consentMissing(m.funder, groupTexts(v).consentStatus[m.status]));
  },
});
