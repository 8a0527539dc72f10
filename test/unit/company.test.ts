import { describe, expect, it } from 'vitest';
import { isValidBtwId, sizeClass } from '#shared/organisations/company.ts';

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
    expect(isValidBtwId('NL123456782B01')).toBe(true); // eleven-test
    expect(isValidBtwId('NL000099998B57')).toBe(true); // MOD 97-10 form
  });

  it('refuses wrong checks and shapes', () => {
    expect(isValidBtwId('NL123456789B01')).toBe(false);
    expect(isValidBtwId('NL12345678B01')).toBe(false);
    expect(isValidBtwId('DE123456782B01')).toBe(false);
  });
});
