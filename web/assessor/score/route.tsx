/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { MyScores } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { scoreMapping } from './form.ts';
import { ScorePage } from './view.tsx';

/** Reading a proposal (after declaring no conflict) and scoring it per criterion. */
export const score = new Hono<SiteEnv>();

/** The proposal and its call; undefined before declaring (or after recusing): not readable then. */
async function proposalOf(c: SiteContext) {
  const proposalId = c.req.param('proposalId') ?? '';
  const challengeId = c.req.query('oproep') ?? '';
  if (!UUID.test(proposalId) || !UUID.test(challengeId)) return undefined;
  const api = c.get('api');
  const [proposal, call, mine] = await Promise.all([
    api(routes.getProposal, { params: { proposalId } }),
    api(routes.getChallenge, { params: { challengeId } }),
    api(routes.myScores, { params: { proposalId } }),
  ]);
  if (!proposal.ok || !call.ok || proposal.data.challengeId !== challengeId) return undefined;
  return { proposal: proposal.data, call: call.data, ...(mine.ok ? { mine: mine.data } : {}) };
}

/** What the assessor gave before, as the form's values: reopening shows it, to see or change. */
const scoredForm = (mine: MyScores | undefined): FormState => {
  if (!mine) return emptyForm();
  const values: Record<string, string> = { motivation: mine.motivation };
  for (const s of mine.scores) {
    values[`score-${s.criterion}`] = String(s.score);
    if (s.motivation) values[`why-${s.criterion}`] = s.motivation;
  }
  return { values, errors: {} };
};

score.get('/beoordelen/voorstel/:proposalId', async (c) => {
  const found = await proposalOf(c);
  if (!found) return notFoundPage(c);
  return render(c, <ScorePage v={c.get('view')} {...found} form={scoredForm(found.mine)} />);
});

score.post('/beoordelen/voorstel/:proposalId', async (c) => {
  const found = await proposalOf(c);
  if (!found) return notFoundPage(c);
  const { proposal, call } = found;
  return postForm(c, {
    route: routes.scoreProposal,
    params: { proposalId: proposal.id },
    map: scoreMapping,
    redirect: () => `/beoordelen/${call.id}/fase/${proposal.phase}?melding=gescoord`,
    page: (form) => render(c, <ScorePage v={c.get('view')} {...found} form={form} />, 400),
  });
});
