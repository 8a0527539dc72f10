import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * Each layering rule of .dependency-cruiser.cjs (npm run layers) catches a violation seeded in a
 * small tree of its own, and lets the same tree pass without it: a rule that cannot fail is no rule.
 */
const config = createRequire(import.meta.url)(join(import.meta.dirname, '../../.dependency-cruiser.cjs')) as {
  forbidden: { name: string }[];
};
const trees: string[] = [];
afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

/** The rules a tree of files (path → source) breaks. */
async function broken(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  trees.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const roots = [...new Set(Object.keys(files).map((path) => path.split('/')[0]!))];
  const result = await cruise(roots, {
    ruleSet: { forbidden: config.forbidden } as never,
    validate: true,
    baseDir: dir,
    tsPreCompilationDeps: true,
  });
  const output = result.output as ICruiseResult;
  return [...new Set(output.summary.violations.map((v) => v.rule.name))].sort();
}

const uses = (path: string) => `import { x } from '${path}';\nexport const y = x;\n`;
const leaf = 'export const x = 1;\n';

/** One seeded violation per rule: the importing file, the imported one, and its allowed twin. */
const SEEDS: { rule: string; from: string; to: string; allowed: string }[] = [
  {
    rule: 'plumbing-knows-no-domain',
    from: 'shared/db/table.ts',
    to: 'shared/notifications/x.ts',
    allowed: 'shared/kernel/x.ts',
  },
  {
    rule: 'shared-and-events-stay-below-functions',
    from: 'shared/awards/x.ts',
    to: 'web/kit/x.ts',
    allowed: 'shared/kernel/y.ts',
  },
  {
    rule: 'events-are-contracts',
    from: 'events/award.ts',
    to: 'shared/funding/x.ts',
    allowed: 'shared/kernel/x.ts',
  },
  {
    rule: 'kernel-imports-nothing-of-ours',
    from: 'shared/kernel/x.ts',
    to: 'shared/db/x.ts',
    allowed: 'shared/kernel/y.ts',
  },
  {
    rule: 'site-is-an-api-client',
    from: 'web/kit/api.ts',
    to: 'shared/notifications/repository.ts',
    allowed: 'shared/routes.ts',
  },
  {
    rule: 'kit-knows-no-group',
    from: 'web/kit/layout.tsx',
    to: 'web/buyer/call/view.tsx',
    allowed: 'web/kit/components.tsx',
  },
  {
    rule: 'groups-stay-apart',
    from: 'web/company/loaders.ts',
    to: 'web/buyer/loaders.ts',
    allowed: 'web/kit/ids.ts',
  },
  {
    rule: 'pages-import-only-the-kit',
    from: 'web/buyer/ranking/route.tsx',
    to: 'web/buyer/call/view.tsx',
    allowed: 'web/buyer/loaders.ts',
  },
];

const relative = (from: string, to: string) => `${'../'.repeat(from.split('/').length - 1)}${to}`;

describe('the layering rules (npm run layers)', () => {
  it('have a seeded violation each (the last three in tests of their own below)', () => {
    const ownTests = ['no-cycles', 'domains-speak-no-aws-sdk', 'site-never-reaches-the-data-layer'];
    expect(SEEDS.map((s) => s.rule).sort()).toEqual(
      config.forbidden
        .map((r) => r.name)
        .filter((name) => !ownTests.includes(name))
        .sort(),
    );
  });

  for (const seed of SEEDS)
    it(`${seed.rule}: catches ${seed.from} → ${seed.to}, and lets ${seed.from} → ${seed.allowed} pass`, async () => {
      expect(await broken({ [seed.from]: uses(relative(seed.from, seed.to)), [seed.to]: leaf })).toEqual([
        seed.rule,
      ]);
      expect(
        await broken({ [seed.from]: uses(relative(seed.from, seed.allowed)), [seed.allowed]: leaf }),
      ).toEqual([]);
    });

  it('no-cycles: catches two modules importing each other', async () => {
    expect(
      await broken({
        'web/kit/a.ts': uses('./b.ts'),
        'web/kit/b.ts': `${uses('./a.ts')}export const x = 2;\n`,
      }),
    ).toEqual(['no-cycles']);
  });

  it('domains-speak-no-aws-sdk: catches a domain importing the SDK (a stub package in the seeded tree)', async () => {
    expect(
      await broken({
        'shared/awards/x.ts': uses('@aws-sdk/client-dynamodb'),
        'node_modules/@aws-sdk/client-dynamodb/package.json':
          '{"name":"@aws-sdk/client-dynamodb","main":"index.js"}',
        'node_modules/@aws-sdk/client-dynamodb/index.js': 'exports.x = 1;\n',
      }),
    ).toEqual(['domains-speak-no-aws-sdk']);
  });

  it('site-never-reaches-the-data-layer: catches the table behind a schema the site may read', async () => {
    const schema = (imports: string) => `${imports}export const x = 1;\n`;
    expect(
      await broken({
        'web/public/call/route.tsx': uses('../../../shared/proposals/schemas.ts'),
        'shared/proposals/schemas.ts': schema("import { getItem } from '../db/store.ts';\nvoid getItem;\n"),
        'shared/db/store.ts': 'export const getItem = 1;\n',
      }),
    ).toEqual(['site-never-reaches-the-data-layer']);
    expect(
      await broken({
        'web/public/call/route.tsx': uses('../../../shared/proposals/schemas.ts'),
        'shared/proposals/schemas.ts': schema(''),
      }),
    ).toEqual([]);
  });
});
