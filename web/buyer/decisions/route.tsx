/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import {
  flash,
  formValues,
  notFoundPage,
  render,
  type SiteContext,
  type SiteEnv,
} from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { answerMapping, reopenMapping, withdrawField, withdrawMapping } from './form.ts';
import { texts } from './messages.ts';
import { type DecisionsFailure, DecisionsPage, reopenable, WithdrawConfirmPage } from './view.tsx';

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
  // Phases that may be reopened: is it done already (their committee says so)?
  const candidates = reopenable(list.data.items);
  const evaluations = await Promise.all(
    candidates.map((phase) => api(routes.phaseEvaluation, { params: { challengeId, phase } })),
  );
  const reopened = candidates.filter((_, i) => {
    const e = evaluations[i]!;
    return e.ok && Boolean(e.data.committee?.reopened);
  });
  const m = texts(c.get('view'));
  const flashes: Record<string, string> = {
    beantwoord: m.answered,
    ingetrokken: m.withdrawn,
    heropend: m.reopened,
  };
  const message = flashes[c.req.query('melding') ?? ''] ?? flash(c);
  return render(
    c,
    <DecisionsPage
      v={c.get('view')}
      call={call.data}
      decisions={list.data.items}
      reopened={reopened}
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
  const values = await formValues(c);
  // First what it undoes, with the reason as typed; only the confirmation withdraws.
  if (values.bevestigd !== 'ja') {
    const api = c.get('api');
    const [call, list] = await Promise.all([
      api(routes.getChallenge, { params: { challengeId } }),
      api(routes.challengeDecisions, { params: { challengeId } }),
    ]);
    const decision = list.ok ? list.data.items.find((d) => d.decisionId === decisionId) : undefined;
    if (!call.ok || !decision) return notFoundPage(c);
    const field = withdrawField(decisionId);
    return render(
      c,
      <WithdrawConfirmPage
        v={c.get('view')}
        call={call.data}
        decision={decision}
        reason={(values[field] ?? '').trim()}
        field={field}
      />,
    );
  }
  return postForm(c, {
    values,
    route: routes.withdrawDecision,
    params: { challengeId, decisionId },
    map: withdrawMapping(decisionId),
    redirect: () => `/beheer/oproepen/${challengeId}/beslissingen?melding=ingetrokken`,
    conflictStatus: true,
    page: (form, status) => decisionsPage(c, { form, decisionId }, status),
  });
});

decisions.post('/beheer/oproepen/:challengeId/fase/:phase/heropenen', async (c) => {
  const { challengeId } = c.req.param();
  const phase = Number(c.req.param('phase'));
  if (!UUID.test(challengeId) || ![1, 2, 3].includes(phase)) return notFoundPage(c);
  return postForm(c, {
    route: routes.reopenEvaluation,
    params: { challengeId, phase },
    map: reopenMapping(phase),
    redirect: () => `/beheer/oproepen/${challengeId}/beslissingen?melding=heropend`,
    conflictStatus: true,
    page: (form, status) => decisionsPage(c, { form, phase }, status),
  });
});
