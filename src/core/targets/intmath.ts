/**
 * Exact integer arithmetic on ordinary numbers (no BigInt: the Excel runtimes that
 * still run EdgeHTML have none). Every amount in the targets engine is a whole number
 * of rounding units; quotas such as "annual × weight ÷ total weight" are computed
 * exactly as a floor and a remainder, so no float error can ever move a unit.
 */

/**
 * Largest count of units the engine accepts. Intermediate values stay below 2^53
 * (Number.MAX_SAFE_INTEGER) as long as inputs stay below 2^51: the slow path of
 * `mulDiv` holds values up to 3 × its divisor.
 */
export const MAX_UNITS = 2 ** 51;

/** A non-negative rational quota written as whole + rem/den, with 0 ≤ rem < den. */
export interface Quota {
  readonly whole: number;
  readonly rem: number;
  readonly den: number;
}

export function floorOf(q: Quota): number {
  return q.whole;
}

export function ceilOf(q: Quota): number {
  return q.rem === 0 ? q.whole : q.whole + 1;
}

/** The fractional part as a float, used only to order preferences, never to compute amounts. */
export function fractionOf(q: Quota): number {
  return q.rem / q.den;
}

/** floor(n / d) and n mod d for safe integers n ≥ 0, d > 0, corrected for the rounding of n / d. */
function divRem(n: number, d: number): [number, number] {
  let q = Math.floor(n / d);
  let r = n - q * d;
  while (r < 0) {
    q -= 1;
    r += d;
  }
  while (r >= d) {
    q += 1;
    r -= d;
  }
  return [q, r];
}

/** Bits needed for a non-negative integer below 2^53. */
function bitLength(n: number): number {
  let bits = 0;
  for (let x = n; x >= 1; x = Math.floor(x / 2)) bits++;
  return bits;
}

/**
 * Exact a × b ÷ c for non-negative safe integers a, b and 0 < c ≤ MAX_UNITS,
 * when the quotient is itself a safe integer. Writing a = qa·c + ra and b = qb·c + rb,
 * a·b/c = qa·qb·c + qa·rb + ra·qb + ra·rb/c; only the last term can need more than 53
 * bits, and it is done by binary long multiplication modulo c when it does.
 */
export function mulDiv(a: number, b: number, c: number): Quota {
  if (
    !(c > 0) ||
    c > MAX_UNITS ||
    a < 0 ||
    b < 0 ||
    !Number.isSafeInteger(a) ||
    !Number.isSafeInteger(b) ||
    !Number.isInteger(c)
  ) {
    throw new RangeError(
      `mulDiv(${a}, ${b}, ${c}) needs non-negative safe integers and 0 < c ≤ 2^51`
    );
  }
  const [qa, ra] = divRem(a, c);
  const [qb, rb] = divRem(b, c);
  let whole = qa * qb * c + qa * rb + ra * qb;
  let rem: number;
  if (ra * rb <= 2 ** 52) {
    // Exact: the product is below 2^52, and q·c below 2^53 in the correction.
    const [q, r] = divRem(ra * rb, c);
    whole += q;
    rem = r;
  } else {
    // ra, rb < c ≤ 2^51: keep acc < c while doubling, so 2·acc + ra < 3·2^51 < 2^53.
    let q = 0;
    let acc = 0;
    for (let bit = bitLength(rb) - 1; bit >= 0; bit--) {
      q *= 2;
      acc *= 2;
      if (acc >= c) {
        acc -= c;
        q += 1;
      }
      if (Math.floor(rb / 2 ** bit) % 2 === 1) {
        acc += ra;
        if (acc >= c) {
          acc -= c;
          q += 1;
        }
      }
    }
    whole += q;
    rem = acc;
  }
  if (!Number.isSafeInteger(whole)) throw new RangeError(`mulDiv(${a}, ${b}, ${c}) overflows`);
  return { whole, rem, den: c };
}

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y > 0) [x, y] = [y, x % y];
  return x;
}

/** Decimal places of a number as written in its shortest form (0.1 → 1, 7.000000000000001 → 15, 1e-7 → 7). */
function decimalsOf(v: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(Math.abs(v)));
  if (!m) return Infinity;
  return Math.max(0, (m[2]?.length ?? 0) - (m[3] ? Number(m[3]) : 0));
}

/**
 * Reads non-negative numbers typed by people (shares, weights) as integers with a common
 * power-of-ten scale: as many decimals as the numbers are written with, up to
 * `maxDecimals`, so 50/40/10 stay 50/40/10 and 33.3333 becomes 333333. Further digits
 * (float noise such as 0.07 × 100 = 7.000000000000001) are rounded away. The result is
 * divided by the gcd to keep later products small.
 */
export function scaleToIntegers(values: readonly number[], maxDecimals: number): number[] {
  const decimals = Math.min(maxDecimals, Math.max(0, ...values.map(decimalsOf)));
  const ints = values.map((v) => Math.round(v * 10 ** decimals));
  const g = ints.reduce((acc, n) => gcd(acc, n), 0);
  return g > 1 ? ints.map((n) => n / g) : ints;
}
