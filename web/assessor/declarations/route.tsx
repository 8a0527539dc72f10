/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { emptyForm } from '#web/kit/view.ts';
import { declarationsMapping } from './form.ts';
import { AssessPhasePage } from './view.tsx';

/** A phase to assess: the conflict declaration per proposal before reading it. */
export const declarations = new Hono<SiteEnv>();

const phasePage = async (c: SiteContext, form = emptyForm(), status: 200 | 400 = 200) => {
  const challengeId = c.req.param('challengeId') ?? '';
  const phase = Number(c.req.param('phase'));
  if (!UUID.test(challengeId) || ![1, 2, 3].includes(phase)) return notFoundPage(c);
  const api = c.get('api');
  const [call, evaluation] = await Promise.all([
    api(routes.getChallenge, { params: { challengeId } }),
    api(routes.phaseEvaluation, { params: { challengeId, phase } }),
  ]);
  if (!call.ok || !evaluation.ok) return notFoundPage(c);
  return render(
    c,
    <AssessPhasePage
      v={c.get('view')}
      call={call.data}
      evaluation={evaluation.data}
      form={form}
      flash={flash(c)}
    />,
    status,
  );
};

declarations.get('/beoordelen/:challengeId/fase/:phase', (c) => phasePage(c));

declarations.post('/beoordelen/:challengeId/fase/:phase/verklaren', async (c) => {
  const challengeId = c.req.param('challengeId');
  const phase = c.req.param('phase');
  if (!UUID.test(challengeId) || !['1', '2', '3'].includes(phase)) return notFoundPage(c);
  return postForm(c, {
    route: routes.declareConflicts,
    params: { challengeId, phase },
    map: declarationsMapping,
    redirect: () => `/beoordelen/${challengeId}/fase/${phase}?melding=verklaard`,
    page: (form) => phasePage(c, form, 400),
  });
});
