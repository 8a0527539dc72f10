/**
 * THE split function: divides an amount of euro cents over shares given in basis points.
 *
 * Rounding rule (largest remainder, Hamilton): every share first gets the floor of its exact
 * part; the cents left over (fewer than the number of shares) go one each to the shares with
 * the largest fractional remainders; equal remainders go to the share listed first. So the
 * parts are integers, add up exactly to the amount, never differ from the exact part by a
 * cent or more, and the same input always gives the same output.
 */
export const BASIS_POINTS = 10_000;

export interface Share<K extends string = string> {
  key: K;
  basisPoints: number;
}

export function splitCents<K extends string>(
  amountCents: number,
  shares: readonly Share<K>[],
): Map<K, number> {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) {
    throw new RangeError(`amount must be a non-negative whole number of cents, got ${amountCents}`);
  }
  if (shares.length === 0) throw new RangeError('at least one share is needed');
  const total = shares.reduce((sum, s) => sum + s.basisPoints, 0);
  if (total !== BASIS_POINTS || shares.some((s) => !Number.isInteger(s.basisPoints) || s.basisPoints < 0)) {
    throw new RangeError(`shares must be whole basis points adding up to ${BASIS_POINTS}, got ${total}`);
  }
  if (new Set(shares.map((s) => s.key)).size !== shares.length)
    throw new RangeError('share keys must be unique');

  // amount * bp stays below 2^53 for any amount up to ~ € 9 trillion: exact integer arithmetic.
  const parts = shares.map((s, index) => {
    const numerator = amountCents * s.basisPoints;
    return {
      key: s.key,
      index,
      cents: Math.floor(numerator / BASIS_POINTS),
      remainder: numerator % BASIS_POINTS,
    };
  });
  let left = amountCents - parts.reduce((sum, p) => sum + p.cents, 0);
  const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const part of byRemainder) {
    if (left === 0) break;
    part.cents += 1;
    left -= 1;
  }
  return new Map(parts.map((p) => [p.key, p.cents]));
}

/**
 * THE split function within caps: a funder never gets more than its cap (what is left of its
 * reservation, or its part of an award being paid). Starts from `splitCents`; a part above its
 * cap hands the excess over, one cent at a time, to the part with the most room left (equal room:
 * the share listed first). Rounding alone can push a part over its cap (largest remainder is not
 * monotone: € 1,77 and € 1,76 can give one share more of the smaller amount), so the excess is at
 * most a few cents and the result stays within a cent or two of the exact shares.
 */
export function splitCentsWithin<K extends string>(
  amountCents: number,
  shares: readonly Share<K>[],
  caps: ReadonlyMap<K, number>,
): Map<K, number> {
  const parts = splitCents(amountCents, shares);
  const capOf = (key: K) => caps.get(key) ?? Number.POSITIVE_INFINITY;
  const room = shares.reduce(
    (sum, s) => sum + Math.max(0, capOf(s.key) - Math.min(parts.get(s.key)!, capOf(s.key))),
    0,
  );
  let excess = 0;
  for (const s of shares) {
    const over = parts.get(s.key)! - capOf(s.key);
    if (over > 0) {
      parts.set(s.key, capOf(s.key));
      excess += over;
    }
  }
  if (excess > room) throw new RangeError(`the caps hold ${room} cents less than the amount needs`);
  while (excess > 0) {
    let best: K | undefined;
    for (const s of shares) {
      const left = capOf(s.key) - parts.get(s.key)!;
      if (left > 0 && (best === undefined || left > capOf(best) - parts.get(best)!)) best = s.key;
    }
    parts.set(best!, parts.get(best!)! + 1);
    excess -= 1;
  }
  return parts;
}

/** VAT rate in basis points (21% in the Netherlands). */
export const VAT_BASIS_POINTS = 2_100;

/** The VAT-exclusive value of an amount including VAT, rounded half up to the cent. */
export function excludingVat(inclusiveCents: number, vatBasisPoints = VAT_BASIS_POINTS): number {
  const divisor = BASIS_POINTS + vatBasisPoints;
  return Math.floor((inclusiveCents * BASIS_POINTS * 2 + divisor) / (2 * divisor));
}
