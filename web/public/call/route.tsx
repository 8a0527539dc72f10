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
import { ChallengePage, type ChallengePageData } from './view.tsx';

/** A call's page, and the question form on it. */
export const call = new Hono<SiteEnv>();

/** Everything the call's page shows, read from the API in parallel; undefined when it is not visible. */
export async function challengePageData(
  api: ApiClient,
  challengeId: string,
  session: Session | undefined,
): Promise<Omit<ChallengePageData, 'askForm'> | undefined> {
  if (!UUID.test(challengeId)) return undefined;
  const [challenge, questions, notas, mine] = await Promise.all([
    api(routes.getChallenge, { params: { challengeId } }),
    api(routes.listQuestions, { params: { challengeId } }),
    api(routes.listNotas, { params: { challengeId } }),
    session?.role === 'sme' ? api(routes.myProposals, { query: { limit: 100 } }) : undefined,
  ]);
  if (!challenge.ok) {
    if (challenge.status === 404 || challenge.status === 400) return undefined;
    throw new Error(`challenge ${challengeId}: ${challenge.problem.type}`);
  }
  const closed = challenge.data.phases.filter((p) => p.status === 'closed');
  const statistics = (
    await Promise.all(
      closed.map((p) => api(routes.phaseStatistics, { params: { challengeId, phase: p.number } })),
    )
  ).flatMap((r): PhaseStatistics[] => (r.ok ? [r.data] : []));
  return {
    challenge: challenge.data,
    questions: questions.ok ? questions.data.items : [],
    notas: notas.ok ? notas.data.items : [],
    statistics,
    ownProposals: mine?.ok ? mine.data.items.filter((p) => p.challengeId === challengeId) : [],
  };
}

call.get('/oproepen/:challengeId', async (c) => {
  const data = await challengePageData(c.get('api'), c.req.param('challengeId'), c.get('session'));
  if (!data) return notFoundPage(c);
  return render(
    c,
    <ChallengePage v={c.get('view')} data={{ ...data, askForm: emptyForm(), flash: flash(c) }} />,
  );
});

call.post('/oproepen/:challengeId/vragen', async (c) => {
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
      const data = await challengePageData(c.get('api'), challengeId, session);
      if (!data) return notFoundPage(c);
      return render(c, <ChallengePage v={c.get('view')} data={{ ...data, askForm: form }} />, 400);
    },
  });
});
