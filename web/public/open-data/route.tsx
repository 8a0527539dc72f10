/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { readAllListed } from '#web/kit/listing.ts';
import { OpenDataPage } from './view.tsx';

/** The OCDS packages per year in which calls were published. */
export const openData = new Hono<SiteEnv>();

openData.get('/open-data', async (c) => {
  const all = await readAllListed(c.get('api'), {});
  const years = new Set<number>([c.get('view').now.getUTCFullYear()]);
  for (const item of all) years.add(Number(item.publishedAt.slice(0, 4)));
  return render(c, <OpenDataPage v={c.get('view')} years={[...years].sort((a, b) => b - a)} />);
});
