/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { callsById } from '../loaders.ts';
import { InvitationsPage } from './view.tsx';

/** Invitations to bid for phase 2 (after completing phase 1), or to negotiate (a partnership). */
export const invitations = new Hono<SiteEnv>();

invitations.get('/mijn/uitnodigingen', async (c) => {
  const result = await c.get('api')(routes.myInvitations);
  if (!result.ok) throw new Error(`invitations: ${result.problem.type}`);
  const calls = await callsById(
    c.get('api'),
    result.data.items.map((i) => i.challengeId),
  );
  return render(c, <InvitationsPage v={c.get('view')} invitations={result.data.items} calls={calls} />);
});
