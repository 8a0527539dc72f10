import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Context } from 'aws-lambda';
import { type FunctionId, functionCatalogue } from '#functions/catalogue.ts';
import { PROJECT_ROOT } from '#infra/constructs/marketplace-function.ts';
import { CLAIMS, type Role, scopeFor } from '#shared/auth/caller.ts';
import { type Bench, markdownTable } from '../context.ts';
import type { Figures } from '../figures.ts';
import type { Consumption } from '../meter.ts';
import { percentile, round } from '../stats.ts';
import { EZK, ZUID_HOLLAND } from '../workload.ts';

/** One request per route group: path, who asks, and the route it hits (for the in-process run). */
export type Group = {
  name: string;
  method: string;
  path: string;
  routeKey: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  as?: { role: Role; org: string; token: string };
  body?: () => unknown;
  read: boolean;
};

/** The route groups measured, on the demo data (its 2018 Vaarwegen call and the open binnenvaart call). */
export async function routeGroups(bench: Bench): Promise<Group[]> {
  const { runtime, call } = bench;
  const token = (role: Role, org: string) => runtime.token(role, org);
  const tokens = {
    buyer: await token('buyer', ZUID_HOLLAND),
    sme: await token('sme', '50000001'),
    officer: await token('officer', EZK),
    programme: await token('programme', EZK),
  };
  const listing = await call('GET', '/challenges?limit=100');
  const idOf = (title: string) =>
    listing.items.find((i: { title: { nl: string } }) => i.title.nl.startsWith(title)).id as string;
  const vaarwegen = idOf('SBIR Energietransitie Vaarwegen');
  const open = idOf('SBIR Emissievrije binnenvaart');
  const award = (await call('GET', '/reports/awards?year=2018', { token: tokens.officer })).items[0].awardId;

  // One request per route group: path, who asks, and the route it hits (for the in-process run).
  type Group = {
    name: string;
    method: string;
    path: string;
    routeKey: string;
    params?: Record<string, string>;
    query?: Record<string, string>;
    as?: { role: Role; org: string; token: string };
    body?: () => unknown;
    read: boolean;
  };
  const buyer = { role: 'buyer' as const, org: ZUID_HOLLAND, token: tokens.buyer };
  const sme = { role: 'sme' as const, org: '50000001', token: tokens.sme };
  const officer = { role: 'officer' as const, org: EZK, token: tokens.officer };
  const programme = { role: 'programme' as const, org: EZK, token: tokens.programme };
  const groups: Group[] = [
    {
      name: 'Listing, one theme (public)',
      method: 'GET',
      path: '/challenges?theme=energietransitie-duurzaamheid',
      routeKey: 'GET /challenges',
      query: { theme: 'energietransitie-duurzaamheid' },
      read: true,
    },
    {
      name: 'Challenge (public)',
      method: 'GET',
      path: `/challenges/${vaarwegen}`,
      routeKey: 'GET /challenges/{challengeId}',
      params: { challengeId: vaarwegen },
      read: true,
    },
    {
      name: 'Challenge as its buyer',
      method: 'GET',
      path: `/challenges/${vaarwegen}`,
      routeKey: 'GET /challenges/{challengeId}',
      params: { challengeId: vaarwegen },
      as: buyer,
      read: true,
    },
    {
      name: 'Questions (public)',
      method: 'GET',
      path: `/challenges/${open}/questions`,
      routeKey: 'GET /challenges/{challengeId}/questions',
      params: { challengeId: open },
      read: true,
    },
    {
      name: 'Ranking (buyer)',
      method: 'GET',
      path: `/challenges/${vaarwegen}/phases/1/ranking`,
      routeKey: 'GET /challenges/{challengeId}/phases/{phase}/ranking',
      params: { challengeId: vaarwegen, phase: '1' },
      as: buyer,
      read: true,
    },
    {
      name: 'My proposals (SME)',
      method: 'GET',
      path: '/me/proposals',
      routeKey: 'GET /me/proposals',
      as: sme,
      read: true,
    },
    {
      name: 'Award (buyer)',
      method: 'GET',
      path: `/awards/${award}`,
      routeKey: 'GET /awards/{awardId}',
      params: { awardId: award },
      as: buyer,
      read: true,
    },
    {
      name: 'Envelopes of a year (programme)',
      method: 'GET',
      path: '/programme-years/2018/envelopes',
      routeKey: 'GET /programme-years/{year}/envelopes',
      params: { year: '2018' },
      as: programme,
      read: true,
    },
    {
      name: 'Co-funding report',
      method: 'GET',
      path: '/reports/co-funding?year=2018',
      routeKey: 'GET /reports/co-funding',
      query: { year: '2018' },
      as: officer,
      read: true,
    },
    {
      name: 'Awards register (CSV)',
      method: 'GET',
      path: '/reports/awards?year=2018&format=csv',
      routeKey: 'GET /reports/awards',
      query: { year: '2018', format: 'csv' },
      as: officer,
      read: true,
    },
    {
      name: 'Pipeline report',
      method: 'GET',
      path: '/reports/pipeline?year=2018',
      routeKey: 'GET /reports/pipeline',
      query: { year: '2018' },
      as: officer,
      read: true,
    },
    {
      name: 'Follow-up report',
      method: 'GET',
      path: '/reports/follow-up?year=2018',
      routeKey: 'GET /reports/follow-up',
      query: { year: '2018' },
      as: officer,
      read: true,
    },
    {
      name: 'OCDS package (public)',
      method: 'GET',
      path: '/reports/ocds?year=2018',
      routeKey: 'GET /reports/ocds',
      query: { year: '2018' },
      read: true,
    },
    {
      name: 'Ask a question (SME, write)',
      method: 'POST',
      path: `/challenges/${open}/questions`,
      routeKey: 'POST /challenges/{challengeId}/questions',
      params: { challengeId: open },
      as: sme,
      body: () => ({ question: `Benchmarkvraag ${randomUUID()}?` }),
      read: false,
    },
  ];

  return groups;
}

/** Sections 2 and 3: DynamoDB capacity of one warm call per group (the bus paused). */
export async function measureCapacity(bench: Bench, groups: readonly Group[]) {
  const { call, meter } = bench;
  const capacity = new Map<string, Consumption>();
  for (const g of groups) {
    await call(g.method, g.path, {
      token: g.as?.token,
      body: g.body?.(),
      expect: g.method === 'POST' ? 201 : 200,
    });
    meter.reset();
    await call(g.method, g.path, {
      token: g.as?.token,
      body: g.body?.(),
      expect: g.method === 'POST' ? 201 : 200,
    });
    capacity.set(g.name, meter.read());
  }

  return capacity;
}

/** Section 2: N requests per group at a fixed concurrency through HTTP, and the handler alone. */
export async function measureLatency(bench: Bench, groups: readonly Group[]) {
  const { n: N, concurrency: CONCURRENCY, call } = bench;
  const handlers = new Map<string, (event: unknown, context: Context) => Promise<unknown>>();
  for (const id of new Set(Object.keys(functionCatalogue) as FunctionId[])) {
    if (functionCatalogue[id].kind === 'http')
      handlers.set(id, (await import(path.join(PROJECT_ROOT, functionCatalogue[id].entry))).handler);
  }
  const { routeTable } = await import('#shared/routes.ts');
  const latency = new Map<string, { http: number[]; handler: number[] }>();
  const pool = async (count: number, work: () => Promise<void>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < count) await work();
      }),
    );
  };
  for (const g of groups) {
    const http: number[] = [];
    const handlerTimes: number[] = [];
    await pool(g.read ? N : Math.min(N, 100), async () => {
      const t = performance.now();
      await call(g.method, g.path, {
        token: g.as?.token,
        body: g.body?.(),
        expect: g.method === 'POST' ? 201 : 200,
      });
      http.push(performance.now() - t);
    });
    const route = routeTable.find((r) => `${r.method} ${r.path}` === g.routeKey)!;
    const handler = handlers.get(route.function)!;
    await pool(g.read ? N : Math.min(N, 100), async () => {
      const body = g.body?.();
      const event = {
        version: '2.0',
        routeKey: g.routeKey,
        rawPath: g.path.split('?')[0],
        headers: body ? { 'content-type': 'application/json' } : {},
        ...(g.query ? { queryStringParameters: g.query } : {}),
        ...(g.params ? { pathParameters: g.params } : {}),
        body: body ? JSON.stringify(body) : '',
        isBase64Encoded: false,
        requestContext: {
          requestId: randomUUID(),
          http: { method: g.method },
          ...(g.as
            ? {
                authorizer: {
                  jwt: {
                    claims: {
                      sub: 'bench',
                      [CLAIMS.role]: g.as.role,
                      [CLAIMS.org]: g.as.org,
                      // A company signs in at a level of assurance (eHerkenning); EH3 binds it.
                      ...(g.as.role === 'sme' ? { [CLAIMS.assurance]: 'eh3' } : {}),
                      scope: scopeFor(g.as.role),
                    },
                    scopes: [scopeFor(g.as.role)],
                  },
                },
              }
            : {}),
        },
      };
      const t = performance.now();
      const result = (await handler(event, { functionName: route.function } as Context)) as {
        statusCode: number;
      };
      handlerTimes.push(performance.now() - t);
      if (result.statusCode >= 400) throw new Error(`${g.name} in-process → ${result.statusCode}`);
    });
    latency.set(g.name, { http, handler: handlerTimes });
  }

  return latency;
}

export function reportLatency(
  bench: Bench,
  groups: readonly Group[],
  latency: Awaited<ReturnType<typeof measureLatency>>,
  figures: Figures,
): string[] {
  const lines: string[] = [];
  const table = markdownTable(lines);
  const { n: N, concurrency: CONCURRENCY } = bench;
  lines.push(
    '## 2. Request latency per route group',
    '',
    `${N} requests per read group (100 for the write group, whose events would otherwise swamp the bus), ${CONCURRENCY} at a time, through the local runtime (HTTP gateway with JWT verification → handler → DynamoDB Local), beside the same handler called in-process (no HTTP, no token verification). Milliseconds.`,
    '',
  );
  table(
    ['route group', 'HTTP p50', 'previous', 'HTTP p99', 'handler p50', 'handler p99'],
    groups.map((g) => {
      const l = latency.get(g.name)!;
      return [
        g.name,
        round(figures.set(`latency.${g.name}.httpP50`, percentile(l.http, 50))),
        figures.was(`latency.${g.name}.httpP50`),
        round(percentile(l.http, 99)),
        round(percentile(l.handler, 50)),
        round(percentile(l.handler, 99)),
      ];
    }),
  );
  return lines;
}

export function reportCapacity(
  groups: readonly Group[],
  capacity: Awaited<ReturnType<typeof measureCapacity>>,
  figures: Figures,
): string[] {
  const lines: string[] = [];
  const table = markdownTable(lines);
  lines.push(
    '## 3. DynamoDB cost per operation and per call lifecycle',
    '',
    'Per route: one warm call, consumed capacity as DynamoDB Local reports it with `ReturnConsumedCapacity=TOTAL` (consumers excluded; they are in the lifecycle).',
    '',
  );
  table(
    ['route group', 'DynamoDB requests', 'previous', 'read route ≤ 2', 'RCU', 'WCU'],
    groups.map((g) => {
      const c = capacity.get(g.name)!;
      return [
        g.name,
        figures.set(`requests.${g.name}`, c.requests),
        figures.was(`requests.${g.name}`, 0),
        g.read ? (c.requests <= 2 ? '✓' : '✗') : '–',
        round(c.rcu, 1),
        round(c.wcu, 1),
      ];
    }),
  );
  return lines;
}
