/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { notFoundPage, render, type SiteEnv } from '#web/kit/context.tsx';
import { loadCall, loadOwnProposal } from '../loaders.ts';
import { ReceiptPage } from './view.tsx';

/** Where a company lands after submitting: the receipt with its reference. */
export const receipt = new Hono<SiteEnv>();

receipt.get('/voorstellen/:proposalId/ontvangen', async (c) => {
  const own = await loadOwnProposal(c, c.req.param('proposalId'));
  if (own?.status !== 'submitted') return notFoundPage(c);
  return render(
    c,
    <ReceiptPage v={c.get('view')} proposal={own} call={await loadCall(c, own.challengeId)} />,
  );
});
