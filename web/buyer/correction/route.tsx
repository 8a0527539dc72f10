/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { emptyForm } from '#web/kit/view.ts';
import { ownCall } from '../loaders.ts';
import { correctionMapping } from './form.ts';
import { CorrectionPage } from './view.tsx';

/** A correction (rectificatie) of the published call, with its reason. */
export const correction = new Hono<SiteEnv>();

correction.get('/beheer/oproepen/:challengeId/rectificatie', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  if (call?.status !== 'published') return notFoundPage(c);
  return render(c, <CorrectionPage v={c.get('view')} call={call} form={emptyForm()} />);
});

correction.post('/beheer/oproepen/:challengeId/rectificatie', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  if (call?.status !== 'published') return notFoundPage(c);
  return postForm(c, {
    route: routes.correctChallenge,
    params: { challengeId: call.id },
    map: (values, v) => correctionMapping(values, v, call),
    redirect: () => `/beheer/oproepen/${call.id}?melding=rectificatie`,
    conflictStatus: true,
    page: (form, status) => render(c, <CorrectionPage v={c.get('view')} call={call} form={form} />, status),
  });
});
