/**
 * Exact decimal arithmetic on bigint, for money. Floats cannot hold 0.1 or
 * 1234567.55 exactly, so amounts typed by people or fractional MRP counts are
 * read digit by digit into a scaled integer and rounded once, explicitly.
 * Internal to the package: callers see tiyn, not this representation.
 */

/** `units / 10^scale`, e.g. 12.345 → { units: 12345n, scale: 3 }. */
export type ScaledDecimal = { units: bigint; scale: number };

const PLAIN_DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Reads `123`, `-0.5`, `1.25e-3` (the forms `String(number)` produces).
 * Group separators and decimal commas are the caller's business.
 */
export function parsePlainDecimal(text: string): ScaledDecimal | null {
  const m = PLAIN_DECIMAL.exec(text);
  if (!m) return null;
  const [, sign = '', intPart = '', fracPart = '', expPart] = m;
  const exponent = expPart === undefined ? 0 : Number(expPart);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return null;
  let units = BigInt(intPart + fracPart);
  let scale = fracPart.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === '-' ? -units : units, scale };
}

/** The shortest decimal that round-trips the number, e.g. 0.1 → "0.1" exactly. */
export function decimalFromNumber(value: number): ScaledDecimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const parsed = parsePlainDecimal(String(value));
  if (!parsed) throw new RangeError(`Cannot read number ${value} as a decimal`);
  return parsed;
}

/**
 * Integer division rounding half away from zero ("commercial" rounding:
 * 0.005 → 0.01, -0.005 → -0.01), the rule people check by hand.
 */
export function divideHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice >= denominator) return quotient + (numerator < 0n ? -1n : 1n);
  return quotient;
}

/** Re-expresses a decimal at `scale` places, rounding half away from zero. */
export function rescale(value: ScaledDecimal, scale: number): bigint {
  if (value.scale <= scale) return value.units * 10n ** BigInt(scale - value.scale);
  return divideHalfAwayFromZero(value.units, 10n ** BigInt(value.scale - scale));
}

/** bigint → number, refusing anything a double cannot hold exactly. */
export function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what} exceeds the safe integer range: ${value}`);
  }
  return Number(value);
}
