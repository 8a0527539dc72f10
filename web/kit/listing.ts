import type { ListingItem } from '#shared/challenges/schemas.ts';
import { routes } from '#shared/routes.ts';
import type { ApiClient } from '#web/kit/api.ts';

/**
 * The listing page's view of the public listing: the API filters by theme, instrument and
 * status (one partition each, exact pages); the site adds the buyer filter and the sort by next
 * closing date over the filtered set, then pages it. A programme has tens of calls a year, so
 * the filtered set is read whole (bounded: at most MAX_PAGES API pages).
 */
export const PAGE_SIZE = 10;
const API_PAGE = 100;
const MAX_PAGES = 10;

export type SortOrder = 'deadline' | 'newest';

export interface ListingFilter {
  theme?: string;
  instrument?: string;
  status?: string;
  buyer?: string;
  sort: SortOrder;
  page: number;
}

/** The earliest deadline of a phase still open (or, failing that, planned); undefined when none is left. */
export function nextDeadline(item: Pick<ListingItem, 'phases'>): string | undefined {
  const pick = (status: string) =>
    item.phases
      .filter((p) => p.status === status)
      .map((p) => p.submissionDeadline)
      .sort()[0];
  return pick('open') ?? pick('planned');
}

export function sortItems(items: ListingItem[], sort: SortOrder): ListingItem[] {
  const newest = (a: ListingItem, b: ListingItem) => b.publishedAt.localeCompare(a.publishedAt);
  if (sort === 'newest') return [...items].sort(newest);
  return [...items].sort((a, b) => {
    const da = nextDeadline(a);
    const db = nextDeadline(b);
    if (da && db) return da.localeCompare(db) || newest(a, b);
    if (da) return -1;
    if (db) return 1;
    return newest(a, b);
  });
}

export interface ListingPage {
  items: ListingItem[];
  total: number;
  page: number;
  pages: number;
  /** Every lead buyer in the (otherwise filtered) set, for the buyer filter. */
  buyers: { oin: string; name: string }[];
}

/** Every listed call matching the API's filters (bounded). */
export async function readAllListed(
  api: ApiClient,
  filter: Pick<ListingFilter, 'theme' | 'instrument' | 'status'>,
): Promise<ListingItem[]> {
  const all: ListingItem[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const result = await api(routes.listChallenges, {
      query: {
        theme: filter.theme,
        instrument: filter.instrument,
        status: filter.status,
        limit: API_PAGE,
        cursor,
      },
    });
    if (!result.ok) throw new Error(`listing failed: ${result.problem.type} ${result.problem.detail}`);
    all.push(...result.data.items);
    cursor = result.data.nextCursor;
    if (!cursor) break;
  }
  return all;
}

export async function readListing(api: ApiClient, filter: ListingFilter): Promise<ListingPage> {
  const all = await readAllListed(api, filter);
  const buyers = [...new Map(all.map((i) => [i.leadBuyer.oin, i.leadBuyer])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'nl'),
  );
  const filtered = filter.buyer ? all.filter((i) => i.leadBuyer.oin === filter.buyer) : all;
  const sorted = sortItems(filtered, filter.sort);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page), pages);
  return {
    items: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: sorted.length,
    page,
    pages,
    buyers,
  };
}
