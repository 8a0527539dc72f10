/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { emptyForm } from '#web/kit/view.ts';
import { ownChallenge } from '../loaders.ts';
import { cancelMapping } from './form.ts';
import { CancelChallengePage } from './view.tsx';

/** Cancelling a draft or published call, with a reason. */
export const cancel = new Hono<SiteEnv>();

const cancellable = async (c: SiteContext) => {
  const challenge = await ownChallenge(c, c.req.param('challengeId') ?? '');
  return challenge && (challenge.status === 'draft' || challenge.status === 'published')
    ? challenge
    : undefined;
};

cancel.get('/beheer/oproepen/:challengeId/intrekken', async (c) => {
  const challenge = await cancellable(c);
  if (!challenge) return notFoundPage(c);
  return render(c, <CancelChallengePage v={c.get('view')} challenge={challenge} form={emptyForm()} />);
});

cancel.post('/beheer/oproepen/:challengeId/intrekken', async (c) => {
  const challenge = await cancellable(c);
  if (!challenge) return notFoundPage(c);
  return postForm(c, {
    route: routes.cancelChallenge,
    params: { challengeId: challenge.id },
    map: cancelMapping,
    redirect: () => `/beheer/oproepen/${challenge.id}?melding=oproep-ingetrokken`,
    page: (form) =>
      render(c, <CancelChallengePage v={c.get('view')} challenge={challenge} form={form} />, 400),
  });
});
