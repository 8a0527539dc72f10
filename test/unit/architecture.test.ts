import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * What the layering check (`npm run layers`, dependency-cruiser) cannot see: money has one writer,
 * and every folder of `shared/` is placed in a layer, so a new one cannot slip past the rules.
 */
const root = join(import.meta.dirname, '../..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );

describe('the architecture', () => {
  it('has one writer of money: only shared/funding/ names the keys and entities of budgets, reservations, envelopes and the ledger', () => {
    const money =
      /moneyKeys\.(phaseBudget|reservation|ledgerEntry|ledgerPartition)|fundingKeys\.envelope\(|ENTITY\.(ledgerEntry|phaseBudget|funderReservation|envelope)\b|'(LedgerEntry|PhaseBudget|FunderReservation|Envelope)'/;
    const offenders = ['shared', 'functions', 'events', 'infra', 'web']
      .flatMap(sourceFiles)
      .filter((file) => !file.startsWith('shared/funding/') && file !== 'shared/db/keys.ts')
      .filter((file) => money.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
    // And inside funding, only money.ts writes them (the repository reads, envelopes.ts plans).
    const writers = sourceFiles('shared/funding').filter((file) =>
      /\b(Put|Update|Delete):\s*\{/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(writers.map((f) => relative('shared/funding', f)).sort()).toEqual(['envelopes.ts', 'money.ts']);
  });

  it('places every folder of shared/ in a layer of the dependency rules', () => {
    const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as {
      forbidden: { name: string; from: { path?: string | string[] }; to: { path?: string | string[] } }[];
    };
    const patterns = config.forbidden
      .flatMap((rule) => [rule.from.path, rule.to.path].flat())
      .filter(Boolean);
    const folders = readdirSync(join(root, 'shared'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `shared/${d.name}/x.ts`);
    const unplaced = folders.filter((folder) => !patterns.some((p) => new RegExp(p as string).test(folder)));
    expect(unplaced).toEqual([]);
  });
});
