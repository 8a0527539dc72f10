/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import type { ApiClient } from '#web/kit/api.ts';
import { flash, notFoundPage, render, requireRole, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { Session } from '#web/kit/session.ts';
import type { PhaseStatistics } from '#web/kit/types.ts';
import { emptyForm } from '#web/kit/view.ts';
import { questionMapping } from './form.ts';
import { CallPage, type CallPageData } from './view.tsx';

/** A call's page, and the question form on it. */
export const callPage = new Hono<SiteEnv>();

/** Everything the call's page shows, read from the API in parallel; undefined when it is not visible. */
export async function callPageData(
  api: ApiClient,
  challengeId: string,
  session: Session | undefined,
): Promise<Omit<CallPageData, 'askForm'> | undefined> {
  if (!UUID.test(challengeId)) return undefined;
  const [call, questions, notas, mine] = await Promise.all([
    api(routes.getChallenge, { params: { challengeId } }),
    api(routes.listQuestions, { params: { challengeId } }),
    api(routes.listNotas, { params: { challengeId } }),
    session?.role === 'sme' ? api(routes.myProposals, { query: { limit: 100 } }) : undefined,
  ]);
  if (!call.ok) {
    if (call.status === 404 || call.status === 400) return undefined;
    throw new Error(`call ${challengeId}: ${call.problem.type}`);
  }
  const closed = call.data.phases.filter((p) => p.status === 'closed');
  const statistics = (
    await Promise.all(
      closed.map((p) => api(routes.phaseStatistics, { params: { challengeId, phase: p.number } })),
    )
  ).flatMap((r): PhaseStatistics[] => (r.ok ? [r.data] : []));
  return {
    call: call.data,
    questions: questions.ok ? questions.data.items : [],
    notas: notas.ok ? notas.data.items : [],
    statistics,
    ownProposals: mine?.ok ? mine.data.items.filter((p) => p.challengeId === challengeId) : [],
  };
}

callPage.get('/oproepen/:challengeId', async (c) => {
  const data = await callPageData(c.get('api'), c.req.param('challengeId'), c.get('session'));
  if (!data) return notFoundPage(c);
  return render(c, <CallPage v={c.get('view')} data={{ ...data, askForm: emptyForm(), flash: flash(c) }} />);
});

callPage.post('/oproepen/:challengeId/vragen', async (c) => {
  const session = await requireRole(c, ['sme']);
  if (session instanceof Response) return session;
  const challengeId = c.req.param('challengeId');
  if (!UUID.test(challengeId)) return notFoundPage(c);
  return postForm(c, {
    route: routes.askQuestion,
    params: { challengeId },
    map: questionMapping,
    redirect: () => `/oproepen/${challengeId}?melding=vraag#vragen`,
    page: async (form) => {
      const data = await callPageData(c.get('api'), challengeId, session);
      if (!data) return notFoundPage(c);
      return render(c, <CallPage v={c.get('view')} data={{ ...data, askForm: form }} />, 400);
    },
  });
});
