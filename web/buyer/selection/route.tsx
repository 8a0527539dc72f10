/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { emptyForm } from '#web/kit/view.ts';
import { selectionMapping } from './form.ts';
import { SelectionPage } from './view.tsx';

/** An innovation partnership's selection of candidates (the lead buyer's, after phase 1 closes). */
export const selection = new Hono<SiteEnv>();

const page = async (c: SiteContext, form = emptyForm(), status: 200 | 400 = 200) => {
  const challengeId = c.req.param('challengeId') ?? '';
  if (!UUID.test(challengeId)) return notFoundPage(c);
  const api = c.get('api');
  const params = { challengeId, phase: 1 as const };
  const [call, requests, recorded] = await Promise.all([
    api(routes.getChallenge, { params: { challengeId } }),
    api(routes.listPhaseProposals, { params }),
    api(routes.getSelection, { params }),
  ]);
  if (
    !call.ok ||
    call.data.leadBuyer.oin !== c.get('session')?.org ||
    call.data.instrument !== 'innovation-partnership' ||
    !requests.ok
  )
    return notFoundPage(c);
  const message = flash(c);
  return render(
    c,
    <SelectionPage
      v={c.get('view')}
      call={call.data}
      requests={requests.data.items}
      {...(recorded.ok ? { selection: recorded.data } : {})}
      form={form}
      {...(message ? { flash: message } : {})}
    />,
    status,
  );
};

selection.get('/beheer/oproepen/:challengeId/selectie', (c) => page(c));

selection.post('/beheer/oproepen/:challengeId/selectie', async (c) => {
  const challengeId = c.req.param('challengeId');
  if (!UUID.test(challengeId)) return notFoundPage(c);
  const requests = await c.get('api')(routes.listPhaseProposals, { params: { challengeId, phase: 1 } });
  if (!requests.ok) return notFoundPage(c);
  return postForm(c, {
    route: routes.recordSelection,
    params: { challengeId, phase: 1 },
    map: (values, v) => selectionMapping(values, v, requests.data.items),
    redirect: () => `/beheer/oproepen/${challengeId}/selectie?melding=selectie`,
    page: (form) => page(c, form, 400),
  });
});
