import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '#shared/platform/clock.ts';
import { challengeBody, fundThisYear, ORGS, registerOrganisations, SME_KVK } from '../support/fixtures.ts';
import { draftedChallenge, publishWithConsents } from '../support/journeys.ts';
import { outboxEvents } from '../support/outbox.ts';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

let api: TestApi;
let zuidHolland: string;
let noordHolland: string;

beforeAll(async () => {
  // The relay does not poll by itself here: events move only when a test calls settle(),
  // so a test can look at the listing before and after the bus delivered.
  api = await startTestRuntime({ autoRelay: false });
  await registerOrganisations();
  await fundThisYear();
  zuidHolland = await api.as('buyer', ORGS.zuidHolland.oin);
  noordHolland = await api.as('buyer', ORGS.noordHolland.oin);
});

afterAll(() => api?.runtime.stop());

const draft = (token = zuidHolland, body = challengeBody()) => draftedChallenge(api, { token, body });

describe('draft → publish → public listing, through the bus', () => {
  it('a buyer drafts a challenge; its organisation from the token is the lead buyer', async () => {
    const created = await api.call('POST', '/challenges', { token: zuidHolland, body: challengeBody() });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/challenges/${created.body.id}`);
    expect(created.body).toMatchObject({
      status: 'draft',
      version: 1,
      leadBuyer: { oin: ORGS.zuidHolland.oin, name: 'Provincie Zuid-Holland' },
      funders: [
        { oin: ORGS.ezk.oin, side: 'ezk', shareBasisPoints: 5000 },
        { oin: ORGS.zuidHolland.oin, side: 'co-funder', shareBasisPoints: 5000 },
      ],
      totalBudgetCents: 100_000_000,
    });
    // SBIR default maximum for phase 1, with its VAT-exclusive value.
    expect(created.body.phases[0]).toMatchObject({
      maxPerContractCents: 5_000_000,
      maxPerContractExclVatCents: 4_132_231,
      status: 'planned',
    });
    expect(created.body.phases[0].submissionDeadlineAmsterdam).toMatch(/\+0[12]:00$/);
  });

  it('publishing reaches the listing only through the event bus, not by a direct write', async () => {
    const { id } = await draft();
    const published = await publishWithConsents(api, id, zuidHolland);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'published',
      version: 2,
      phases: [{ status: 'open' }, { status: 'planned' }],
    });

    const before = await api.call('GET', '/challenges?limit=100');
    expect(before.body.items.map((i: { id: string }) => i.id)).not.toContain(id);

    const delivered = api.runtime.bus.stats.delivered;
    await api.runtime.settle();
    expect(api.runtime.bus.stats.delivered).toBeGreaterThan(delivered);

    const after = await api.call('GET', '/challenges?limit=100');
    const listed = after.body.items.find((i: { id: string }) => i.id === id);
    expect(listed).toMatchObject({
      status: 'published',
      leadBuyer: { name: 'Provincie Zuid-Holland' },
      totalBudgetCents: 100_000_000,
    });
  });

  it('anyone reads a published challenge; a draft only its own buyer', async () => {
    const { id: draftId } = await draft();
    expect((await api.call('GET', `/challenges/${draftId}`)).status).toBe(404);
    expect((await api.call('GET', `/challenges/${draftId}`, { token: noordHolland })).status).toBe(404);
    expect((await api.call('GET', `/challenges/${draftId}`, { token: zuidHolland })).status).toBe(200);

    await publishWithConsents(api, draftId, zuidHolland);
    const anonymous = await api.call('GET', `/challenges/${draftId}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.status).toBe('published');
  });

  it('publishing twice is an illegal transition (409) and changes nothing', async () => {
    const { id } = await draft();
    await publishWithConsents(api, id, zuidHolland);
    await api.runtime.settle(); // projections of earlier requests are in: compare like with like
    const snapshot = await tableSnapshot();
    const again = await publishWithConsents(api, id, zuidHolland);
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toBe('application/problem+json');
    expect(again.body).toMatchObject({
      type: 'https://innovatiemarkt.nl/problems/illegal-transition',
      from: 'published',
      to: 'published',
    });
    expect(await tableSnapshot()).toEqual(snapshot);
  });

  it('a delivered event applied three times changes the listing once', async () => {
    const { id } = await draft();
    await publishWithConsents(api, id, zuidHolland);
    // The bus delivers the ChallengePublished event once; then it is delivered twice more.
    const { handler } = await import('#functions/consumers/challenge-listing.ts');
    const event = (await outboxEvents((data) => data.challengeId === id)).find(
      (e) => e['detail-type'] === 'ChallengePublished',
    )!;
    await api.runtime.settle();
    const once = await tableSnapshot();
    const results = [await handler(event, {} as never), await handler(event, {} as never)];
    expect(results).toEqual([{ applied: false }, { applied: false }]);
    expect(await tableSnapshot()).toEqual(once);
    expect(
      once.filter((i) => i.entity === 'ChallengeListingEntry' && (i.item as { id: string }).id === id),
    ).toHaveLength(8);
  });
});

describe('the listing does not depend on delivery order', () => {
  it('a cancellation delivered before the publication still leaves the challenge listed as cancelled', async () => {
    await fundThisYear();
    const { id } = await draft();
    await publishWithConsents(api, id, zuidHolland);
    await api.call('POST', `/challenges/${id}/cancel`, {
      token: zuidHolland,
      body: { reason: 'Budget vervalt' },
    });
    const events = await outboxEvents((data) => data.challengeId === id);
    const published = events.find((e) => e['detail-type'] === 'ChallengePublished')!;
    const cancelled = events.find((e) => e['detail-type'] === 'ChallengeCancelled')!;
    const { handler } = await import('#functions/consumers/challenge-listing.ts');
    await handler(cancelled, {} as never);
    await handler(published, {} as never);
    await api.runtime.settle(); // the bus delivers both again: both are duplicates now
    const listed = (await api.call('GET', '/challenges?limit=100')).body.items.find(
      (i: { id: string }) => i.id === id,
    );
    expect(listed.status).toBe('cancelled');
    expect(
      (await api.call('GET', '/challenges?status=published&limit=100')).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).not.toContain(id);
  });
});

describe('listing filters and pages', () => {
  it('filters by theme, instrument and status; pages with a cursor, newest first, without gaps or repeats', async () => {
    const ids: string[] = [];
    for (const theme of [
      'zorg-gezondheid',
      'zorg-gezondheid',
      'zorg-gezondheid',
      'veilige-samenleving',
    ] as const) {
      const { id } = await draft(zuidHolland, challengeBody({ theme }));
      await publishWithConsents(api, id, zuidHolland);
      ids.push(id);
    }
    await api.runtime.settle();

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call(
        'GET',
        `/challenges?theme=zorg-gezondheid&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      for (const item of page.body.items as { id: string; theme: string }[]) {
        expect(item.theme).toBe('zorg-gezondheid');
        seen.push(item.id);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids.slice(0, 3).reverse());

    const combined = await api.call(
      'GET',
      '/challenges?theme=veilige-samenleving&instrument=sbir&status=published',
    );
    expect(combined.body.items.map((i: { id: string }) => i.id)).toEqual([ids[3]]);
    expect(
      (await api.call('GET', '/challenges?theme=veilige-samenleving&instrument=innovation-partnership')).body
        .items,
    ).toEqual([]);
  });

  it('lists only calls open for proposals with status=open, following the clock, and pages them', async () => {
    const { id } = await draft(zuidHolland, challengeBody({ theme: 'landbouw-water-voedsel' }));
    await publishWithConsents(api, id, zuidHolland);
    await api.runtime.settle();
    const openIds = async (path: string) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.call('GET', `${path}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        for (const item of page.body.items) {
          expect(item.status).toBe('published');
          expect(item.phases.some((p: { status: string }) => p.status === 'open')).toBe(true);
          seen.push(item.id);
        }
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await openIds('/challenges?status=open&limit=2')).toContain(id);
    // Once every phase has closed it is still published, but no longer open for proposals.
    const last = (await api.call('GET', `/challenges/${id}`)).body.phases.at(-1).submissionDeadline;
    const restore = setClock(() => new Date(Date.parse(last) + 60_000));
    try {
      expect(await openIds('/challenges?status=open&theme=landbouw-water-voedsel&limit=2')).not.toContain(id);
      const published = await api.call('GET', '/challenges?status=published&theme=landbouw-water-voedsel');
      expect(published.body.items.map((i: { id: string }) => i.id)).toContain(id);
    } finally {
      restore();
    }
  });

  it('refuses unknown filters, bad values and a cursor from another listing', async () => {
    expect((await api.call('GET', '/challenges?colour=blue')).status).toBe(400);
    expect((await api.call('GET', '/challenges?theme=space')).body.errors[0].field).toBe('query.theme');
    expect((await api.call('GET', '/challenges?limit=1000')).status).toBe(400);
    const page = await api.call('GET', '/challenges?limit=1');
    const foreign = await api.call('GET', `/challenges?theme=zorg-gezondheid&cursor=${page.body.nextCursor}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.type).toMatch(/invalid-cursor$/);
  });
});

describe('refusals are problem documents and write nothing', () => {
  const refusals: [string, () => Promise<{ status: number; body: any; headers: Headers }>, number, string][] =
    [
      ['no token', () => api.call('POST', '/challenges', { body: challengeBody() }), 401, 'unauthenticated'],
      [
        'a company may not draft',
        async () =>
          api.call('POST', '/challenges', { token: await api.as('sme', SME_KVK), body: challengeBody() }),
        403,
        'insufficient-scope', // the gateway's scope check, as API Gateway's authorizer
      ],
      [
        'unknown field',
        () =>
          api.call('POST', '/challenges', { token: zuidHolland, body: { ...challengeBody(), secret: 1 } }),
        400,
        'validation-failed',
      ],
      [
        'malformed JSON',
        () =>
          api.call('POST', '/challenges', {
            token: zuidHolland,
            rawBody: '{"instrument":',
            headers: { 'content-type': 'application/json' },
          }),
        400,
        'malformed-json',
      ],
      [
        'not JSON',
        () =>
          api.call('POST', '/challenges', {
            token: zuidHolland,
            rawBody: 'instrument=sbir',
            headers: { 'content-type': 'text/plain' },
          }),
        415,
        'unsupported-media-type',
      ],
      [
        'too large',
        () =>
          api.call('POST', '/challenges', {
            token: zuidHolland,
            rawBody: 'x'.repeat(300_000),
            headers: { 'content-type': 'application/json' },
          }),
        413,
        'payload-too-large',
      ],
      [
        'shares not adding up',
        () =>
          api.call('POST', '/challenges', {
            token: zuidHolland,
            body: challengeBody({
              funders: [
                { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
                { oin: ORGS.zuidHolland.oin, shareBasisPoints: 4000 },
              ],
            }),
          }),
        422,
        'shares-do-not-add-up',
      ],
      [
        'a joint challenge without the EZK half',
        () =>
          api.call('POST', '/challenges', {
            token: zuidHolland,
            body: challengeBody({
              funders: [
                { oin: ORGS.noordHolland.oin, shareBasisPoints: 5000 },
                { oin: ORGS.zuidHolland.oin, shareBasisPoints: 5000 },
              ],
            }),
          }),
        422,
        'missing-ezk-half',
      ],
      [
        'an unknown funder',
        () =>
          api.call('POST', '/challenges', {
            token: zuidHolland,
            body: challengeBody({
              funders: [
                { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
                { oin: '00000099000000999000', shareBasisPoints: 5000 },
              ],
            }),
          }),
        422,
        'unknown-organisation',
      ],
      [
        'another buyer publishing',
        async () => api.call('POST', `/challenges/${(await draft()).id}/publish`, { token: noordHolland }),
        404,
        'not-found',
      ],
      [
        'a bad id',
        () => api.call('POST', '/challenges/not-a-uuid/publish', { token: zuidHolland }),
        400,
        'validation-failed',
      ],
      [
        'a body where none is taken',
        async () =>
          api.call('POST', `/challenges/${(await draft()).id}/publish`, {
            token: zuidHolland,
            body: { force: true },
          }),
        400,
        'unexpected-body',
      ],
    ];

  it.each(refusals)('%s', async (_name, request, status, type) => {
    await api.runtime.settle();
    // Requests that need a draft first create it inside `request`; compare from a snapshot taken after it.
    const before = await tableSnapshot();
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({ type: `https://innovatiemarkt.nl/problems/${type}`, status });
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+|stack/i);
    const after = await tableSnapshot();
    const added = after.filter((a) => !before.some((b) => b.pk === a.pk && b.sk === a.sk));
    // The only writes allowed are the setup drafts of the last cases: a challenge, the request to its
    // co-funder, and their events.
    expect(
      added.every(
        (a) =>
          a.entity === 'Challenge' ||
          a.entity === 'FundingConsent' ||
          (a.entity === 'OutboxEvent' &&
            ['ChallengeDrafted', 'FundingConsentRecorded'].includes(a.detailType as string)),
      ),
    ).toBe(true);
    expect(added.filter((a) => a.entity === 'Challenge').length).toBeLessThanOrEqual(1);
    for (const item of before) expect(after).toContainEqual(item);
  });
});

describe('system routes', () => {
  it('answers health', async () => {
    const health = await api.call('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
  });

  it('describes every route of the route table in OpenAPI 3.1', async () => {
    const { routeTable } = await import('#shared/routes.ts');
    const doc = await api.call('GET', '/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    for (const route of routeTable) {
      const operation = doc.body.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation.operationId).toBe(route.operationId);
    }
    const create = doc.body.paths['/challenges'].post;
    expect(create.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(create.responses['422'].content['application/problem+json']).toBeDefined();
  });

  it('answers unknown paths and methods with problems', async () => {
    expect((await api.call('GET', '/nowhere')).body.type).toMatch(/route-not-found$/);
    const wrongMethod = await api.call('PUT', '/health');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });
});

describe('editing drafts', () => {
  it('the own buyer edits a draft; the fields replace the draft’s and the version moves on', async () => {
    const { id } = await draft();
    const edited = await api.call('PATCH', `/challenges/${id}`, {
      token: zuidHolland,
      body: { title: { nl: 'Nieuwe titel' }, theme: 'zorg-gezondheid' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      version: 2,
      title: { nl: 'Nieuwe titel' },
      theme: 'zorg-gezondheid',
      status: 'draft',
    });
    const outbox = (await tableSnapshot()).filter(
      (i) => i.entity === 'OutboxEvent' && i.detailType === 'ChallengeUpdated',
    );
    expect(outbox.map((i) => JSON.parse(i.detail as string).data)).toContainEqual({
      challengeId: id,
      leadBuyerOin: ORGS.zuidHolland.oin,
      changedFields: ['title', 'theme'],
      version: 2,
    });
  });

  it('another buyer cannot edit it, a published challenge is not a draft, and a broken result is refused whole', async () => {
    const { id } = await draft();
    await api.runtime.settle(); // projections of earlier requests are in: compare like with like
    const before = await tableSnapshot();
    expect(
      (await api.call('PATCH', `/challenges/${id}`, { token: noordHolland, body: { title: { nl: 'x' } } }))
        .status,
    ).toBe(404);
    const broken = await api.call('PATCH', `/challenges/${id}`, {
      token: zuidHolland,
      body: {
        funders: [
          { oin: ORGS.ezk.oin, shareBasisPoints: 6000 },
          { oin: ORGS.zuidHolland.oin, shareBasisPoints: 4000 },
        ],
      },
    });
    expect(broken.status).toBe(422);
    expect(broken.body.type).toMatch(/missing-ezk-half$/);
    expect((await api.call('PATCH', `/challenges/${id}`, { token: zuidHolland, body: {} })).status).toBe(400);
    expect(
      (await api.call('PATCH', `/challenges/${id}`, { token: zuidHolland, body: { status: 'published' } }))
        .status,
    ).toBe(400);
    expect(await tableSnapshot()).toEqual(before);

    await publishWithConsents(api, id, zuidHolland);
    const late = await api.call('PATCH', `/challenges/${id}`, {
      token: zuidHolland,
      body: { title: { nl: 'te laat' } },
    });
    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/not-a-draft$/);
  });
});

describe('innovation partnership', () => {
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
  const partnership = (deadlineDays: number) =>
    challengeBody({
      instrument: 'innovation-partnership',
      phases: [
        {
          number: 1,
          budgetCents: 30_000_000,
          maxPerContractCents: 10_000_000,
          plannedContracts: 3,
          durationMonths: 9,
          submissionDeadline: inDays(deadlineDays),
          criteria: [
            { key: 'quality', weightBasisPoints: 7000 },
            { key: 'price', weightBasisPoints: 3000 },
          ],
        },
      ],
    });

  it('is published only once it states whether partners may be ended after a phase', async () => {
    const { id } = await draft(zuidHolland, partnership(45));
    const refused = await publishWithConsents(api, id, zuidHolland);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'innovationPartnership' }),
      expect.objectContaining({ field: 'innovationPartnership.selectionCriteria' }),
      expect.objectContaining({ field: 'innovationPartnership.candidatesToInvite' }),
    ]);
    const terms = {
      mayEndPartnersAfterPhase: true,
      conditions: 'Na fase 1 blijven ten hoogste twee partners.',
      selectionCriteria: 'Ervaring met vergelijkbare ontwikkelprojecten en een geschikt team.',
      candidatesToInvite: 4,
    };
    expect(
      (
        await api.call('PATCH', `/challenges/${id}`, {
          token: zuidHolland,
          body: { innovationPartnership: terms },
        })
      ).status,
    ).toBe(200);
    const published = await publishWithConsents(api, id, zuidHolland);
    expect(published.status).toBe(200);
    expect(published.body.innovationPartnership).toEqual(terms);
  });

  it('gives at least 30 days for requests to participate', async () => {
    const { id } = await draft(zuidHolland, {
      ...partnership(20),
      innovationPartnership: {
        mayEndPartnersAfterPhase: false,
        selectionCriteria: 'Ervaring met vergelijkbare ontwikkelprojecten.',
        candidatesToInvite: 3,
      },
    });
    const refused = await publishWithConsents(api, id, zuidHolland);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].message).toMatch(/at least 30 days/);
  });
});
