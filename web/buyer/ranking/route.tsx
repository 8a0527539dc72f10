/** @jsxImportSource hono/jsx */

import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { problemText } from '#web/i18n/problems.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { formLists, postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { CallView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { phaseOf } from '../loaders.ts';
import { decisionMapping, decisionValues } from './form.ts';
import { RankingPage } from './view.tsx';

/** A phase's ranking with the budget line, and the award decision taken on it. */
export const ranking = new Hono<SiteEnv>();

const rankingPage = async (
  c: SiteContext,
  found: { call: CallView; phase: number },
  form?: FormState,
  decisionId?: string,
) => {
  const api = c.get('api');
  const v = c.get('view');
  const [answer, awards] = await Promise.all([
    api(routes.phaseRanking, { params: { challengeId: found.call.id, phase: found.phase } }),
    api(routes.challengeAwards, { params: { challengeId: found.call.id } }),
  ]);
  const phase = found.call.phases.find((p) => p.number === found.phase)!;
  return render(
    c,
    <RankingPage
      v={v}
      call={found.call}
      {...(answer.ok ? { ranking: answer.data } : { notice: problemText(answer.problem.type, v.lang) })}
      awards={awards.ok ? awards.data.items.filter((a) => a.phase === found.phase) : []}
      decisionId={decisionId ?? randomUUID()}
      phaseNumber={found.phase}
      form={form ?? emptyForm(decisionValues(answer.ok ? answer.data : undefined, phase, v))}
    />,
    form ? 400 : 200,
  );
};

ranking.get('/beheer/oproepen/:challengeId/fase/:phase/rangschikking', async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  return rankingPage(c, found);
});

ranking.post('/beheer/oproepen/:challengeId/fase/:phase/gunnen', async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  const { values } = await formLists(c, ['award']);
  const decisionId = UUID.test(values.decisionId ?? '') ? values.decisionId! : randomUUID();
  // The ranked bids, whose pass-over reasons the form may carry.
  const ranked = Object.keys(values)
    .filter((k) => k.startsWith('passover-'))
    .map((k) => k.slice('passover-'.length))
    .filter((id) => UUID.test(id));
  return postForm(c, {
    route: routes.decideAwards,
    params: { challengeId: found.call.id, phase: found.phase },
    values,
    map: (values, v) => decisionMapping(values, v, decisionId, ranked),
    // A resent form (same decision id) gets the same decision back: one decision, never two.
    redirect: () => `/beheer/oproepen/${found.call.id}?melding=gegund#opdrachten`,
    page: (form) => rankingPage(c, found, form, decisionId),
  });
});
