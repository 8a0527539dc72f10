/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import type { CallView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { ownCall } from '../loaders.ts';
import { publishMapping } from './form.ts';
import { PublishPage } from './view.tsx';

/** The check before publishing: rules, consents, each annual budget's room, documents; then publish. */
export const publish = new Hono<SiteEnv>();

const publishPage = async (c: SiteContext, call: CallView, form: FormState, status: 200 | 400 = 200) => {
  // The same checks publishing makes, before the button: each funder's budget room and consent.
  const check = await c.get('api')(routes.publicationCheck, { params: { challengeId: call.id } });
  if (!check.ok) return notFoundPage(c);
  return render(c, <PublishPage v={c.get('view')} call={call} check={check.data} form={form} />, status);
};

publish.get('/beheer/oproepen/:challengeId/publiceren', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  if (call?.status !== 'draft') return notFoundPage(c);
  return publishPage(c, call, emptyForm());
});

publish.post('/beheer/oproepen/:challengeId/publiceren', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  if (call?.status !== 'draft') return notFoundPage(c);
  return postForm(c, {
    route: routes.publishChallenge,
    params: { challengeId: call.id },
    values: {},
    map: publishMapping,
    redirect: () => `/beheer/oproepen/${call.id}?melding=gepubliceerd`,
    page: (form) => publishPage(c, call, form, 400),
  });
});
