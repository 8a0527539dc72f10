import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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
    // And inside funding, only money.ts puts them in a write (the repository and envelopes.ts read them).
    const moneyWrite =
      /(Put|Update|Delete):\s*\{[\s\S]{0,120}?(Key:\s*|Item:\s*\{\s*\.\.\.)(moneyKeys\.(phaseBudget|reservation|ledgerEntry)|fundingKeys\.envelope)\(/;
    const writers = ['shared', 'functions', 'infra']
      .flatMap(sourceFiles)
      .filter((file) => moneyWrite.test(readFileSync(join(root, file), 'utf8')));
    expect(writers).toEqual(['shared/funding/money.ts']);
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
