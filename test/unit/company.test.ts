import { describe, expect, it } from 'vitest';
import { vatIdProblem } from '#shared/kernel/company-id.ts';
import { sizeClass } from '#shared/organisations/company.ts';

const MLN = 100_000_000;

describe('EU SME size class (Recommendation 2003/361)', () => {
  it.each([
    [{ staff: 9, turnoverCents: 2 * MLN, balanceSheetCents: 5 * MLN }, 'micro'],
    [{ staff: 9, turnoverCents: 3 * MLN, balanceSheetCents: 2 * MLN }, 'micro'], // balance sheet suffices
    [{ staff: 10, turnoverCents: 1 * MLN, balanceSheetCents: 1 * MLN }, 'small'], // staff ceiling is strict
    [{ staff: 49, turnoverCents: 10 * MLN, balanceSheetCents: 20 * MLN }, 'small'],
    [{ staff: 200, turnoverCents: 60 * MLN, balanceSheetCents: 43 * MLN }, 'medium'],
    [{ staff: 249, turnoverCents: 51 * MLN, balanceSheetCents: 44 * MLN }, 'large'], // both financial ceilings exceeded
    [{ staff: 250, turnoverCents: 1 * MLN, balanceSheetCents: 1 * MLN }, 'large'],
  ] as const)('%o → %s', (declaration, expected) => {
    expect(sizeClass(declaration)).toBe(expected);
  });
});

describe('Dutch VAT id', () => {
  it('accepts the old eleven-test form and the 2020 MOD 97-10 form', () => {
    expect(vatIdProblem('NL123456782B01')).toBeUndefined(); // eleven-test
    expect(vatIdProblem('NL000099998B57')).toBeUndefined(); // MOD 97-10 form
  });

  it('refuses wrong checks and shapes', () => {
    expect(vatIdProblem('NL123456789B01')).toMatch(/check digits/);
    expect(vatIdProblem('NL12345678B01')).toMatch(/format/);
    expect(vatIdProblem('DE123456782B01')).toMatch(/format/); // a Dutch shape under another state
  });
});
