import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excludingVat, splitCents } from '#shared/funding/split.ts';

/** Shares in basis points that add up to 10000, as arbitrary as the real ones. */
const sharesArb = fc
  .array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 })
  .map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    const bps = weights.map((w) => Math.floor((w * 10_000) / total));
    bps[0]! += 10_000 - bps.reduce((a, b) => a + b, 0);
    return bps.map((basisPoints, i) => ({ key: `funder-${i}`, basisPoints }));
  })
  .filter((shares) => shares.every((s) => s.basisPoints >= 0));

describe('splitCents (the one split function)', () => {
  it('splits 50-50 exactly, the odd cent to the first funder', () => {
    const parts = splitCents(100_001, [
      { key: 'ezk', basisPoints: 5000 },
      { key: 'zuid-holland', basisPoints: 5000 },
    ]);
    expect([...parts]).toEqual([
      ['ezk', 50_001],
      ['zuid-holland', 50_000],
    ]);
  });

  it('gives the leftover cents to the largest remainders', () => {
    // 1000 over 33.33% / 33.33% / 33.34%: exact parts 333.3, 333.3, 333.4 → 333, 333, 334
    const parts = splitCents(1000, [
      { key: 'a', basisPoints: 3333 },
      { key: 'b', basisPoints: 3333 },
      { key: 'c', basisPoints: 3334 },
    ]);
    expect([...parts.values()]).toEqual([333, 333, 334]);
  });

  it('for every amount and shares: integer parts that add up exactly, each within a cent of exact, same every time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), sharesArb, (amount, shares) => {
        const parts = splitCents(amount, shares);
        const values = shares.map((s) => parts.get(s.key)!);
        expect(values.every(Number.isSafeInteger)).toBe(true);
        expect(values.reduce((a, b) => a + b, 0)).toBe(amount);
        shares.forEach((s, i) => {
          const exact = (amount * s.basisPoints) / 10_000;
          expect(Math.abs(values[i]! - exact)).toBeLessThan(1);
        });
        expect([...splitCents(amount, shares)]).toEqual([...parts]);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses shares that do not add up, negative or fractional amounts, and duplicate funders', () => {
    expect(() => splitCents(100, [{ key: 'a', basisPoints: 4000 }])).toThrow(/adding up to 10000/);
    expect(() => splitCents(-1, [{ key: 'a', basisPoints: 10_000 }])).toThrow(/non-negative/);
    expect(() => splitCents(1.5, [{ key: 'a', basisPoints: 10_000 }])).toThrow(/whole/);
    expect(() =>
      splitCents(100, [
        { key: 'a', basisPoints: 5000 },
        { key: 'a', basisPoints: 5000 },
      ]),
    ).toThrow(/unique/);
  });
});

describe('excludingVat', () => {
  it('takes 21% VAT off, rounding half up to the cent', () => {
    expect(excludingVat(5_000_000)).toBe(4_132_231); // € 50.000 incl. → € 41.322,31 excl.
    expect(excludingVat(121)).toBe(100);
    expect(excludingVat(0)).toBe(0);
    expect(excludingVat(45_000_000)).toBe(37_190_083);
  });
});
