/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteEnv } from '#web/kit/context.tsx';
import { UUID } from '#web/kit/ids.ts';
import { ownCall } from '../loaders.ts';
import { BuyerProposalPage } from './view.tsx';

/** A proposal to the own call, after its deadline (the API says sealed before it; every opening is logged). */
export const proposal = new Hono<SiteEnv>();

proposal.get('/beheer/voorstellen/:proposalId', async (c) => {
  const proposalId = c.req.param('proposalId');
  if (!UUID.test(proposalId)) return notFoundPage(c);
  const found = await c.get('api')(routes.getProposal, { params: { proposalId } });
  if (!found.ok) return notFoundPage(c);
  const call = await ownCall(c, found.data.challengeId);
  if (!call) return notFoundPage(c);
  return render(c, <BuyerProposalPage v={c.get('view')} call={call} proposal={found.data} />);
});
