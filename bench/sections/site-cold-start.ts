import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '#infra/constructs/marketplace-function.ts';
import { createSite } from '#web/site.tsx';
import { baselineBundle, bundle, coldImport } from '../bundles.ts';
import { type Bench, kb, markdownTable } from '../context.ts';
import type { Figures } from '../figures.ts';
import { median, round } from '../stats.ts';

/**
 * The site's cold start as a first visitor of the public listing pays it: import of its bundle
 * plus the first render of /oproepen, in a fresh Node process, for the site as it is and as it
 * was before it was split by user group (issue #30: its tree from git), beside the baseline
 * function's import. The API's answers are recorded once from the running marketplace and
 * replayed, so both render the same page and only the site's own work is timed.
 */
const BEFORE = '16bd543'; // the last commit before issue #30

export interface SiteColdStart {
  baseline: { bytes: number; importMs: number };
  variants: { name: string; bytes: number; importMs: number; firstRenderMs: number; htmlBytes: number }[];
  before: string | undefined;
}

const API = 'http://api.bench';

/** An entry that builds the site with replayed API answers and renders the listing once. */
const entry = (sitePath: string) => `import { createSite } from ${JSON.stringify(sitePath)};
import answers from './answers.json';
const replay = async (input) => {
  const url = String(input instanceof Request ? input.url : input).slice(${API.length});
  const answer = answers[url] ?? { status: 404, body: '{"type":"not-found","status":404,"detail":"not recorded"}' };
  return new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/json' } });
};
export async function firstRender() {
  const site = createSite({
    apiUrl: ${JSON.stringify(API)},
    sessionKey: new Uint8Array(32),
    secureCookies: true,
    assets: { manifest: { css: '/assets/site.css', fundingJs: '/assets/f.js', uploadJs: '/assets/u.js' } },
    signIn: { kind: 'cognito', issuer: 'https://issuer.bench', clientId: 'bench', domain: 'https://login.bench', siteUrl: 'https://site.bench' },
    fetch: replay,
  });
  const response = await site.request('https://site.bench/oproepen');
  const html = await response.text();
  if (response.status !== 200) throw new Error('listing answered ' + response.status);
  return html.length;
}
`;

export async function measureSiteColdStart(bench: Bench, runs: number): Promise<SiteColdStart> {
  const dir = path.join(PROJECT_ROOT, '.bench', 'site-cold-start');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The API's answers to the listing, as the running marketplace gives them.
  const answers: Record<string, { status: number; body: string }> = {};
  const recorder = createSite({
    apiUrl: API,
    sessionKey: new Uint8Array(32),
    secureCookies: true,
    assets: { manifest: { css: '/assets/site.css', fundingJs: '/assets/f.js', uploadJs: '/assets/u.js' } },
    signIn: {
      kind: 'cognito',
      issuer: 'https://issuer.bench',
      clientId: 'bench',
      domain: 'https://login.bench',
      siteUrl: 'https://site.bench',
    },
    fetch: async (input, init) => {
      const url = String(input instanceof Request ? input.url : input).slice(API.length);
      const response = await fetch(`${bench.runtime.url}${url}`, init);
      const body = await response.text();
      answers[url] = { status: response.status, body };
      return new Response(body, { status: response.status, headers: response.headers });
    },
  });
  const recorded = await recorder.request('https://site.bench/oproepen');
  if (recorded.status !== 200) throw new Error(`listing answered ${recorded.status}`);
  writeFileSync(path.join(dir, 'answers.json'), JSON.stringify(answers));

  const sources: { name: string; site: string }[] = [
    { name: 'the site now (groups loaded on first use)', site: path.join(PROJECT_ROOT, 'web', 'site.tsx') },
  ];
  // The site before, from git (its web/, shared/ and events/ at that commit); absent from a tarball.
  const beforeDir = path.join(dir, 'before');
  let before: string | undefined;
  try {
    mkdirSync(beforeDir, { recursive: true });
    const tar = execFileSync('git', ['archive', BEFORE, 'web', 'shared', 'events', 'package.json'], {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 2 ** 20,
    });
    execFileSync('tar', ['-x', '-C', beforeDir], { input: tar });
    sources.push({
      name: `the site before (${BEFORE}, one app)`,
      site: path.join(beforeDir, 'web', 'site.tsx'),
    });
    before = BEFORE;
  } catch {
    bench.log(`site cold start: commit ${BEFORE} not in this checkout, measuring the site as it is only`);
  }
  const files: { name: string; file: string; bytes: number }[] = [];
  for (const [i, source] of sources.entries()) {
    const entryFile = path.join(dir, `entry-${i}.ts`);
    writeFileSync(entryFile, entry(source.site));
    const file = path.join(dir, `site-${i}.mjs`);
    files.push({ name: source.name, file, bytes: await bundle(entryFile, file) });
  }
  const baseline = await baselineBundle(dir);
  // Side by side: every run imports the baseline and renders with each variant, interleaved.
  const baselineMs: number[] = [];
  const times = files.map(() => ({ importMs: [] as number[], firstRenderMs: [] as number[] }));
  for (let run = 0; run < runs; run++) {
    baselineMs.push(coldImport(baseline.file));
    files.forEach((f, i) => {
      times[i]!.importMs.push(coldImport(f.file));
      times[i]!.firstRenderMs.push(coldImport(f.file, 'await m.firstRender();'));
    });
  }
  // Both render the same page: the HTML's length from each, once.
  const htmlBytes = files.map((f) =>
    Number(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const m = await import(${JSON.stringify(`file://${f.file}`)}); console.log(await m.firstRender());`,
        ],
        {
          encoding: 'utf8',
        },
      ).trim(),
    ),
  );
  return {
    baseline: { bytes: baseline.bytes, importMs: median(baselineMs) },
    variants: files.map((f, i) => ({
      name: f.name,
      bytes: f.bytes,
      importMs: median(times[i]!.importMs),
      firstRenderMs: median(times[i]!.firstRenderMs),
      htmlBytes: htmlBytes[i]!,
    })),
    before,
  };
}

export function reportSiteColdStart(quick: boolean, cold: SiteColdStart, figures: Figures): string[] {
  const lines: string[] = [];
  const table = markdownTable(lines);
  const runs = quick ? 3 : 7;
  lines.push(
    '## 7. The site’s cold start per user group',
    '',
    `The public listing as a first visitor meets a cold site: the site's bundle imported in a fresh Node process, then \`/oproepen\` rendered once from the API's answers (recorded from the running marketplace, replayed, so only the site's own work is timed). Medians of ${runs} runs interleaved with the baseline function's import (${kb(cold.baseline.bytes)} KB, ${round(cold.baseline.importMs)} ms). Issue #30: the site loads only the group that serves the request. The site's Lambda adds its SSM and Secrets Manager clients to this (section 1, \`webSite\`).`,
    '',
  );
  table(
    [
      'site',
      'bundle KB',
      'import ms',
      'import + first render ms',
      'previous',
      '× baseline import',
      'HTML bytes',
    ],
    cold.variants.map((v, i) => {
      const key = i === 0 ? 'siteColdStart.now' : 'siteColdStart.before';
      figures.set(`${key}.ms`, v.firstRenderMs);
      return [
        v.name,
        kb(v.bytes),
        round(v.importMs),
        round(v.firstRenderMs),
        figures.was(`${key}.ms`),
        round(v.firstRenderMs / cold.baseline.importMs, 2),
        v.htmlBytes,
      ];
    }),
  );
  if (!cold.before)
    lines.push(`The site before issue #30 (${BEFORE}) was not in this checkout: not measured.`, '');
  return lines;
}
