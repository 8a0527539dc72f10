/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteEnv } from '#web/kit/context.tsx';
import { UUID } from '#web/kit/ids.ts';
import { NotaPage } from './view.tsx';

/** A nota van inlichtingen, printable; part of the call, so as public as the call. */
export const nota = new Hono<SiteEnv>();

nota.get('/oproepen/:challengeId/nota/:phase/:number', async (c) => {
  const challengeId = c.req.param('challengeId');
  if (!UUID.test(challengeId)) return notFoundPage(c);
  const api = c.get('api');
  const [call, notas] = await Promise.all([
    api(routes.getChallenge, { params: { challengeId } }),
    api(routes.listNotas, { params: { challengeId } }),
  ]);
  const found =
    notas.ok &&
    notas.data.items.find(
      (n) => String(n.phase) === c.req.param('phase') && String(n.number) === c.req.param('number'),
    );
  if (!call.ok || !found) return notFoundPage(c);
  return render(c, <NotaPage v={c.get('view')} call={call.data} nota={found} />);
});
