import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '#infra/constructs/marketplace-function.ts';
import { round } from './stats.ts';

const FILE = path.join(PROJECT_ROOT, 'bench', 'figures.json');

/**
 * The headline figures of a run, kept in `bench/figures.json` (committed), so the next run shows
 * each beside its own: a regression is visible in the table, not only in memory.
 */
export class Figures {
  readonly previousDate: string | undefined;
  private readonly previous: Record<string, number>;
  private readonly current: Record<string, number> = {};

  constructor() {
    const saved = existsSync(FILE)
      ? (JSON.parse(readFileSync(FILE, 'utf8')) as { date?: string; figures?: Record<string, number> })
      : {};
    this.previousDate = saved.date;
    this.previous = saved.figures ?? {};
  }

  /** Records this run's figure and returns it. */
  set(key: string, value: number): number {
    this.current[key] = value;
    return value;
  }

  /** The previous run's figure for the key, for a table cell ('–' when it had none). */
  was(key: string, digits = 1): string | number {
    const value = this.previous[key];
    return value === undefined ? '–' : round(value, digits);
  }

  wasNumber(key: string): number | undefined {
    return this.previous[key];
  }

  save(date: string): void {
    writeFileSync(FILE, `${JSON.stringify({ date, figures: this.current }, null, 2)}\n`);
  }
}
