/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { emptyForm } from '#web/kit/view.ts';
import { ownChallenge } from '../loaders.ts';
import { correctionMapping } from './form.ts';
import { CorrectionPage } from './view.tsx';

/** A correction (rectificatie) of the published call, with its reason. */
export const correction = new Hono<SiteEnv>();

correction.get('/beheer/oproepen/:challengeId/rectificatie', async (c) => {
  const challenge = await ownChallenge(c, c.req.param('challengeId'));
  if (challenge?.status !== 'published') return notFoundPage(c);
  return render(c, <CorrectionPage v={c.get('view')} challenge={challenge} form={emptyForm()} />);
});

correction.post('/beheer/oproepen/:challengeId/rectificatie', async (c) => {
  const challenge = await ownChallenge(c, c.req.param('challengeId'));
  if (challenge?.status !== 'published') return notFoundPage(c);
  return postForm(c, {
    route: routes.correctChallenge,
    params: { challengeId: challenge.id },
    map: (values, v) => correctionMapping(values, v, challenge),
    redirect: () => `/beheer/oproepen/${challenge.id}?melding=rectificatie`,
    conflictStatus: true,
    page: (form, status) =>
      render(c, <CorrectionPage v={c.get('view')} challenge={challenge} form={form} />, status),
  });
});
