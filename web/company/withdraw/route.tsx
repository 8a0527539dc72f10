/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { emptyForm } from '#web/kit/view.ts';
import { loadCall, loadOwnProposal } from '../loaders.ts';
import { WithdrawPage } from './view.tsx';

/** Withdrawing a proposal before the deadline: a page that asks, then the API. */
export const withdraw = new Hono<SiteEnv>();

withdraw.get('/voorstellen/:proposalId/intrekken', async (c) => {
  const own = await loadOwnProposal(c, c.req.param('proposalId'));
  if (!own) return notFoundPage(c);
  const call = await loadCall(c, own.challengeId);
  return render(
    c,
    <WithdrawPage v={c.get('view')} proposal={own} {...(call ? { call } : {})} form={emptyForm()} />,
  );
});

withdraw.post('/voorstellen/:proposalId/intrekken', async (c) => {
  const own = await loadOwnProposal(c, c.req.param('proposalId'));
  if (!own) return notFoundPage(c);
  return postForm(c, {
    route: routes.withdrawProposal,
    params: { proposalId: own.id },
    map: () => ({ body: undefined, fieldOf: () => undefined }),
    redirect: () => `/oproepen/${own.challengeId}?melding=ingetrokken`,
    conflictStatus: true,
    page: async (form, status) => {
      const call = await loadCall(c, own.challengeId);
      return render(
        c,
        <WithdrawPage v={c.get('view')} proposal={own} {...(call ? { call } : {})} form={form} />,
        status,
      );
    },
  });
});
