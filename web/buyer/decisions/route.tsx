/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { answerMapping, withdrawMapping } from './form.ts';
import { texts } from './messages.ts';
import { type DecisionsFailure, DecisionsPage } from './view.tsx';

/** A call's award decisions with the objections to answer, and withdrawing a decision. */
export const decisions = new Hono<SiteEnv>();

const decisionsPage = async (c: SiteContext, failed?: DecisionsFailure, status: 200 | 400 | 409 = 200) => {
  const challengeId = c.req.param('challengeId') ?? '';
  if (!UUID.test(challengeId)) return notFoundPage(c);
  const api = c.get('api');
  const [call, list] = await Promise.all([
    api(routes.getChallenge, { params: { challengeId } }),
    api(routes.challengeDecisions, { params: { challengeId } }),
  ]);
  if (!call.ok || !list.ok) return notFoundPage(c);
  const m = texts(c.get('view'));
  const flashes: Record<string, string> = { beantwoord: m.answered, ingetrokken: m.withdrawn };
  const message = flashes[c.req.query('melding') ?? ''] ?? flash(c);
  return render(
    c,
    <DecisionsPage
      v={c.get('view')}
      call={call.data}
      decisions={list.data.items}
      {...(failed ? { failed } : {})}
      {...(message ? { flash: message } : {})}
    />,
    status,
  );
};

decisions.get('/beheer/oproepen/:challengeId/beslissingen', (c) => decisionsPage(c));

decisions.post('/beheer/oproepen/:challengeId/bezwaren/:objectionId', async (c) => {
  const { challengeId, objectionId } = c.req.param();
  if (!UUID.test(challengeId) || !UUID.test(objectionId)) return notFoundPage(c);
  return postForm(c, {
    route: routes.answerObjection,
    params: { challengeId, objectionId },
    map: answerMapping(objectionId),
    redirect: () => `/beheer/oproepen/${challengeId}/beslissingen?melding=beantwoord`,
    conflictStatus: true,
    page: (form, status) => decisionsPage(c, { form, objectionId }, status),
  });
});

decisions.post('/beheer/oproepen/:challengeId/beslissingen/:decisionId/intrekken', async (c) => {
  const { challengeId, decisionId } = c.req.param();
  if (!UUID.test(challengeId) || !UUID.test(decisionId)) return notFoundPage(c);
  return postForm(c, {
    route: routes.withdrawDecision,
    params: { challengeId, decisionId },
    map: withdrawMapping(decisionId),
    redirect: () => `/beheer/oproepen/${challengeId}/beslissingen?melding=ingetrokken`,
    conflictStatus: true,
    page: (form, status) => decisionsPage(c, { form, decisionId }, status),
  });
});
