/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, render, type SiteEnv } from '#web/kit/context.tsx';
import { callsById } from '../loaders.ts';
import { MyProposalsPage } from './view.tsx';

/** The company's proposals, with their calls. */
export const myProposals = new Hono<SiteEnv>();

myProposals.get('/mijn/voorstellen', async (c) => {
  const result = await c.get('api')(routes.myProposals, { query: { limit: 100 } });
  if (!result.ok) throw new Error(`my proposals: ${result.problem.type}`);
  const calls = await callsById(
    c.get('api'),
    result.data.items.map((p) => p.challengeId),
  );
  return render(
    c,
    <MyProposalsPage v={c.get('view')} proposals={result.data.items} calls={calls} flash={flash(c)} />,
  );
});
