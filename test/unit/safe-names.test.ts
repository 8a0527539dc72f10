import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fileNameSchema } from '#shared/documents/types.ts';
import { isSafeName } from '#shared/kernel/vocabulary.ts';
import { companyProfileBody } from '#shared/organisations/schemas.ts';

/* Issue #34, point 5: one text rule for names and file names. */
describe('names and file names', () => {
  it('keep letters of every language and emoji, and refuse controls, direction overrides and half characters', () => {
    for (const ok of [
      'Walstroom B.V.',
      'Zürich Cleantech GmbH',
      'Łódź Sp. z o.o.',
      'Ζ-Innovations',
      'Team 😀',
    ])
      expect(isSafeName(ok), ok).toBe(true);
    for (const bad of [
      'a\u0000b',
      'regel\neen',
      'tab\tbed',
      'c1\u0085',
      'factuur\u202Efdp.exe',
      'iso\u2066late',
      'x\ud800y',
      'y\udc00',
    ])
      expect(isSafeName(bad), JSON.stringify(bad)).toBe(false);
  });

  it('are refused at the field by the company profile and the upload', () => {
    const profile = z.safeParse(companyProfileBody, {
      name: 'Walstroom\u202E BV',
      staff: 5,
      turnoverCents: 10_000_000,
      balanceSheetCents: 5_000_000,
    });
    expect(profile.success).toBe(false);
    expect(profile.error?.issues.map((i) => i.path.join('.'))).toEqual(['name']);
    expect(z.safeParse(fileNameSchema, 'factuur\u202Efdp.exe').success).toBe(false);
    expect(z.safeParse(fileNameSchema, 'plan\ud800.pdf').success).toBe(false);
    expect(z.safeParse(fileNameSchema, 'projectplan v2.pdf').success).toBe(true);
  });
});
