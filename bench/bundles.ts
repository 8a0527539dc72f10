import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { type FunctionId, functionCatalogue } from '#functions/catalogue.ts';
import { BUNDLING, PROJECT_ROOT } from '#infra/constructs/marketplace-function.ts';
import { kb, markdownTable } from './context.ts';
import type { Figures } from './figures.ts';
import { median, round } from './stats.ts';

/** Bundles like CDK does (minified ESM, SDK inside) and measures size and cold import. */
export async function bundle(entry: string, outfile: string) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: BUNDLING.format,
    minify: BUNDLING.minify,
    target: BUNDLING.target,
    mainFields: [...BUNDLING.mainFields],
    banner: { js: BUNDLING.banner },
    logLevel: 'silent',
  });
  return statSync(outfile).size;
}

/**
 * Time to import a bundle in a fresh Node process (what a cold start pays after the runtime boots),
 * and to run `then` with the module as `m` (a first render), when given.
 */
export function coldImport(file: string, then = ''): number {
  const script = `const t = performance.now(); const m = await import(${JSON.stringify(`file://${file}`)}); ${then} console.log(performance.now() - t);`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: {
      ...process.env,
      TABLE_NAME: 'bench',
      AWS_REGION: 'eu-west-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`import of ${file} failed: ${result.stderr}`);
  return Number(result.stdout.trim().split('\n').at(-1));
}

/** The baseline: a function that only builds a DynamoDB client, bundled into `dir`. */
export async function baselineBundle(dir: string): Promise<{ file: string; bytes: number }> {
  const entry = path.join(dir, 'baseline-entry.mjs');
  writeFileSync(
    entry,
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\nexport const handler = async () => client.config.serviceId;\n",
  );
  const file = path.join(dir, 'baseline.mjs');
  return { file, bytes: await bundle(entry, file) };
}

export interface BundleFigure {
  id: string;
  bytes: number;
  importMs: number;
  ratio: number;
}

export async function measureBundles(
  runs: number,
): Promise<{ baseline: BundleFigure; functions: BundleFigure[] }> {
  const dir = path.join(PROJECT_ROOT, '.bench', 'bundles');
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, { file: string; bytes: number }>();
  files.set('baseline', await baselineBundle(dir));
  for (const [id, definition] of Object.entries(functionCatalogue)) {
    const file = path.join(dir, `${id}.mjs`);
    files.set(id, { file, bytes: await bundle(path.join(PROJECT_ROOT, definition.entry), file) });
  }
  // Side by side: every run imports the baseline and every function, interleaved.
  const times = new Map<string, number[]>([...files.keys()].map((id) => [id, []]));
  for (let run = 0; run < runs; run++) {
    for (const [id, { file }] of files) times.get(id)!.push(coldImport(file));
  }
  const figure = (id: string): BundleFigure => {
    const importMs = median(times.get(id)!);
    return { id, bytes: files.get(id)!.bytes, importMs, ratio: importMs / median(times.get('baseline')!) };
  };
  return {
    baseline: figure('baseline'),
    functions: (Object.keys(functionCatalogue) as FunctionId[]).map(figure),
  };
}

/** Section 1 of the report. */
export function reportBundles(
  quick: boolean,
  bundles: Awaited<ReturnType<typeof measureBundles>>,
  figures: Figures,
): string[] {
  const QUICK = quick;
  const lines: string[] = [];
  const table = markdownTable(lines);
  lines.push(
    '## 1. Bundle size and cold import per function',
    '',
    `Bundled as CDK bundles them (esbuild, minified ESM, AWS SDK inside). Cold import: median time to \`import()\` the bundle in a fresh Node process, over ${QUICK ? 3 : 7} runs interleaved with the baseline (a bundle that only builds a DynamoDB client: ${kb(bundles.baseline.bytes)} KB, ${round(bundles.baseline.importMs)} ms). Targets (issue #18): bundle ≤ 1.4× and cold import ≤ 1.3× the baseline's. "previous": the previous run's figure.`,
    '',
  );
  table(
    [
      'function',
      'bundle KB',
      'previous',
      '× baseline',
      '≤ 1.4×',
      'cold import ms',
      'previous',
      '× baseline',
      '≤ 1.3×',
    ],
    bundles.functions.map((f) => {
      const size = f.bytes / bundles.baseline.bytes;
      figures.set(`bundle.${f.id}.kb`, kb(f.bytes));
      figures.set(`bundle.${f.id}.importMs`, f.importMs);
      figures.set(`bundle.${f.id}.ratio`, f.ratio);
      return [
        f.id,
        kb(f.bytes),
        figures.was(`bundle.${f.id}.kb`, 0),
        round(size, 2),
        size <= 1.4 ? '✓' : '✗',
        round(f.importMs),
        figures.was(`bundle.${f.id}.importMs`),
        round(f.ratio, 2),
        f.ratio <= 1.3 ? '✓' : '✗',
      ];
    }),
  );
  return lines;
}
