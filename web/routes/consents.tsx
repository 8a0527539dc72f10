/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { ConsentsPage } from '#web/buyer/consents/view.tsx';
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
import { UUID } from './public.tsx';

/** A co-funding body's side (buyers and programme officers): the requests to approve its share. */
export function consentRoutes(app: Hono<SiteEnv>) {
  app.use('/medefinanciering', only(['buyer', 'programme']));
  app.use('/medefinanciering/*', only(['buyer', 'programme']));

  const requests = async (c: SiteContext) => {
    const mine = await c.get('api')(routes.myConsentRequests);
    if (!mine.ok) throw new Error(`consent requests: ${mine.problem.type}`);
    // An approval is final once its call is public (a draft is visible to its lead buyer only).
    return Promise.all(
      mine.data.items.map(async (r) => {
        if (r.status !== 'approved') return r;
        const call = await c.get('api')(routes.getChallenge, { params: { challengeId: r.challengeId } });
        return { ...r, final: call.ok && call.data.status !== 'draft' };
      }),
    );
  };

  app.get('/medefinanciering', async (c) =>
    render(c, <ConsentsPage v={c.get('view')} requests={await requests(c)} flash={flash(c)} />),
  );

  app.post('/medefinanciering/:challengeId', async (c) => {
    const v = c.get('view');
    const challengeId = c.req.param('challengeId');
    if (!UUID.test(challengeId)) return notFoundPage(c);
    const values = await formValues(c);
    const reasonField = `reden-${challengeId}`;
    const reason = (values[reasonField] ?? '').trim();
    const body =
      values.decision === 'decline'
        ? { decision: 'decline' as const, reason }
        : values.decision === 'withdraw'
          ? { decision: 'withdraw' as const }
          : { decision: 'approve' as const };
    const result = await c.get('api')(routes.decideConsent, {
      params: { challengeId, funderOin: c.get('session')!.org },
      body,
    });
    if (result.ok) return c.redirect('/medefinanciering?melding=instemming', 303);
    if (result.status === 404) return notFoundPage(c);
    const form = {
      values,
      ...formErrors(result.problem, v.lang, (field) => (field === 'body.reason' ? reasonField : undefined)),
    };
    return render(
      c,
      <ConsentsPage v={v} requests={await requests(c)} failed={{ challengeId, form }} />,
      result.status === 409 ? 409 : 400,
    );
  });
}
