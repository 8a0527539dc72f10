/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, only, render, type SiteEnv } from '#web/kit/context.tsx';
import { UUID } from '#web/kit/ids.ts';
import { readAllListed } from '#web/kit/listing.ts';
import { localised } from '#web/kit/view.ts';
import { AuditIndexPage, AuditTrailPage } from './view.tsx';

/** A call's audit trail with its verification: for procurement officers only. */
export const audit = new Hono<SiteEnv>();

audit.use('/rapporten/audit', only(['officer']));
audit.use('/rapporten/audit/*', only(['officer']));

audit.get('/rapporten/audit', async (c) => {
  const v = c.get('view');
  const all = await readAllListed(c.get('api'), {});
  return render(
    c,
    <AuditIndexPage v={v} calls={all.map((i) => ({ id: i.id, title: localised(i.title, v.lang).text }))} />,
  );
});

audit.get('/rapporten/audit/:challengeId', async (c) => {
  const challengeId = c.req.param('challengeId');
  if (!UUID.test(challengeId)) return notFoundPage(c);
  const api = c.get('api');
  const [call, trail] = await Promise.all([
    api(routes.getChallenge, { params: { challengeId } }),
    api(routes.challengeAuditTrail, { params: { challengeId } }),
  ]);
  if (!call.ok || !trail.ok) return notFoundPage(c);
  const v = c.get('view');
  return render(
    c,
    <AuditTrailPage v={v} title={localised(call.data.title, v.lang).text} trail={trail.data} />,
  );
});
