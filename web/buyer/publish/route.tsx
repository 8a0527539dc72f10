/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { splitCents } from '#shared/funding/split.ts';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import type { CallView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { ownCall } from '../loaders.ts';
import { publishMapping } from './form.ts';
import { PublishPage } from './view.tsx';

/** The check before publishing: each funder's reservation and consent; then publish. */
export const publish = new Hono<SiteEnv>();

/** Each funder's part and where its consent stands (the lead buyer's own share needs none). */
const reservationsOf = async (c: SiteContext, call: CallView) => {
  const parts = splitCents(
    call.totalBudgetCents,
    call.funders.map((f) => ({ key: f.oin, basisPoints: f.shareBasisPoints })),
  );
  const consents = await c.get('api')(routes.challengeConsents, { params: { challengeId: call.id } });
  const current = (oin: string) =>
    consents.ok ? consents.data.items.find((x) => x.funderOin === oin) : undefined;
  return call.funders.map((f) => ({
    name: f.name,
    shareBasisPoints: f.shareBasisPoints,
    amountCents: parts.get(f.oin) ?? 0,
    consent: f.oin === call.leadBuyer.oin ? ('lead' as const) : (current(f.oin)?.status ?? 'requested'),
  }));
};

const publishPage = async (c: SiteContext, call: CallView, form: FormState, status: 200 | 400 = 200) =>
  render(
    c,
    <PublishPage v={c.get('view')} call={call} reservations={await reservationsOf(c, call)} form={form} />,
    status,
  );

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
