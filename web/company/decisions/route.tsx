/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { FormState } from '#web/kit/view.ts';
import { objectionMapping } from './form.ts';
import { texts } from './messages.ts';
import { DecisionLetterPage, MyDecisionsPage } from './view.tsx';

/**
 * A bidder's decision letters and its objection. The letter page is the same for the company it
 * is addressed to and the buyer who sent it; the API decides who may read it.
 */
export const decisions = new Hono<SiteEnv>();

decisions.get('/mijn/beslissingen', async (c) => {
  const result = await c.get('api')(routes.myDecisionLetters);
  if (!result.ok) throw new Error(`decision letters: ${result.problem.type}`);
  return render(c, <MyDecisionsPage v={c.get('view')} letters={result.data.items} />);
});

const letterPage = async (c: SiteContext, form?: FormState, status: 200 | 400 | 409 = 200) => {
  const { decisionId, proposalId } = c.req.param() as { decisionId: string; proposalId: string };
  if (!UUID.test(decisionId) || !UUID.test(proposalId)) return notFoundPage(c);
  const v = c.get('view');
  const letter = await c.get('api')(routes.decisionLetter, { params: { proposalId, decisionId } });
  if (!letter.ok) return notFoundPage(c);
  const back =
    v.session?.role === 'buyer'
      ? { href: `/beheer/oproepen/${letter.data.challengeId}/beslissingen`, label: v.t.decisions.buyerTitle }
      : { href: '/mijn/beslissingen', label: texts(v).myTitle };
  const message = c.req.query('melding') === 'bezwaar' ? texts(v).lodged : undefined;
  return render(
    c,
    <DecisionLetterPage
      v={v}
      letter={letter.data}
      back={back}
      {...(form ? { form } : {})}
      {...(message ? { flash: message } : {})}
    />,
    status,
  );
};

decisions.get('/beslissingen/:decisionId/:proposalId', (c) => letterPage(c));

decisions.post('/beslissingen/:decisionId/:proposalId/bezwaar', async (c) => {
  const { decisionId, proposalId } = c.req.param();
  if (!UUID.test(decisionId) || !UUID.test(proposalId) || c.get('session')?.role !== 'sme')
    return notFoundPage(c);
  return postForm(c, {
    route: routes.lodgeObjection,
    params: { proposalId },
    map: objectionMapping(decisionId),
    redirect: () => `/beslissingen/${decisionId}/${proposalId}?melding=bezwaar`,
    conflictStatus: true,
    page: (form, status) => letterPage(c, form, status),
  });
});
