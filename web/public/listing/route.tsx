/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { LISTED_STATUSES } from '#shared/challenges/model.ts';
import { INSTRUMENTS, THEMES } from '#shared/kernel/vocabulary.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { readAllListed, readListing, type SortOrder } from '#web/kit/listing.ts';
import { emptyForm } from '#web/kit/view.ts';
import { listingFeed } from './feed.ts';
import { texts } from './messages.ts';
import { ListingPageView } from './view.tsx';

/** The listing of calls with its filters, and an Atom feed per filter. */
export const listing = new Hono<SiteEnv>();

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
  allowed.includes(value as T) ? (value as T) : undefined;
const buyerOf = (oin: string | undefined) => (oin && /^[0-9A-Z]{20}$/.test(oin) ? oin : undefined);

listing.get('/oproepen', async (c) => {
  const q = c.req.query();
  const filter = {
    theme: oneOf(q.thema, Object.keys(THEMES)),
    instrument: oneOf(q.instrument, INSTRUMENTS),
    status: oneOf(q.status, [...LISTED_STATUSES, 'open'] as const),
    buyer: buyerOf(q.opdrachtgever),
    sort: (oneOf(q.sorteer, ['deadline', 'newest'] as const) ?? 'deadline') as SortOrder,
    page: /^\d{1,4}$/.test(q.pagina ?? '') ? Number(q.pagina) : 1,
  };
  const page = await readListing(c.get('api'), filter);
  const form = emptyForm({
    thema: filter.theme ?? '',
    instrument: filter.instrument ?? '',
    status: filter.status ?? '',
    opdrachtgever: filter.buyer ?? '',
    sorteer: filter.sort,
  });
  return render(c, <ListingPageView v={c.get('view')} page={page} filter={filter} form={form} />);
});

listing.get('/oproepen/feed.atom', async (c) => {
  const q = c.req.query();
  const filter = {
    theme: oneOf(q.thema, Object.keys(THEMES)),
    instrument: oneOf(q.instrument, INSTRUMENTS),
    status: oneOf(q.status, [...LISTED_STATUSES, 'open'] as const),
  };
  const buyer = buyerOf(q.opdrachtgever);
  const v = c.get('view');
  const items = (await readAllListed(c.get('api'), filter)).filter(
    (i) => !buyer || i.leadBuyer.oin === buyer,
  );
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({
    thema: filter.theme,
    instrument: filter.instrument,
    status: filter.status,
    opdrachtgever: buyer,
  }))
    if (value) query.set(key, value);
  const named = [
    filter.theme ? THEMES[filter.theme as keyof typeof THEMES][v.lang] : undefined,
    filter.instrument ? v.t.instruments[filter.instrument as 'sbir'] : undefined,
  ].filter(Boolean);
  const body = listingFeed({
    items,
    lang: v.lang,
    siteOrigin: new URL(c.req.url).origin,
    selfPath: `/oproepen/feed.atom${query.size > 0 ? `?${query}` : ''}`,
    title: `Innovatiemarkt: ${texts(v).title.toLowerCase()}${named.length > 0 ? ` (${named.join(', ')})` : ''}`,
  });
  return c.body(body, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
});
