import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '#infra/constructs/marketplace-function.ts';
import type { Figures } from '../figures.ts';
import { median, round } from '../stats.ts';

export interface StartupRun {
  seconds: number;
  stackTraces: number;
}

/** One `npm start -- --in-memory` (demo data seeded): seconds from spawn to the banner. */
function startOnce(): Promise<StartupRun> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(
      path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
      ['infra/local/start.ts', '--in-memory', '--port', '0', '--web-port', '0'],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no banner within 120 s:\n${output}`));
    }, 120_000);
    const watch = (chunk: Buffer) => {
      output += chunk;
      if (!output.includes('innovatiemarkt is running')) return;
      const seconds = (performance.now() - began) / 1000;
      clearTimeout(timer);
      child.stdout.off('data', watch);
      child.once('exit', () =>
        resolve({ seconds, stackTraces: (output.match(/^\s+at .+:\d+:\d+\)?$/gm) ?? []).length }),
      );
      child.kill('SIGINT');
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
    });
  });
}

/** Section 0: start-up to the banner, in memory with demo data, 3 runs (nothing else running). */
export async function measureStartup(runs = 3): Promise<StartupRun[]> {
  const results: StartupRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await startOnce());
  return results;
}

export function reportStartup(runs: readonly StartupRun[], figures: Figures): string[] {
  const seconds = figures.set('startup.seconds', median(runs.map((r) => r.seconds)));
  const traces = runs.reduce((n, r) => n + r.stackTraces, 0);
  return [
    '## 0. Start-up',
    '',
    `\`npm start -- --in-memory\` (DynamoDB Local, S3, SMTP, the site, demo data seeded and its events applied), from spawn to the banner, median of ${runs.length} runs: **${round(seconds, 1)} s** (runs: ${runs.map((r) => round(r.seconds, 1)).join(', ')}; previous ${figures.was('startup.seconds')} s) ${seconds <= 10 ? '✓' : '✗'} (target ≤ 10 s). Stack traces printed: ${traces} ${traces === 0 ? '✓' : '✗'}.`,
    '',
  ];
}
