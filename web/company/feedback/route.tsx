/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteEnv } from '#web/kit/context.tsx';
import { loadCall, loadOwnProposal } from '../loaders.ts';
import { FeedbackPage } from './view.tsx';

/** After the decision: the company's own rank, scores and motivations, beside the phase's statistics. */
export const feedback = new Hono<SiteEnv>();

feedback.get('/voorstellen/:proposalId/terugkoppeling', async (c) => {
  const own = await loadOwnProposal(c, c.req.param('proposalId'));
  if (!own) return notFoundPage(c);
  const api = c.get('api');
  const [call, answer, statistics] = await Promise.all([
    loadCall(c, own.challengeId),
    api(routes.proposalFeedback, { params: { proposalId: own.id } }),
    api(routes.phaseStatistics, { params: { challengeId: own.challengeId, phase: own.phase } }),
  ]);
  return render(
    c,
    <FeedbackPage
      v={c.get('view')}
      proposal={own}
      {...(call ? { call } : {})}
      {...(answer.ok ? { feedback: answer.data } : {})}
      {...(statistics.ok ? { statistics: statistics.data } : {})}
    />,
  );
});
