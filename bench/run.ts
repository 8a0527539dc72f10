import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { newEvent } from '#events/envelope.ts';
import { QuestionAskedV1 } from '#events/questions/question-asked.v1.ts';
import { type FunctionId, functionCatalogue } from '#functions/catalogue.ts';
import { MEMORY_MB, PROJECT_ROOT } from '#infra/constructs/marketplace-function.ts';
import { observeInvocations, startRuntime } from '#infra/local/runtime.ts';
import { seedDemoData } from '#infra/local/seed.ts';
import { CLAIMS, type Role, scopeFor } from '#shared/auth/caller.ts';
import { db, tableName } from '#shared/db/client.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { measureBundles } from './bundles.ts';
import { type Consumption, installMeter } from './meter.ts';
import { PRICE_SHEET, PRICES_USD, USD_TO_EUR } from './prices.ts';
import { measureSite } from './site.ts';
import { median, percentile, round } from './stats.ts';
import { callLifecycle, client, EZK, ZUID_HOLLAND } from './workload.ts';

/**
 * `npm run bench`: bundle size and cold import per function, request latency per route group,
 * DynamoDB capacity per route and per call lifecycle with its cost, scaling of reports and the
 * listing with 100 vs 100,000 items elsewhere, and event throughput — all on this machine, in one
 * run, written to BENCHMARKS.md. Not part of `npm test`: timings are measured, never asserted.
 */
const QUICK = process.argv.includes('--quick');
const N = QUICK ? 200 : 1000;
const CONCURRENCY = 4;
const began = Date.now();
const log = (message: string) => console.log(`[bench ${round((Date.now() - began) / 1000, 0)} s] ${message}`);

log('bundling every function and the baseline, importing each in fresh processes');
const bundles = await measureBundles(QUICK ? 3 : 7);

const stateDir = path.join(PROJECT_ROOT, '.bench', 'state');
rmSync(stateDir, { recursive: true, force: true });
const runtime = await startRuntime({
  port: 0,
  inMemory: true,
  stateDir,
  tableName: 'bench',
  autoRelay: false,
  autoSchedule: false,
});
const call = client(runtime);
try {
  log('seeding the demo data');
  await seedDemoData();
  await runtime.settle();
  const meter = installMeter();
  const invocations: { id: FunctionId; ms: number }[] = [];
  observeInvocations((id, ms) => invocations.push({ id, ms }));

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

  // Capacity per route: one call each, the bus paused (consumers are measured with the lifecycle).
  log('capacity units per route');
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

  // Latency: N requests per group at a fixed concurrency through HTTP, and the handler alone.
  log(`latency: ${N} requests per group at concurrency ${CONCURRENCY}, through HTTP and in-process`);
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

  // A whole call lifecycle, consumers included.
  log('the web site: pages rendered through site → API → DynamoDB Local, bytes of a first visit');
  const site = await measureSite(
    runtime,
    [
      { name: 'Listing page (/oproepen)', path: '/oproepen' },
      { name: 'Listing page, one theme', path: '/oproepen?thema=energietransitie-duurzaamheid' },
      { name: 'Challenge page (Vaarwegen 2018)', path: `/oproepen/${vaarwegen}` },
      { name: 'Home page', path: '/' },
      {
        name: 'Ranking page (buyer, Vaarwegen phase 1)',
        path: `/beheer/oproepen/${vaarwegen}/fase/1/rangschikking`,
        as: { role: 'buyer', org: ZUID_HOLLAND },
      },
      {
        name: 'Co-funding report page (officer, 2018)',
        path: '/rapporten/cofinanciering?jaar=2018',
        as: { role: 'officer', org: EZK },
      },
      {
        name: 'Awards register page (officer, 2018)',
        path: '/rapporten/gunningen?jaar=2018',
        as: { role: 'officer', org: EZK },
      },
    ],
    QUICK ? 100 : 400,
    CONCURRENCY,
  );

  log('one call lifecycle: publish, 50 proposals, 10 phase-1 awards, 3 phase-2 awards, reports');
  await runtime.settle();
  meter.reset();
  invocations.length = 0;
  const relayedBefore = runtime.relay.stats.relayed;
  const firedBefore = runtime.scheduler.stats.fired;
  const { httpRequests } = await callLifecycle(runtime, 80_000_000);
  await runtime.settle();
  const lifecycleInvocations = [...invocations];
  const lifecycle = {
    http: httpRequests,
    dynamo: meter.read(),
    invocations: invocations.length,
    gbSeconds: invocations.reduce((s, i) => s + Math.ceil(i.ms) / 1000, 0) * (MEMORY_MB / 1024),
    events: runtime.relay.stats.relayed - relayedBefore,
    schedules: runtime.scheduler.stats.fired - firedBefore,
  };
  const usd = {
    dynamo:
      lifecycle.dynamo.wcu * PRICES_USD.dynamoWriteRequestUnit +
      lifecycle.dynamo.rcu * PRICES_USD.dynamoReadRequestUnit,
    lambda:
      // In AWS each event also passes the Pipe's enrichment function (at most one invocation per event).
      (lifecycle.invocations + lifecycle.events) * PRICES_USD.lambdaRequest +
      lifecycle.gbSeconds * PRICES_USD.lambdaGbSecond,
    api: lifecycle.http * PRICES_USD.httpApiRequest,
    events: lifecycle.events * (PRICES_USD.eventBridgeCustomEvent + PRICES_USD.pipesRequest),
    scheduler: lifecycle.schedules * PRICES_USD.schedulerInvocation,
  };
  const totalEur = Object.values(usd).reduce((s, v) => s + v, 0) * USD_TO_EUR;
  // Locally every delivery of a settle runs at once in one process, so a consumer's wall time is
  // mostly queueing. What Lambda would bill: ~10 ms per DynamoDB request plus 5 ms per invocation.
  const estimatedGbSeconds =
    (lifecycle.dynamo.requests * 0.01 + (lifecycle.invocations + lifecycle.events) * 0.005) *
    (MEMORY_MB / 1024);
  const estimatedLambdaUsd =
    (lifecycle.invocations + lifecycle.events) * PRICES_USD.lambdaRequest +
    estimatedGbSeconds * PRICES_USD.lambdaGbSecond;
  const estimatedEur = (totalEur / USD_TO_EUR - usd.lambda + estimatedLambdaUsd) * USD_TO_EUR;

  // Scaling: the same reads with 100 and with 100,000 items of other years and themes in the table.
  log('scaling: reports and listing with 100, then 100,000 items elsewhere in the table');
  const sample = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': 'REPORT#2018' },
    }),
  );
  const awardItem = sample.Items!.find((i) => i.entity === 'Award')!;
  const listingItem = (
    await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'LISTING#theme=*#instrument=*#status=*' },
        Limit: 1,
      }),
    )
  ).Items![0]!;
  let filled = 0;
  const fill = async (upTo: number) => {
    const batches: Record<string, unknown>[][] = [];
    for (; filled < upTo; filled++) {
      const id = randomUUID();
      const other = filled % 2 === 0;
      // Awards of other programme years, and listing entries of another theme.
      const item = other
        ? {
            ...awardItem,
            pk: `AWARD#${id}`,
            id,
            gsi1pk: `COMPANY#bench`,
            gsi2pk: `REPORT#${2000 + (filled % 17)}`,
            gsi2sk: `2#AWARD#${id}`,
          }
        : {
            ...listingItem,
            pk: `LISTING#theme=zorg-gezondheid#instrument=*#status=${filled % 3 ? 'published' : '*'}`,
            sk: `2020-01-01T00:00:00.000Z#${id}`,
          };
      if (!batches.length || batches.at(-1)!.length === 25) batches.push([]);
      batches.at(-1)!.push(item);
    }
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < batches.length) {
          let request: Record<string, unknown>[] | undefined = batches[next++]!.map((Item) => ({
            PutRequest: { Item },
          }));
          while (request?.length) {
            const result = await db().send(
              new BatchWriteCommand({ RequestItems: { [tableName()]: request as never } }),
            );
            request = result.UnprocessedItems?.[tableName()] as Record<string, unknown>[] | undefined;
          }
        }
      }),
    );
  };
  const scaled = groups.filter((g) =>
    [
      'Listing, one theme (public)',
      'Co-funding report',
      'Awards register (CSV)',
      'Pipeline report',
      'Follow-up report',
      'OCDS package (public)',
    ].includes(g.name),
  );
  const measureScaled = async () => {
    const figures = new Map<string, { ms: number; rcu: number; requests: number }>();
    for (const g of scaled) {
      const times: number[] = [];
      for (let i = 0; i < (QUICK ? 10 : 40); i++) {
        meter.reset();
        const t = performance.now();
        await call(g.method, g.path, { token: g.as?.token });
        times.push(performance.now() - t);
      }
      const c = meter.read();
      figures.set(g.name, { ms: median(times), rcu: c.rcu, requests: c.requests });
    }
    return figures;
  };
  await fill(100);
  const small = await measureScaled();
  await fill(QUICK ? 10_000 : 100_000);
  const large = await measureScaled();

  // Event throughput: outbox items → stream relay → bus → consumers (the audit trail takes every event).
  log('event throughput through the stream relay and the bus');
  const throughput: number[] = [];
  for (let run = 0; run < 3; run++) {
    const count = QUICK ? 200 : 500;
    const challengeId = randomUUID();
    const items = Array.from(
      { length: count },
      () =>
        (
          outboxWrite(
            newEvent(
              QuestionAskedV1,
              { ...QuestionAskedV1.example, challengeId, questionId: randomUUID() },
              { correlationId: 'bench', actor: { role: 'sme', org: '50000001' } },
            ),
          ).item as { Put: { Item: Record<string, unknown> } }
        ).Put.Item,
    );
    for (let i = 0; i < items.length; i += 25) {
      await db().send(
        new BatchWriteCommand({
          RequestItems: {
            [tableName()]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) as never,
          },
        }),
      );
    }
    const t = performance.now();
    await runtime.settle();
    throughput.push(count / ((performance.now() - t) / 1000));
  }

  // The report.
  const kb = (bytes: number) => round(bytes / 1024, 0);
  const lines: string[] = [];
  const table = (header: string[], rows: (string | number)[][]) => {
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
    lines.push('');
  };
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  lines.push(
    '# Benchmarks',
    '',
    `Written by \`npm run bench\`${QUICK ? ' (--quick: fewer runs)' : ''} on ${new Date().toISOString().slice(0, 10)}, on ${os.cpus().length} × ${cpu}, ${round(os.totalmem() / 2 ** 30, 0)} GB, Node ${process.version}, ${os.platform()} ${os.arch()}; DynamoDB Local 3.3 in memory. Total run ${round((Date.now() - began) / 60_000, 1)} min.`,
    'Every figure is measured in this one run; ratios compare figures measured side by side. Targets are from issue #8; a miss is marked ✗ and explained below.',
    '',
    '## 1. Bundle size and cold import per function',
    '',
    `Bundled as CDK bundles them (esbuild, minified ESM, AWS SDK inside). Cold import: median time to \`import()\` the bundle in a fresh Node process, over ${QUICK ? 3 : 7} runs interleaved with the baseline (a bundle that only builds a DynamoDB client: ${kb(bundles.baseline.bytes)} KB, ${round(bundles.baseline.importMs)} ms).`,
    '',
  );
  table(
    ['function', 'bundle KB', '≤ 300 KB', 'cold import ms', 'ratio to baseline', '≤ 1.5×'],
    bundles.functions.map((f) => [
      f.id,
      kb(f.bytes),
      f.bytes <= 300 * 1024 ? '✓' : '✗',
      round(f.importMs),
      round(f.ratio, 2),
      f.ratio <= 1.5 ? '✓' : '✗',
    ]),
  );
  lines.push(
    '## 2. Request latency per route group',
    '',
    `${N} requests per read group (100 for the write group, whose events would otherwise swamp the bus), ${CONCURRENCY} at a time, through the local runtime (HTTP gateway with JWT verification → handler → DynamoDB Local), beside the same handler called in-process (no HTTP, no token verification). Milliseconds.`,
    '',
  );
  table(
    ['route group', 'HTTP p50', 'HTTP p99', 'handler p50', 'handler p99'],
    groups.map((g) => {
      const l = latency.get(g.name)!;
      return [
        g.name,
        round(percentile(l.http, 50)),
        round(percentile(l.http, 99)),
        round(percentile(l.handler, 50)),
        round(percentile(l.handler, 99)),
      ];
    }),
  );
  lines.push(
    '## 3. DynamoDB cost per operation and per call lifecycle',
    '',
    'Per route: one warm call, consumed capacity as DynamoDB Local reports it with `ReturnConsumedCapacity=TOTAL` (consumers excluded; they are in the lifecycle).',
    '',
  );
  table(
    ['route group', 'DynamoDB requests', 'read route ≤ 2', 'RCU', 'WCU'],
    groups.map((g) => {
      const c = capacity.get(g.name)!;
      return [
        g.name,
        c.requests,
        g.read ? (c.requests <= 2 ? '✓' : '✗') : '–',
        round(c.rcu, 1),
        round(c.wcu, 1),
      ];
    }),
  );
  lines.push(
    `One whole call lifecycle (publish; 50 companies' profiles and proposals; committee, declarations and 50 scores; 10 phase-1 awards; 3 completed and invited; 3 phase-2 proposals, scored and awarded; the five reports), event consumers and schedules included. Prices: ${PRICE_SHEET}.`,
    '',
  );
  table(
    ['what', 'amount', 'cost €'],
    [
      ['HTTP API requests', lifecycle.http, round(usd.api * USD_TO_EUR, 6)],
      [
        'DynamoDB read / write units',
        `${round(lifecycle.dynamo.rcu, 1)} RCU / ${round(lifecycle.dynamo.wcu, 1)} WCU (${lifecycle.dynamo.requests} requests)`,
        round(usd.dynamo * USD_TO_EUR, 6),
      ],
      [
        'Lambda invocations (+1 Pipe enrichment per event), GB-s at 1024 MB arm64',
        `${lifecycle.invocations} + ${lifecycle.events}, ${round(lifecycle.gbSeconds, 2)} GB-s`,
        round(usd.lambda * USD_TO_EUR, 6),
      ],
      ['Events (EventBridge + Pipes)', lifecycle.events, round(usd.events * USD_TO_EUR, 6)],
      ['Scheduler invocations', lifecycle.schedules, round(usd.scheduler * USD_TO_EUR, 6)],
      ['Total with Lambda as measured here (upper bound)', '', round(totalEur, 5)],
      [
        'Lambda estimated for AWS (10 ms per DynamoDB request + 5 ms per invocation)',
        `${round(estimatedGbSeconds, 1)} GB-s`,
        round(estimatedLambdaUsd * USD_TO_EUR, 6),
      ],
      [
        '**Total, Lambda estimated**',
        '',
        `**${round(estimatedEur, 5)}** ${estimatedEur < 0.05 ? '✓ (< € 0,05)' : '✗'}`,
      ],
    ],
  );
  lines.push('Lambda time of the lifecycle per function (in-process wall time per invocation):', '');
  const perFunction = new Map<string, number[]>();
  for (const i of lifecycleInvocations) perFunction.set(i.id, [...(perFunction.get(i.id) ?? []), i.ms]);
  table(
    ['function', 'invocations', 'median ms', 'max ms', 'total s'],
    [...perFunction]
      .sort((a, b) => b[1].reduce((s, v) => s + v, 0) - a[1].reduce((s, v) => s + v, 0))
      .map(([id, ms]) => [
        id,
        ms.length,
        round(median(ms)),
        round(Math.max(...ms)),
        round(ms.reduce((s, v) => s + v, 0) / 1000, 1),
      ]),
  );
  lines.push(
    '## 4. Scaling: 100 vs 100,000 items elsewhere in the table',
    '',
    `The yearly reports (2018) and the listing of one theme, first with 100 items of other programme years and another theme in the table, then with ${QUICK ? '10,000' : '100,000'}. Time: median of ${QUICK ? 10 : 40} calls through HTTP; capacity: one call.`,
    '',
  );
  table(
    [
      'read',
      'ms (100)',
      `ms (${QUICK ? '10k' : '100k'})`,
      'time ratio',
      'RCU (100)',
      `RCU (${QUICK ? '10k' : '100k'})`,
      'RCU ratio',
      '≤ 1.2',
    ],
    scaled.map((g) => {
      const a = small.get(g.name)!;
      const b = large.get(g.name)!;
      const timeRatio = b.ms / a.ms;
      const rcuRatio = a.rcu === 0 ? 1 : b.rcu / a.rcu;
      return [
        g.name,
        round(a.ms),
        round(b.ms),
        round(timeRatio, 2),
        round(a.rcu, 1),
        round(b.rcu, 1),
        round(rcuRatio, 2),
        timeRatio <= 1.2 && rcuRatio <= 1.2 ? '✓' : '✗',
      ];
    }),
  );
  lines.push(
    '## 5. Event throughput',
    '',
    `Outbox items written in bulk, then relayed from the table stream to the in-process bus and applied by the consumers (the audit trail appends each to one hash chain): median of 3 runs of ${QUICK ? 200 : 500} events: **${round(median(throughput), 0)} events/s** end to end (runs: ${throughput.map((t) => round(t, 0)).join(', ')}).`,
    '',
  );
  lines.push(
    '## 6. The web site',
    '',
    `Pages rendered by the site (hono, server-side) from API answers, through HTTP to the local API and DynamoDB Local, ${QUICK ? 100 : 400} requests each, ${CONCURRENCY} at a time; public pages anonymous, the others signed in (issues #12 and #13). Milliseconds.`,
    '',
  );
  table(
    ['page', 'p50', 'p99'],
    site.pages.map((p) => [p.name, p.p50, p.p99]),
  );
  lines.push(
    `A first visit to the listing downloads, compressed: HTML ${kb(site.listingBytes.html)} KB + CSS ${kb(site.listingBytes.css)} KB + fonts ${kb(site.listingBytes.fonts)} KB = **${kb(site.listingBytes.total)} KB** ${site.listingBytes.total <= 100 * 1024 ? '✓' : '✗'} (target ≤ 100 KB, issue #12). Scripts on the page: ${site.scripts} (no journey needs JavaScript).`,
    '',
  );
  const notes = path.join(PROJECT_ROOT, 'bench', 'NOTES.md');
  const { readFileSync, existsSync } = await import('node:fs');
  if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8'));
  writeFileSync(path.join(PROJECT_ROOT, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
  log(`wrote BENCHMARKS.md (lifecycle € ${round(totalEur, 5)})`);
} finally {
  await runtime.stop();
}
