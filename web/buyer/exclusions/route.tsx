/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { problemText } from '#web/i18n/problems.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { CallView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { phaseOf } from '../loaders.ts';
import { exclusionMapping } from './form.ts';
import { texts } from './messages.ts';
import { ExclusionsPage } from './view.tsx';

/** Declaring bids of a phase invalid or excluding them, before the award decision. */
export const exclusions = new Hono<SiteEnv>();

const PATH = '/beheer/oproepen/:challengeId/fase/:phase/uitsluitingen';

const exclusionsPage = async (c: SiteContext, found: { call: CallView; phase: number }, form?: FormState) => {
  const api = c.get('api');
  const params = { challengeId: found.call.id, phase: found.phase };
  const [bids, evaluation] = await Promise.all([
    api(routes.listPhaseProposals, { params }),
    api(routes.phaseEvaluation, { params }),
  ]);
  if (!bids.ok || !evaluation.ok) return notFoundPage(c);
  const v = c.get('view');
  const flash = c.req.query('melding');
  return render(
    c,
    <ExclusionsPage
      v={v}
      call={found.call}
      phase={found.phase}
      bids={bids.data.items.map((b) => ({ id: b.id, companyName: b.companyName }))}
      excluded={evaluation.data.excluded}
      frozen={evaluation.data.decisionTaken}
      form={form ?? emptyForm()}
      {...(flash === 'uitgesloten' ? { flash: texts(v).done } : {})}
      {...(flash === 'teruggedraaid' ? { flash: texts(v).undone } : {})}
    />,
    form ? 400 : 200,
  );
};

exclusions.get(PATH, async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  return exclusionsPage(c, found);
});

exclusions.post(PATH, async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  return postForm(c, {
    route: routes.excludeProposal,
    params: { challengeId: found.call.id, phase: found.phase },
    map: exclusionMapping,
    redirect: () => `/beheer/oproepen/${found.call.id}/fase/${found.phase}/uitsluitingen?melding=uitgesloten`,
    page: (form) => exclusionsPage(c, found, form),
  });
});

exclusions.post(`${PATH}/:proposalId/terugdraaien`, async (c) => {
  const found = await phaseOf(c);
  const proposalId = c.req.param('proposalId') ?? '';
  if (!found || !UUID.test(proposalId)) return notFoundPage(c);
  const answer = await c.get('api')(routes.reinstateProposal, {
    params: { challengeId: found.call.id, phase: found.phase, proposalId },
  });
  if (!answer.ok)
    return exclusionsPage(c, found, {
      ...emptyForm(),
      general: [problemText(answer.problem.type, c.get('view').lang)],
    });
  return c.redirect(
    `/beheer/oproepen/${found.call.id}/fase/${found.phase}/uitsluitingen?melding=teruggedraaid`,
    303,
  );
});
