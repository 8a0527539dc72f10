import { MEMORY_MB } from '#infra/constructs/marketplace-function.ts';
import { type Bench, markdownTable } from '../context.ts';
import { PRICE_SHEET, PRICES_USD, USD_TO_EUR } from '../prices.ts';
import { median, round } from '../stats.ts';
import { callLifecycle } from '../workload.ts';

/** Section 3: one whole call lifecycle, consumers and schedules included, and what it costs in AWS. */
export async function measureLifecycle(bench: Bench) {
  const { runtime, meter, invocations } = bench;
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

  return {
    lifecycle,
    usd,
    totalEur,
    estimatedGbSeconds,
    estimatedLambdaUsd,
    estimatedEur,
    lifecycleInvocations,
  };
}

export function reportLifecycle(figures: Awaited<ReturnType<typeof measureLifecycle>>): string[] {
  const {
    lifecycle,
    usd,
    totalEur,
    estimatedGbSeconds,
    estimatedLambdaUsd,
    estimatedEur,
    lifecycleInvocations,
  } = figures;
  const lines: string[] = [];
  const table = markdownTable(lines);
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
  return lines;
}
