import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FunctionId } from '#functions/catalogue.ts';
import { PROJECT_ROOT } from '#infra/constructs/marketplace-function.ts';
import { observeInvocations, startRuntime } from '#infra/local/runtime.ts';
import { seedDemoData } from '#infra/local/seed.ts';
import { measureBundles, reportBundles } from './bundles.ts';
import type { Bench } from './context.ts';
import { Figures } from './figures.ts';
import { installMeter } from './meter.ts';
import { measureDeadlineRush, reportDeadlineRush } from './sections/deadline-rush.ts';
import { measureInvoiceChecks, reportInvoiceChecks } from './sections/invoices.ts';
import { measureLifecycle, reportLifecycle } from './sections/lifecycle.ts';
import {
  measureCapacity,
  measureLatency,
  reportCapacity,
  reportLatency,
  routeGroups,
} from './sections/routes.ts';
import { measureScaling, reportScaling } from './sections/scaling.ts';
import { measureSitePages, reportSite } from './sections/site.ts';
import { measureSiteColdStart, reportSiteColdStart } from './sections/site-cold-start.ts';
import { measureStartup, reportStartup } from './sections/startup.ts';
import { measureThroughput, reportThroughput } from './sections/throughput.ts';
import { round } from './stats.ts';
import { client } from './workload.ts';

/**
 * `npm run bench`: bundle size and cold import per function, request latency per route group,
 * DynamoDB capacity per route and per call lifecycle with its cost, scaling of reports and the
 * listing with 100 vs 100,000 items elsewhere, event throughput and the web site — all on this
 * machine, in one run, written to BENCHMARKS.md. One function per section (bench/sections/).
 * Not part of `npm test`: timings are measured, never asserted.
 */
const quick = process.argv.includes('--quick');
const began = Date.now();
const log = (message: string) => console.log(`[bench ${round((Date.now() - began) / 1000, 0)} s] ${message}`);

log('bundling every function and the baseline, importing each in fresh processes');
const bundles = await measureBundles(quick ? 3 : 7);
log('start-up: npm start -- --in-memory to its banner, 3 times');
const startup = await measureStartup(3);
const figures = new Figures();

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
try {
  log('seeding the demo data');
  await seedDemoData();
  await runtime.settle();
  const invocations: { id: FunctionId; ms: number }[] = [];
  observeInvocations((id, ms) => invocations.push({ id, ms }));
  const bench: Bench = {
    quick,
    n: quick ? 200 : 1000,
    concurrency: 4,
    runtime,
    call: client(runtime),
    meter: installMeter(),
    invocations,
    log,
  };

  const groups = await routeGroups(bench);
  log('capacity units per route');
  const capacity = await measureCapacity(bench, groups);
  log(
    `latency: ${bench.n} requests per group at concurrency ${bench.concurrency}, through HTTP and in-process`,
  );
  const latency = await measureLatency(bench, groups);
  log('the web site: pages rendered through site → API → DynamoDB Local, bytes of a first visit');
  const vaarwegen = groups.find((g) => g.name === 'Ranking (buyer)')!.params!.challengeId!;
  const site = await measureSitePages(bench, vaarwegen);
  log(
    'the site’s cold start: import plus first render of the listing, now and before issue #30, in fresh processes',
  );
  const siteColdStart = await measureSiteColdStart(bench, quick ? 3 : 7);
  log('one call lifecycle: publish, 50 proposals, 10 phase-1 awards, 3 phase-2 awards, reports');
  const lifecycle = await measureLifecycle(bench);
  log('scaling: reports and listing with 100, then 100,000, then 100 items elsewhere in the table');
  const scaling = await measureScaling(bench, groups);
  log('event throughput through the stream relay and the bus');
  const throughput = await measureThroughput(bench);
  log('a deadline rush: companies bidding and revising across a phase deadline');
  const rush = await measureDeadlineRush(bench);
  log('checking e-invoices against EN 16931 and Peppol BIS 3.0: fresh processes, then warm');
  const invoiceChecks = await measureInvoiceChecks(bench, quick ? 2 : 5);

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const notes = path.join(PROJECT_ROOT, 'bench', 'NOTES.md');
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\`${quick ? ' (--quick: fewer runs)' : ''} on ${new Date().toISOString().slice(0, 10)}, on ${os.cpus().length} × ${cpu}, ${round(os.totalmem() / 2 ** 30, 0)} GB, Node ${process.version}, ${os.platform()} ${os.arch()}; DynamoDB Local 3.3 in memory. Total run ${round((Date.now() - began) / 60_000, 1)} min.`,
    `Every figure is measured in this one run; ratios compare figures measured side by side. Targets are from issues #8 and #18; a miss is marked ✗ and explained below. "previous": the run of ${figures.previousDate ?? '–'} (bench/figures.json).`,
    '',
    ...reportStartup(startup, figures),
    ...reportBundles(quick, bundles, figures),
    ...reportLatency(bench, groups, latency, figures),
    ...reportCapacity(groups, capacity, figures),
    ...reportLifecycle(lifecycle),
    ...reportScaling(bench, scaling, figures),
    ...reportThroughput(bench, throughput, figures),
    ...reportSite(bench, site),
    ...reportSiteColdStart(quick, siteColdStart, figures),
    ...reportDeadlineRush(rush),
    ...reportInvoiceChecks(invoiceChecks),
    ...(existsSync(notes) ? [readFileSync(notes, 'utf8')] : []),
  ];
  writeFileSync(path.join(PROJECT_ROOT, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
  if (!quick) figures.save(new Date().toISOString().slice(0, 10));
  log(`wrote BENCHMARKS.md (lifecycle € ${round(lifecycle.totalEur, 5)})`);
} finally {
  await runtime.stop();
}
