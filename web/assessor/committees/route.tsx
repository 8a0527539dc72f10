/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, render, type SiteEnv } from '#web/kit/context.tsx';
import { CommitteesPage } from './view.tsx';

/** The assessor's committees, with what is left to do in each. */
export const committees = new Hono<SiteEnv>();

committees.get('/beoordelen', async (c) => {
  const api = c.get('api');
  const mine = await api(routes.myCommittees);
  if (!mine.ok) throw new Error(`committees: ${mine.problem.type}`);
  const all = await Promise.all(
    mine.data.items.map(async ({ challengeId, phase }) => {
      const [call, evaluation] = await Promise.all([
        api(routes.getChallenge, { params: { challengeId } }),
        api(routes.phaseEvaluation, { params: { challengeId, phase } }),
      ]);
      return {
        phase,
        ...(call.ok ? { call: call.data } : {}),
        ...(evaluation.ok ? { evaluation: evaluation.data } : {}),
      };
    }),
  );
  return render(
    c,
    <CommitteesPage v={c.get('view')} committees={all.filter((x) => x.call)} flash={flash(c)} />,
  );
});
