/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { consentMapping } from './form.ts';
import { ConsentsPage } from './view.tsx';

/** A co-funding body's side (buyers and the programme office): the requests to approve its share. */
export const consents = new Hono<SiteEnv>();

const requests = async (c: SiteContext) => {
  const mine = await c.get('api')(routes.myConsentRequests);
  if (!mine.ok) throw new Error(`consent requests: ${mine.problem.type}`);
  // An approval is final once its call is public (a draft is visible to its lead buyer only).
  return Promise.all(
    mine.data.items.map(async (r) => {
      if (r.status !== 'approved') return r;
      const found = await c.get('api')(routes.getChallenge, { params: { challengeId: r.challengeId } });
      return { ...r, final: found.ok && found.data.status !== 'draft' };
    }),
  );
};

consents.get('/medefinanciering', async (c) =>
  render(c, <ConsentsPage v={c.get('view')} requests={await requests(c)} flash={flash(c)} />),
);

consents.post('/medefinanciering/:challengeId', async (c) => {
  const challengeId = c.req.param('challengeId');
  if (!UUID.test(challengeId)) return notFoundPage(c);
  return postForm(c, {
    route: routes.decideConsent,
    params: { challengeId, funderOin: c.get('session')!.org },
    map: consentMapping(challengeId),
    redirect: () => '/medefinanciering?melding=instemming',
    conflictStatus: true,
    page: async (form, status) =>
      render(
        c,
        <ConsentsPage v={c.get('view')} requests={await requests(c)} failed={{ challengeId, form }} />,
        status,
      ),
  });
});
