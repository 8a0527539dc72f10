/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, render, type SiteEnv } from '#web/kit/context.tsx';
import { MyChallengesPage } from './view.tsx';

/** The buyer organisation's own calls, drafts included. */
export const calls = new Hono<SiteEnv>();

calls.get('/beheer/oproepen', async (c) => {
  const result = await c.get('api')(routes.myChallenges);
  if (!result.ok) throw new Error(`my challenges: ${result.problem.type}`);
  return render(c, <MyChallengesPage v={c.get('view')} challenges={result.data.items} flash={flash(c)} />);
});
