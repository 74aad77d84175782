/**
 * The check digit shared by IIN (ЖСН/ИИН) and BIN (БСН/БИН), DOMAIN.md
 * "Identifiers": Σ dᵢ·wᵢ mod 11 with weights 1…11; a remainder of 10 means
 * a second pass with weights 3…11,1,2; 10 again means no such number can
 * exist. That last case is *not* digit 0 — treating it as 0 would accept
 * numbers the registry never issues.
 */

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const ELEVEN_DIGITS = /^\d{11}$/;
const TWELVE_DIGITS = /^\d{12}$/;

/** Why a 12-character identifier is refused. */
export type IdentifierError =
  /** Not exactly 12 ASCII digits (wrong length, letters, spaces, …). */
  | 'format'
  /** 12 digits, but the last one is not the computed check digit. */
  | 'checksum'
  /** Both passes give 10: no check digit exists, so no such number is issued. */
  | 'impossible';

function weightedRemainder(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum % 11;
}

/**
 * The 12th digit for the given first 11, or null when both passes give 10.
 * Throws RangeError when the input is not 11 digits: that is a programming
 * error, not a user's typo.
 */
export function computeCheckDigit(first11: string): number | null {
  if (!ELEVEN_DIGITS.test(first11)) {
    throw new RangeError(`computeCheckDigit expects 11 digits, got ${JSON.stringify(first11)}`);
  }
  const first = weightedRemainder(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedRemainder(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** Shared format + checksum check; null when the identifier is valid. */
export function identifierError(value: string): IdentifierError | null {
  if (typeof value !== 'string' || !TWELVE_DIGITS.test(value)) return 'format';
  const expected = computeCheckDigit(value.slice(0, 11));
  if (expected === null) return 'impossible';
  return Number(value[11]) === expected ? null : 'checksum';
}
