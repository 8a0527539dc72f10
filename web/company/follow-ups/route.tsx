/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { callsById, loadCall } from '../loaders.ts';
import { followUpMapping } from './form.ts';
import { FollowUpFormPage, FollowUpsPage } from './view.tsx';

/** Follow-up monitoring: the rounds due, and each round's report. */
export const followUps = new Hono<SiteEnv>();

const followUpsOf = async (c: SiteContext) => {
  const result = await c.get('api')(routes.myFollowUps);
  if (!result.ok) throw new Error(`follow-ups: ${result.problem.type}`);
  return result.data.items;
};

followUps.get('/mijn/vervolgmonitoring', async (c) => {
  const items = await followUpsOf(c);
  const calls = await callsById(
    c.get('api'),
    items.map((f) => f.challengeId),
  );
  return render(c, <FollowUpsPage v={c.get('view')} followUps={items} calls={calls} flash={flash(c)} />);
});

const formPage = async (c: SiteContext, form: FormState, status: 200 | 400 = 200) => {
  const items = await followUpsOf(c);
  const followUp = items.find(
    (f) => f.awardId === c.req.param('awardId') && String(f.round) === c.req.param('round'),
  );
  if (!followUp) return notFoundPage(c);
  const [call, bodies] = await Promise.all([
    loadCall(c, followUp.challengeId),
    c.get('api')(routes.listGovernmentOrganisations),
  ]);
  return render(
    c,
    <FollowUpFormPage
      v={c.get('view')}
      followUp={followUp}
      {...(call ? { call } : {})}
      bodies={bodies.ok ? bodies.data.items : []}
      form={form}
    />,
    status,
  );
};

followUps.get('/mijn/vervolgmonitoring/:awardId/:round', (c) =>
  formPage(c, emptyForm({ jobs: '0', revenue: '0', investment: '0' })),
);

followUps.post('/mijn/vervolgmonitoring/:awardId/:round', async (c) => {
  const awardId = c.req.param('awardId');
  const round = Number(c.req.param('round'));
  if (!UUID.test(awardId) || !(round === 1 || round === 2 || round === 3)) return notFoundPage(c);
  return postForm(c, {
    route: routes.reportFollowUp,
    params: { awardId },
    map: (values, v) => followUpMapping(values, v, round),
    redirect: () => '/mijn/vervolgmonitoring?melding=vervolg',
    page: (form) => formPage(c, form, 400),
  });
});
