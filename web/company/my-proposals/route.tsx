/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, render, type SiteEnv } from '#web/kit/context.tsx';
import type { LetterItem } from '#web/kit/decisions.tsx';
import { callsById } from '../loaders.ts';
import { MyProposalsPage } from './view.tsx';

/** The company's proposals, with their calls. */
export const myProposals = new Hono<SiteEnv>();

myProposals.get('/mijn/voorstellen', async (c) => {
  const [result, letters] = await Promise.all([
    c.get('api')(routes.myProposals, { query: { limit: 100 } }),
    c.get('api')(routes.myDecisionLetters),
  ]);
  if (!result.ok) throw new Error(`my proposals: ${result.problem.type}`);
  // Per proposal its latest decision that still stands (letters come newest first).
  const latest = new Map<string, LetterItem>();
  for (const letter of letters.ok ? letters.data.items : [])
    if (letter.status !== 'withdrawn' && !latest.has(letter.proposalId))
      latest.set(letter.proposalId, letter);
  const calls = await callsById(
    c.get('api'),
    result.data.items.map((p) => p.challengeId),
  );
  return render(
    c,
    <MyProposalsPage
      v={c.get('view')}
      proposals={result.data.items}
      calls={calls}
      letters={latest}
      flash={flash(c)}
    />,
  );
});
