/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { type DecisionsFailure, DecisionsPage } from '#web/buyer/decisions/view.tsx';
import { DecisionLetterPage, MyDecisionsPage } from '#web/company/decisions/view.tsx';
import {
  flash,
  formValues,
  notFoundPage,
  only,
  render,
  type SiteContext,
  type SiteEnv,
} from '#web/kit/context.tsx';
import { formErrors } from '#web/kit/forms.ts';
import type { FormState } from '#web/kit/view.ts';
import { UUID } from './public.tsx';

/**
 * Award decisions on the site: a bidder's letters and its objection (companies), the buyer's
 * decisions with the objections to answer and the withdrawal. The letter page is the same for
 * the company it is addressed to and the buyer who sent it; the API decides who may read it.
 */
export function decisionRoutes(app: Hono<SiteEnv>) {
  app.use('/mijn/beslissingen', only(['sme']));
  app.use('/beslissingen/*', only(['sme', 'buyer']));
  app.use('/beheer/oproepen/:challengeId/beslissingen', only(['buyer']));
  app.use('/beheer/oproepen/:challengeId/beslissingen/*', only(['buyer']));
  app.use('/beheer/oproepen/:challengeId/bezwaren/*', only(['buyer']));

  app.get('/mijn/beslissingen', async (c) => {
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
        ? {
            href: `/beheer/oproepen/${letter.data.challengeId}/beslissingen`,
            label: v.t.decisions.buyerTitle,
          }
        : { href: '/mijn/beslissingen', label: v.t.decisions.myTitle };
    const message = c.req.query('melding') === 'bezwaar' ? v.t.decisions.lodged : undefined;
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

  app.get('/beslissingen/:decisionId/:proposalId', (c) => letterPage(c));

  app.post('/beslissingen/:decisionId/:proposalId/bezwaar', async (c) => {
    const { decisionId, proposalId } = c.req.param();
    if (!UUID.test(decisionId) || !UUID.test(proposalId) || c.get('session')?.role !== 'sme')
      return notFoundPage(c);
    const values = await formValues(c);
    const result = await c.get('api')(routes.lodgeObjection, {
      params: { proposalId },
      body: { decisionId, grounds: (values.grounds ?? '').trim() },
    });
    if (result.ok) return c.redirect(`/beslissingen/${decisionId}/${proposalId}?melding=bezwaar`, 303);
    if (result.status === 404) return notFoundPage(c);
    const v = c.get('view');
    const form = {
      values,
      ...formErrors(result.problem, v.lang, (field) => (field === 'body.grounds' ? 'grounds' : undefined)),
    };
    return letterPage(c, form, result.status === 409 ? 409 : 400);
  });

  // The buyer's side.
  const decisionsPage = async (c: SiteContext, failed?: DecisionsFailure, status: 200 | 400 | 409 = 200) => {
    const challengeId = c.req.param('challengeId') ?? '';
    if (!UUID.test(challengeId)) return notFoundPage(c);
    const api = c.get('api');
    const [challenge, decisions] = await Promise.all([
      api(routes.getChallenge, { params: { challengeId } }),
      api(routes.challengeDecisions, { params: { challengeId } }),
    ]);
    if (!challenge.ok || !decisions.ok) return notFoundPage(c);
    const flashes: Record<string, string> = {
      beantwoord: c.get('view').t.decisions.answered,
      ingetrokken: c.get('view').t.decisions.withdrawn,
    };
    const message = flashes[c.req.query('melding') ?? ''] ?? flash(c);
    return render(
      c,
      <DecisionsPage
        v={c.get('view')}
        challenge={challenge.data}
        decisions={decisions.data.items}
        {...(failed ? { failed } : {})}
        {...(message ? { flash: message } : {})}
      />,
      status,
    );
  };

  app.get('/beheer/oproepen/:challengeId/beslissingen', (c) => decisionsPage(c));

  app.post('/beheer/oproepen/:challengeId/bezwaren/:objectionId', async (c) => {
    const { challengeId, objectionId } = c.req.param();
    if (!UUID.test(challengeId) || !UUID.test(objectionId)) return notFoundPage(c);
    const values = await formValues(c);
    const outcomeField = `uitkomst-${objectionId}`;
    const reasonsField = `motivering-${objectionId}`;
    const outcome = values[outcomeField];
    const result = await c.get('api')(routes.answerObjection, {
      params: { challengeId, objectionId },
      // An unchosen outcome goes to the API as it is, which names the field.
      body: { outcome: outcome as 'upheld' | 'rejected', reasons: (values[reasonsField] ?? '').trim() },
    });
    if (result.ok) return c.redirect(`/beheer/oproepen/${challengeId}/beslissingen?melding=beantwoord`, 303);
    if (result.status === 404) return notFoundPage(c);
    const v = c.get('view');
    const form = {
      values,
      ...formErrors(result.problem, v.lang, (field) =>
        field === 'body.outcome' ? outcomeField : field === 'body.reasons' ? reasonsField : undefined,
      ),
    };
    return decisionsPage(c, { form, objectionId }, result.status === 409 ? 409 : 400);
  });

  app.post('/beheer/oproepen/:challengeId/beslissingen/:decisionId/intrekken', async (c) => {
    const { challengeId, decisionId } = c.req.param();
    if (!UUID.test(challengeId) || !UUID.test(decisionId)) return notFoundPage(c);
    const values = await formValues(c);
    const reasonField = `reden-${decisionId}`;
    const result = await c.get('api')(routes.withdrawDecision, {
      params: { challengeId, decisionId },
      body: { reason: (values[reasonField] ?? '').trim() },
    });
    if (result.ok) return c.redirect(`/beheer/oproepen/${challengeId}/beslissingen?melding=ingetrokken`, 303);
    if (result.status === 404) return notFoundPage(c);
    const v = c.get('view');
    const form = {
      values,
      ...formErrors(result.problem, v.lang, (field) => (field === 'body.reason' ? reasonField : undefined)),
    };
    return decisionsPage(c, { form, decisionId }, result.status === 409 ? 409 : 400);
  });
}
