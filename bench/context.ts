import type { FunctionId } from '#functions/catalogue.ts';
import type { Runtime } from '#infra/local/runtime.ts';
import type { installMeter } from './meter.ts';
import { round } from './stats.ts';
import type { client } from './workload.ts';

/** What every section of the bench works with: the running marketplace, its meter, the settings. */
export interface Bench {
  /** `--quick`: fewer runs, smaller fills. */
  quick: boolean;
  /** Requests per read route group. */
  n: number;
  concurrency: number;
  runtime: Runtime;
  call: ReturnType<typeof client>;
  meter: ReturnType<typeof installMeter>;
  /** Every function invocation since the meter started (id, wall time). */
  invocations: { id: FunctionId; ms: number }[];
  log: (message: string) => void;
}

/** A Markdown table pushed onto `lines`. */
export const markdownTable =
  (lines: string[]) =>
  (header: string[], rows: (string | number)[][]): void => {
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
    lines.push('');
  };

export const kb = (bytes: number) => round(bytes / 1024, 0);
