import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Caller } from '#shared/auth/caller.ts';
import { ENTITY, notificationKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem, queryAll, type TxWrite, transact } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';
import { badRequest, conflict, notFound, validationFailed } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import {
  type Language,
  MAX_SAVED_SEARCHES,
  MESSAGE_KINDS,
  type MessageKind,
  type PreferencesBody,
  type PreferencesView,
  type SavedSearch,
  type SavedSearchBody,
  type UnsubscribeBody,
} from './schemas.ts';

/** A person who can get e-mail: where, in which language, what not, and the key of their unsubscribe links. */
export interface Subscriber {
  org: string;
  sub: string;
  role: Caller['role'];
  email?: string;
  fromIdentity: boolean;
  language: Language;
  off: MessageKind[];
  /** Random, per person: an unsubscribe link carries it, so only a message we sent can turn a kind off. */
  unsubscribeKey: string;
  updatedAt: string;
}

export const kindsOf = (role: Caller['role']): MessageKind[] =>
  (Object.keys(MESSAGE_KINDS) as MessageKind[]).filter((k) =>
    (MESSAGE_KINDS[k].roles as readonly string[]).includes(role),
  );

const viewOf = (s: Subscriber): PreferencesView => ({
  ...(s.email ? { email: s.email } : {}),
  fromIdentity: s.fromIdentity,
  language: s.language,
  off: s.off,
  kinds: kindsOf(s.role),
  updatedAt: s.updatedAt,
});

export async function subscriberOf(org: string, sub: string): Promise<Subscriber | undefined> {
  const item = await getItem(notificationKeys.subscriber(org, sub), { consistent: true });
  return item ? withoutKeys<Subscriber>(item) : undefined;
}

/** Everyone of an organisation who can get e-mail (a buyer's staff, a company's people). */
export async function subscribersOf(org: string): Promise<Subscriber[]> {
  const items = await queryAll({
    partition: notificationKeys.subscribersPartition(org),
    prefix: notificationKeys.subscriberPrefix,
  });
  return items.map((item) => withoutKeys<Subscriber>(item));
}

async function put(next: Subscriber, previous: Subscriber | undefined): Promise<void> {
  await transact([
    {
      item: {
        Put: {
          Item: { ...notificationKeys.subscriber(next.org, next.sub), entity: ENTITY.subscriber, ...next },
          // Two saves at once: the second sees the first's, and is refused rather than lost.
          ConditionExpression: previous ? 'updatedAt = :seen' : 'attribute_not_exists(pk)',
          ...(previous ? { ExpressionAttributeValues: { ':seen': previous.updatedAt } } : {}),
        },
      },
      onConditionFailed: () =>
        conflict('preferences-changed', 'Your preferences changed meanwhile; try again.'),
    },
    // The weekly digest finds its readers in one partition (whether they want it is in their choices).
    ...(kindsOf(next.role).includes('weekly-digest') && !previous
      ? [
          {
            item: {
              Put: {
                Item: {
                  ...notificationKeys.digestReader(next.org, next.sub),
                  entity: ENTITY.digestReader,
                  org: next.org,
                  sub: next.sub,
                },
              },
            },
          },
        ]
      : []),
  ]);
}

const fresh = (caller: Caller): Subscriber => ({
  org: caller.org,
  sub: caller.sub,
  role: caller.role,
  ...(caller.email ? { email: caller.email } : {}),
  fromIdentity: true,
  language: 'nl',
  off: [],
  unsubscribeKey: randomBytes(24).toString('base64url'),
  updatedAt: clock.nowIso(),
});

/** The subscriber that stands for a company as a whole: the address its profile gives. */
export const COMPANY_SUBSCRIBER = 'company';

/**
 * The company's own address from its profile, as a subscriber of its organisation: notices reach
 * the company whoever signs in for it (a broker's sign-in carries no address). Its language and
 * choices, once made on the e-mail page, stay.
 */
export function companyAddressWrite(kvk: string, email: string, at: string): TxWrite {
  return {
    item: {
      Update: {
        Key: notificationKeys.subscriber(kvk, COMPANY_SUBSCRIBER),
        UpdateExpression:
          'SET entity = :entity, org = :org, #sub = :sub, #role = :role, email = :email, fromIdentity = :no, updatedAt = :at, #language = if_not_exists(#language, :nl), #off = if_not_exists(#off, :none), unsubscribeKey = if_not_exists(unsubscribeKey, :key)',
        ExpressionAttributeNames: { '#sub': 'sub', '#role': 'role', '#language': 'language', '#off': 'off' },
        ExpressionAttributeValues: {
          ':entity': ENTITY.subscriber,
          ':org': kvk,
          ':sub': COMPANY_SUBSCRIBER,
          ':role': 'sme',
          ':email': email,
          ':no': false,
          ':at': at,
          ':nl': 'nl',
          ':none': [],
          ':key': randomBytes(24).toString('base64url'),
        },
      },
    },
  };
}

/**
 * The caller as a subscriber with its identity's address, as writes for the caller's own
 * transaction: a bid and the address its receipt and decision letter go to are stored together,
 * so a crash between them cannot leave a bid nobody can be told about. Only what is missing is
 * set (choices and a chosen address stay); `registerAddress` afterwards follows a changed address.
 */
export function identityAddressWrites(caller: Caller): TxWrite[] {
  if (!caller.email) return [];
  return [
    {
      item: {
        Update: {
          Key: notificationKeys.subscriber(caller.org, caller.sub),
          UpdateExpression:
            'SET entity = :entity, org = :org, #sub = :sub, #role = if_not_exists(#role, :role), email = if_not_exists(email, :email), fromIdentity = if_not_exists(fromIdentity, :yes), #language = if_not_exists(#language, :nl), #off = if_not_exists(#off, :none), unsubscribeKey = if_not_exists(unsubscribeKey, :key), updatedAt = if_not_exists(updatedAt, :at)',
          ExpressionAttributeNames: {
            '#sub': 'sub',
            '#role': 'role',
            '#language': 'language',
            '#off': 'off',
          },
          ExpressionAttributeValues: {
            ':entity': ENTITY.subscriber,
            ':org': caller.org,
            ':sub': caller.sub,
            ':role': caller.role,
            ':email': caller.email,
            ':yes': true,
            ':nl': 'nl',
            ':none': [],
            ':key': randomBytes(24).toString('base64url'),
            ':at': clock.nowIso(),
          },
        },
      },
    },
    ...(kindsOf(caller.role).includes('weekly-digest')
      ? [
          {
            item: {
              Put: {
                Item: {
                  ...notificationKeys.digestReader(caller.org, caller.sub),
                  entity: ENTITY.digestReader,
                  org: caller.org,
                  sub: caller.sub,
                },
              },
            },
          },
        ]
      : []),
  ];
}

/**
 * At sign-in: the address of the identity is recorded (so e-mail can reach someone who never
 * opened the preferences page), and follows the identity when it changes, unless the person
 * chose another address. Choices already made stay. An identity without an address records
 * nothing (the person can give one on the preferences page).
 */
export async function registerAddress(caller: Caller): Promise<PreferencesView> {
  const current = await subscriberOf(caller.org, caller.sub);
  if (!current && !caller.email) return readPreferences(caller); // no address to record: nothing written
  if (!current) {
    const created = fresh(caller);
    await put(created, undefined);
    return viewOf(created);
  }
  if (current.fromIdentity && caller.email && current.email !== caller.email) {
    const next = { ...current, email: caller.email, updatedAt: clock.nowIso() };
    await put(next, current);
    return viewOf(next);
  }
  return viewOf(current);
}

/**
 * Whether the caller's organisation can be reached by e-mail (an award decision must reach a
 * bidder): its identity carries an address (recorded once what it asked for is done, see
 * `registerAddress`), or someone of the organisation gave one. Reads only.
 */
export async function reachable(caller: Caller): Promise<boolean> {
  if (caller.email) return true;
  return (await subscribersOf(caller.org)).some((s) => Boolean(s.email));
}

export async function readPreferences(caller: Caller): Promise<PreferencesView> {
  const saved = await subscriberOf(caller.org, caller.sub);
  if (saved) return viewOf(saved);
  const { updatedAt: _never, ...defaults } = viewOf(fresh(caller));
  return defaults;
}

export async function savePreferences(caller: Caller, body: PreferencesBody): Promise<PreferencesView> {
  const email = body.email ?? caller.email;
  if (!email)
    throw validationFailed([
      { field: 'email', message: 'your identity has no e-mail address: give the address to send to' },
    ]);
  const allowed = kindsOf(caller.role);
  const foreign = body.off.filter((k) => !allowed.includes(k));
  if (foreign.length > 0)
    throw validationFailed([{ field: 'off', message: `not sent to your role: ${foreign.join(', ')}` }]);
  const current = await subscriberOf(caller.org, caller.sub);
  const next: Subscriber = {
    ...(current ?? fresh(caller)),
    role: caller.role,
    email,
    fromIdentity: email === caller.email,
    language: body.language,
    off: [...new Set(body.off)],
    updatedAt: clock.nowIso(),
  };
  await put(next, current);
  return viewOf(next);
}

/** The one-click unsubscribe: the key proves the link came from a message we sent to this person. */
export async function unsubscribe(body: UnsubscribeBody): Promise<{ kind: MessageKind; off: true }> {
  const current = await subscriberOf(body.org, body.sub);
  const given = Buffer.from(body.key);
  const known = Buffer.from(current?.unsubscribeKey ?? '');
  if (!current || given.length !== known.length || !timingSafeEqual(given, known))
    throw badRequest('unsubscribe-link', 'This unsubscribe link is not valid (any more).');
  if (!current.off.includes(body.kind)) {
    await put({ ...current, off: [...current.off, body.kind], updatedAt: clock.nowIso() }, current);
  }
  return { kind: body.kind, off: true };
}

// Saved searches -------------------------------------------------------------------------------

interface StoredSearch extends SavedSearch {
  org: string;
  sub: string;
}
const searchView = ({ org: _org, sub: _sub, ...view }: StoredSearch): SavedSearch => view;

export async function savedSearchesOf(caller: Caller): Promise<SavedSearch[]> {
  const items = await queryAll({
    partition: notificationKeys.savedSearchesPartition,
    prefix: notificationKeys.savedSearchesOf(caller.org, caller.sub),
    consistent: true,
  });
  return items.map((i) => searchView(withoutKeys<StoredSearch>(i)));
}

export async function saveSearch(caller: Caller, body: SavedSearchBody): Promise<SavedSearch> {
  const existing = await savedSearchesOf(caller);
  if (existing.length >= MAX_SAVED_SEARCHES)
    throw conflict('too-many-saved-searches', `You can keep at most ${MAX_SAVED_SEARCHES} saved searches.`);
  await registerAddress(caller); // so the first matching call can be sent
  const search: StoredSearch = {
    id: newId(),
    org: caller.org,
    sub: caller.sub,
    name: body.name,
    themes: body.themes,
    instruments: body.instruments,
    cpvCodes: body.cpvCodes,
    buyers: body.buyers,
    createdAt: clock.nowIso(),
  };
  await transact([
    {
      item: {
        Put: {
          Item: {
            ...notificationKeys.savedSearch(caller.org, caller.sub, search.id),
            entity: ENTITY.savedSearch,
            ...search,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
  ]);
  return searchView(search);
}

export async function removeSearch(caller: Caller, searchId: string): Promise<void> {
  await transact([
    {
      item: {
        Delete: {
          Key: notificationKeys.savedSearch(caller.org, caller.sub, searchId),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      onConditionFailed: () => notFound('Saved search', searchId),
    },
  ]);
}

/** Every saved search, with whose it is (for matching a published call). */
export async function allSavedSearches(): Promise<StoredSearch[]> {
  const items = await queryAll({ partition: notificationKeys.savedSearchesPartition });
  return items.map((i) => withoutKeys<StoredSearch>(i));
}

/** CPV codes match by their significant digits: 73000000-2 (a division) covers 73100000-3. */
const cpvCovers = (saved: string, code: string) => {
  const digits = saved.slice(0, 8).replace(/0+$/, '');
  return code.startsWith(digits);
};

export function searchMatches(
  search: Pick<SavedSearch, 'themes' | 'instruments' | 'cpvCodes' | 'buyers'>,
  call: { theme: string; instrument: string; cpvCodes: readonly string[]; buyerOin: string },
): boolean {
  return (
    (search.themes.length === 0 || (search.themes as string[]).includes(call.theme)) &&
    (search.instruments.length === 0 || (search.instruments as string[]).includes(call.instrument)) &&
    (search.cpvCodes.length === 0 ||
      search.cpvCodes.some((s) => call.cpvCodes.some((c) => cpvCovers(s, c)))) &&
    (search.buyers.length === 0 || search.buyers.includes(call.buyerOin))
  );
}
