/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, render, type SiteEnv } from '#web/kit/context.tsx';
import { MyCallsPage } from './view.tsx';

/** The buyer organisation's own calls, drafts included. */
export const myCalls = new Hono<SiteEnv>();

myCalls.get('/beheer/oproepen', async (c) => {
  const result = await c.get('api')(routes.myChallenges);
  if (!result.ok) throw new Error(`my calls: ${result.problem.type}`);
  return render(c, <MyCallsPage v={c.get('view')} calls={result.data.items} flash={flash(c)} />);
});
