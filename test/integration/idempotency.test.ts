import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#shared/routes.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';
import { marketplace } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';

/*
 * A write sent again under the same Idempotency-Key (after a timeout, a dropped connection, a
 * double click) returns the first answer and writes nothing more.
 */

let api: TestApi;
let buyer: string;
beforeAll(async () => {
  api = await marketplace();
  buyer = await api.as('buyer', ORGS.zuidHolland.oin);
});
afterAll(() => api.runtime.stop());

// One body for the sends that repeat a request (a fresh one has other deadlines, to the millisecond).
const sameBody = challengeBody();
const create = (key: string | undefined, body: unknown = sameBody, token = buyer) =>
  api.call('POST', '/challenges', {
    token,
    body,
    ...(key !== undefined ? { headers: { 'idempotency-key': key } } : {}),
  });

const draftsOfBuyer = async (token = buyer) =>
  (await api.request(routes.myChallenges, { token })).body.items.length;

describe('Idempotency-Key on write routes', () => {
  it('sent twice, a write happens once and the second answer is the first one, marked as replayed', async () => {
    const before = await draftsOfBuyer();
    const key = randomUUID();
    const first = await create(key);
    const again = await create(key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await draftsOfBuyer()).toBe(before + 1);
  });

  it('sent at once five times, it writes once: the others get the first answer or are told it is under way', async () => {
    const before = await draftsOfBuyer();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => create(key)));
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const answer of created) expect(answer.body).toEqual(created[0]!.body);
    for (const answer of answers.filter((a) => a.status !== 201)) {
      expect(answer.status).toBe(409);
      expect(answer.body.type).toMatch(/request-in-progress$/);
      expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    expect(await draftsOfBuyer()).toBe(before + 1);
  });

  it('the same key with another body is refused (422), and nothing is written', async () => {
    const key = randomUUID();
    expect((await create(key)).status).toBe(201);
    const before = await draftsOfBuyer();
    const other = await create(
      key,
      challengeBody({ title: { nl: 'Een andere oproep', en: 'Another call' } }),
    );
    expect(other.status).toBe(422);
    expect(other.body.type).toMatch(/idempotency-key-reused$/);
    expect(await draftsOfBuyer()).toBe(before);
  });

  it('a key that is not one is refused (400) before anything is written', async () => {
    const before = await draftsOfBuyer();
    for (const key of ['short', 'spaces are not allowed here', 'x'.repeat(129), 'ümlaut-key-123']) {
      const answer = await create(key);
      expect(answer.status, key).toBe(400);
      expect(answer.body.type).toMatch(/invalid-idempotency-key$/);
    }
    expect(await draftsOfBuyer()).toBe(before);
  });

  it('a refused write holds no key: corrected, the same key goes through', async () => {
    const key = randomUUID();
    const refused = await create(key, { ...challengeBody(), title: { nl: '' } });
    expect(refused.status).toBe(400);
    expect((await create(key)).status).toBe(201);
  });

  it('keys are each person’s own: another buyer with the same key writes its own', async () => {
    const key = randomUUID();
    const other = await api.as('buyer', ORGS.zuidHolland.oin, 'collega');
    const mine = await create(key);
    const theirs = await create(key, challengeBody(), other);
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('a read ignores the header', async () => {
    const answer = await api.call('GET', '/challenges', { headers: { 'idempotency-key': 'short' } });
    expect(answer.status).toBe(200);
  });
});
