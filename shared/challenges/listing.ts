import type { z } from 'zod/mini';
import type { challengeSummaryV1 } from '#events/challenges/challenge-summary.v1.ts';
import { decodeCursor, encodeCursor } from '#shared/db/cursor.ts';
import { ENTITY, type Key, keys } from '#shared/db/keys.ts';
import { getItem, queryPage, type TxWrite } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';
import { type ListedStatus, phaseState } from './model.ts';
import type { ListChallengesQuery, ListingItem } from './schemas.ts';

/**
 * The public challenge listing: a projection kept by the ChallengeListingProjection consumer.
 * Each listed challenge is written once per combination of the three filters (theme,
 * instrument, status, each possibly "any"): 8 small items, so any filter combination is one
 * Query on one partition that pages exactly, and the cost of a page never depends on how many
 * other challenges exist.
 */
type Filter = { theme?: string; instrument?: string; status?: string };

export function filterCombinations(item: Pick<ListingItem, 'theme' | 'instrument' | 'status'>): Filter[] {
  const combos: Filter[] = [];
  for (const theme of [item.theme, undefined])
    for (const instrument of [item.instrument, undefined])
      for (const status of [item.status, undefined]) combos.push({ theme, instrument, status });
  return combos;
}

interface ListingHead {
  item: ListingItem;
  /** `occurredAt` of the last applied event: older events are stale and change nothing. */
  asOf: string;
}

async function readHead(challengeId: string): Promise<ListingHead | undefined> {
  const head = await getItem(keys.listingHead(challengeId), { consistent: true });
  return head ? { item: head.item as ListingItem, asOf: head.asOf as string } : undefined;
}

const sameKey = (a: Key, b: Key) => a.pk === b.pk && a.sk === b.sk;

/**
 * Writes that make the listing show `next` for a challenge: new entries, removal of entries
 * that no longer apply, and the head (guarded, so two racing projections cannot both win).
 */
export async function listingWrites(next: ListingItem, asOf: string): Promise<TxWrite[]> {
  const head = await readHead(next.id);
  if (head && head.asOf >= asOf) return []; // stale or repeated: the listing already shows newer state
  const nextKeys = filterCombinations(next).map((f) => keys.listingEntry(f, next.publishedAt, next.id));
  const oldKeys = head
    ? filterCombinations(head.item).map((f) => keys.listingEntry(f, head.item.publishedAt, head.item.id))
    : [];
  return [
    {
      item: {
        Put: {
          Item: { ...keys.listingHead(next.id), entity: ENTITY.listingHead, item: next, asOf },
          ConditionExpression: head ? 'asOf = :seen' : 'attribute_not_exists(pk)',
          ...(head ? { ExpressionAttributeValues: { ':seen': head.asOf } } : {}),
        },
      },
    },
    ...oldKeys
      .filter((old) => !nextKeys.some((k) => sameKey(k, old)))
      .map((key): TxWrite => ({ item: { Delete: { Key: key } } })),
    ...nextKeys.map(
      (key): TxWrite => ({
        item: { Put: { Item: { ...key, entity: ENTITY.listingEntry, item: next } } },
      }),
    ),
  ];
}

export function listingItemFromSummary(
  data: z.infer<typeof challengeSummaryV1>,
  status: ListedStatus,
): ListingItem {
  return {
    id: data.challengeId,
    status,
    instrument: data.instrument,
    title: data.title,
    theme: data.theme,
    leadBuyer: data.leadBuyer,
    funders: data.funders.map(({ oin, name, shareBasisPoints }) => ({ oin, name, shareBasisPoints })),
    totalBudgetCents: data.totalBudgetCents,
    phases: data.phases.map(({ number, status: phaseStatus, submissionDeadline }) => ({
      number,
      status: phaseStatus,
      submissionDeadline,
    })),
    publishedAt: data.publishedAt,
  };
}

/**
 * One page of the listing, newest first: exactly one Query. `open` reads the published calls and
 * keeps those with a phase taking proposals now (whether a phase is open follows the clock, so it
 * cannot be a partition of its own): Queries follow until the page is full or the calls run out.
 */
export async function queryListing(
  query: ListChallengesQuery,
): Promise<{ items: ListingItem[]; nextCursor?: string }> {
  const open = query.status === 'open';
  const partition = keys.listingPartition({ ...query, ...(open ? { status: 'published' } : {}) });
  const limit = query.limit ?? 20;
  // Phase states follow the clock, not the moment the projection was written.
  const now = clock.nowIso();
  const items: ListingItem[] = [];
  let after = query.cursor
    ? decodeCursor(query.cursor, (key) => key.pk === partition && Object.keys(key).length === 2)
    : undefined;
  do {
    const page = await queryPage({
      partition,
      descending: true,
      limit: limit - items.length,
      ...(after ? { after } : {}),
    });
    for (const i of page.items) {
      const item = i.item as ListingItem;
      const phases = item.phases.map((p) => ({ ...p, status: phaseState(item, p.number, now) }));
      if (!open || phases.some((p) => p.status === 'open')) items.push({ ...item, phases });
    }
    after = page.next;
  } while (open && after && items.length < limit);
  return { items, ...(after ? { nextCursor: encodeCursor(after) } : {}) };
}
