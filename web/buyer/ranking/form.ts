import { NO_AWARD_GROUNDS } from '#shared/kernel/vocabulary.ts';
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
  ranked: readonly string[] = [],
): FormMapping<BodyOf<typeof routes.decideAwards>> {
  const chosen = (values.award ?? '').split(',').filter((id) => UUID.test(id));
  const errors: Record<string, string> = {};
  const noAward = NO_AWARD_GROUNDS.find((g) => g === values.noAward);
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
  // A reason typed at a bid that is not awarded: it is passed over, and its letter says why.
  const passedOver = ranked
    .filter((id) => !chosen.includes(id) && (values[`passover-${id}`] ?? '').trim() !== '')
    .map((proposalId) => ({ proposalId, reason: (values[`passover-${proposalId}`] ?? '').trim() }));
  // An award of a price that looks abnormally low carries when its explanation was asked and the judgement.
  const lowPriceExplanations = chosen
    .filter((id) => (values[`lowasked-${id}`] ?? '').trim() || (values[`lowjudgement-${id}`] ?? '').trim())
    .map((proposalId) => ({
      proposalId,
      explanationRequestedOn: (values[`lowasked-${proposalId}`] ?? '').trim(),
      judgement: (values[`lowjudgement-${proposalId}`] ?? '').trim(),
    }));
  const reasons = (values.reasons ?? '').trim();
  const general =
    noAward && chosen.length > 0
      ? [texts(v).eitherOr]
      : !noAward && chosen.length === 0
        ? [texts(v).chooseOne]
        : undefined;
  return {
    body: {
      decisionId,
      awards: noAward ? [] : awards,
      ...(reasons ? { reasons } : {}),
      ...(passedOver.length > 0 && !noAward ? { passedOver } : {}),
      ...(lowPriceExplanations.length > 0 && !noAward ? { lowPriceExplanations } : {}),
      ...(noAward ? { noAward: { ground: noAward } } : {}),
    },
    errors,
    ...(general ? { general } : {}),
    fieldOf: (apiField) => {
      if (apiField === 'body.reasons') return 'reasons';
      if (apiField === 'body.noAward' || apiField.startsWith('body.noAward.')) return 'noAward';
      const [, list, index, sub] = apiField.split('.');
      if (list === 'passedOver') {
        const id = passedOver[Number(index ?? 0)]?.proposalId;
        return id ? `passover-${id}` : undefined;
      }
      if (list === 'lowPriceExplanations') {
        const id = lowPriceExplanations[Number(index ?? 0)]?.proposalId;
        if (!id) return undefined;
        return sub === 'explanationRequestedOn' ? `lowasked-${id}` : `lowjudgement-${id}`;
      }
      const id = chosen[Number(index ?? 0)];
      if (!id) return undefined;
      return sub === 'startDate' ? `start-${id}` : sub === 'endDate' ? `end-${id}` : `amount-${id}`;
    },
    problemField: { 'reason-required': 'reasons' },
    atFields: (problem) => {
      // The bids passed over without a reason: each at its own field.
      const { proposalIds: ids, errors } = problem as { proposalIds?: unknown; errors?: { field: string }[] };
      if (problem.type.endsWith('/abnormally-low-unexplained') && Array.isArray(ids))
        return Object.fromEntries(ids.map((id) => [`lowjudgement-${String(id)}`, texts(v).lowPriceRequired]));
      if (!problem.type.endsWith('/pass-over-unreasoned') || !Array.isArray(ids)) return undefined;
      return {
        ...Object.fromEntries(ids.map((id) => [`passover-${String(id)}`, texts(v).passOverRequired])),
        // The reasons for every bidder are missing too: said in the same round.
        ...(errors?.some((e) => e.field === 'body.reasons') ? { reasons: texts(v).reasonsRequired } : {}),
      };
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
