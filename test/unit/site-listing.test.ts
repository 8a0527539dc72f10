import { describe, expect, it } from 'vitest';
import type { ListingItem } from '#shared/challenges/schemas.ts';
import type { ApiClient } from '#web/kit/api.ts';
import { nextDeadline, PAGE_SIZE, readListing, sortItems } from '#web/kit/listing.ts';

const item = (n: number, overrides: Partial<ListingItem> = {}): ListingItem => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  status: 'published',
  instrument: 'sbir',
  title: { nl: `Oproep ${n}` },
  theme: 'zorg-gezondheid',
  leadBuyer: { oin: n % 2 ? '00000099000000002000' : '00000099000000003000', name: n % 2 ? 'ZH' : 'NH' },
  funders: [],
  totalBudgetCents: 100,
  phases: [
    {
      number: 1,
      status: 'open',
      submissionDeadline: `2027-01-${String(30 - n).padStart(2, '0')}T16:00:00.000Z`,
    },
  ],
  publishedAt: `2026-10-${String(n).padStart(2, '0')}T10:00:00.000Z`,
  ...overrides,
});

/** An API that serves `items` in pages of `size`, recording each query. */
function fakeApi(items: ListingItem[], size: number, queries: unknown[] = []): ApiClient {
  return (async (_route: unknown, input: { query?: { cursor?: string } } = {}) => {
    queries.push(input.query);
    const start = Number(input.query?.cursor ?? 0);
    const next = start + size < items.length ? String(start + size) : undefined;
    return {
      ok: true,
      status: 200,
      data: { items: items.slice(start, start + size), ...(next ? { nextCursor: next } : {}) },
    };
  }) as unknown as ApiClient;
}

describe('the site’s listing', () => {
  it('reads every API page, filters by buyer, and pages by ten', async () => {
    const items = Array.from({ length: 23 }, (_, i) => item(i + 1));
    const queries: unknown[] = [];
    const all = await readListing(fakeApi(items, 100, queries), { sort: 'newest', page: 1 });
    expect(all.total).toBe(23);
    expect(all.pages).toBe(3);
    expect(all.items).toHaveLength(PAGE_SIZE);
    expect(all.items[0]!.title.nl).toBe('Oproep 23');
    const third = await readListing(fakeApi(items, 5), { sort: 'newest', page: 3 });
    expect(third.items.map((i) => i.title.nl)).toEqual(['Oproep 3', 'Oproep 2', 'Oproep 1']);
    const zh = await readListing(fakeApi(items, 7), {
      buyer: '00000099000000002000',
      sort: 'newest',
      page: 9,
    });
    expect(zh.total).toBe(12);
    expect(zh.page).toBe(2); // a page past the end shows the last one
    expect(zh.buyers.map((b) => b.name)).toEqual(['NH', 'ZH']);
    expect(queries[0]).toMatchObject({ limit: 100 });
  });

  it('sorts by the next open deadline, then planned, then calls with no deadline left (newest first)', () => {
    const closed = item(1, {
      phases: [{ number: 1, status: 'closed', submissionDeadline: '2020-01-01T00:00:00Z' }],
    });
    const planned = item(2, {
      phases: [{ number: 2, status: 'planned', submissionDeadline: '2027-01-01T00:00:00Z' }],
    });
    const soon = item(3, {
      phases: [{ number: 1, status: 'open', submissionDeadline: '2026-12-01T00:00:00Z' }],
    });
    const later = item(4, {
      phases: [{ number: 1, status: 'open', submissionDeadline: '2027-02-01T00:00:00Z' }],
    });
    expect(sortItems([closed, later, planned, soon], 'deadline').map((i) => i.title.nl)).toEqual([
      'Oproep 3',
      'Oproep 2',
      'Oproep 4',
      'Oproep 1',
    ]);
    expect(nextDeadline(closed)).toBeUndefined();
  });
});
