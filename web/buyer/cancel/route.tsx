/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { emptyForm } from '#web/kit/view.ts';
import { ownCall } from '../loaders.ts';
import { cancelMapping } from './form.ts';
import { CancelCallPage } from './view.tsx';

/** Cancelling a draft or published call, with a reason. */
export const cancel = new Hono<SiteEnv>();

const cancellable = async (c: SiteContext) => {
  const call = await ownCall(c, c.req.param('challengeId') ?? '');
  return call && (call.status === 'draft' || call.status === 'published') ? call : undefined;
};

cancel.get('/beheer/oproepen/:challengeId/intrekken', async (c) => {
  const call = await cancellable(c);
  if (!call) return notFoundPage(c);
  return render(c, <CancelCallPage v={c.get('view')} call={call} form={emptyForm()} />);
});

cancel.post('/beheer/oproepen/:challengeId/intrekken', async (c) => {
  const call = await cancellable(c);
  if (!call) return notFoundPage(c);
  return postForm(c, {
    route: routes.cancelChallenge,
    params: { challengeId: call.id },
    map: cancelMapping,
    redirect: () => `/beheer/oproepen/${call.id}?melding=oproep-ingetrokken`,
    page: (form) => render(c, <CancelCallPage v={c.get('view')} call={call} form={form} />, 400),
  });
});
