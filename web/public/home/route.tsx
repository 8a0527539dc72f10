/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { flash, render, type SiteEnv } from '#web/kit/context.tsx';
import { readAllListed, sortItems } from '#web/kit/listing.ts';
import { HomePage } from './view.tsx';

export const home = new Hono<SiteEnv>();

home.get('/', async (c) => {
  // Open calls: published with a phase that still takes proposals, soonest deadline first.
  const published = await readAllListed(c.get('api'), { status: 'published' });
  const open = sortItems(
    published.filter((item) => item.phases.some((p) => p.status === 'open')),
    'deadline',
  );
  return render(c, <HomePage v={c.get('view')} open={open} flash={flash(c)} />);
});
