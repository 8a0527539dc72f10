import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '#shared/platform/problem-types.ts';
import { PROBLEM_TEXTS, problemText } from '#web/i18n/problems.ts';

/*
 * The typecheck makes the set closed (DomainError takes only these types; the site's texts are a
 * record over them). What it cannot see: a type nobody raises any more, and a text left blank or
 * copied across the languages.
 */
const root = join(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [readFileSync(join(root, dir, entry.name), 'utf8')]
        : [],
  );

describe('the API’s problem types', () => {
  it('are each still raised somewhere (the list holds no dead entries)', () => {
    const code = ['shared', 'functions', 'infra']
      .flatMap(sources)
      .join('\n')
      .replace(/export const PROBLEM_TYPES = \[[\s\S]*?\] as const;/, '');
    const unraised = PROBLEM_TYPES.filter((type) => !code.includes(`'${type}'`) && type !== 'internal');
    expect(unraised).toEqual([]);
  });

  it('are each explained in Dutch and English, differently, with what to do next', () => {
    for (const type of PROBLEM_TYPES) {
      const { nl, en } = PROBLEM_TEXTS[type];
      expect(nl.length, type).toBeGreaterThan(20);
      expect(en.length, type).toBeGreaterThan(20);
      expect(nl, type).not.toBe(en);
      // Each says what went wrong and what to do: at least two sentences or a clause after a colon.
      expect(/[.:;].+\S/.test(nl.trim().replace(/\.$/, '')), `${type}: ${nl}`).toBe(true);
    }
  });

  it('reach the reader by their URI, and a type from outside the set still gets a sentence', () => {
    expect(problemText('https://innovatiemarkt.nl/problems/phase-budget-exhausted', 'nl')).toContain(
      'budget van de fase',
    );
    expect(problemText('not-a-draft', 'en')).toContain('no longer a draft');
    expect(problemText('https://innovatiemarkt.nl/problems/upload-failed', 'nl')).toContain('opgeslagen');
    expect(problemText('about:blank', 'en')).toContain('try again');
  });
});
