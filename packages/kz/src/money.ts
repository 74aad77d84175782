/**
 * Money as integer tiyn (1 tenge = 100 tiyn), never floats (DOMAIN.md
 * "Money"). A plain number keeps amounts cheap to store (bigint column) and
 * to serialise to JSON; every function checks it is a safe integer so an
 * accidental float or overflow fails at once instead of drifting.
 *
 * Formatting conventions (same in kk and ru, as in official documents):
 * - grouping by thousands with U+00A0 NO-BREAK SPACE and a decimal comma,
 *   always two decimals: `1 234 567,50 ₸`;
 * - the unit follows after another U+00A0, so an amount never wraps;
 * - negatives take a leading ASCII hyphen-minus `-` (what Intl's ru/kk
 *   formats use, and what a person can type back in); line breaking rules
 *   never break between `-` and a digit;
 * - foreign currencies show the ISO 4217 code, not a symbol (`1 234,00 USD`):
 *   `$` is ambiguous between dollars and symbols are not legal wording.
 * Rounding everywhere is half away from zero (0,005 → 0,01; −0,005 → −0,01),
 * the commercial rule a person reproduces with a calculator.
 */
import { decimalFromNumber, divideHalfAwayFromZero, parsePlainDecimal, toSafeNumber } from './decimal';
import type { Locale } from './locale';

/** Integer tiyn (or the minor unit of another currency). Always a safe integer. */
export type Tiyn = number;

export const NBSP = '\u00A0';
export const TENGE_SIGN = '₸';

export function isTiyn(value: unknown): value is Tiyn {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Throws RangeError unless the value is a safe integer; returns it for chaining. */
export function assertTiyn(value: number, what = 'amount'): Tiyn {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer of tiyn, got ${value}`);
  return value;
}

// Spaces people and software put between thousands: space, NBSP, narrow NBSP, thin space.
const GROUP_SPACE = /[ \u00A0\u202F\u2009]/g;
const AMOUNT = /^([+\-\u2212]?)(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+|\d+)(?:[.,](\d{1,2}))?$/;
const TRAILING_TENGE = /[ \u00A0\u202F\u2009]*(?:₸|KZT|тг\.?|тенге|теңге)$/i;

/**
 * Tenge → tiyn, exactly. Strings accept the ways amounts are written here:
 * `1234567.50`, `1 234 567,50`, `1 234 567,50 ₸`, `-12,5`, `−12,5`.
 * Groups must be whitespace and of three digits (a dot or comma is always
 * the decimal separator, so `1.234` is refused rather than guessed); more
 * than two decimals is refused rather than rounded. A number must denote at
 * most two decimals exactly (`12.34` yes, `0.1 + 0.2` no) — parse user
 * input as a string instead.
 */
export function tenge(amount: number | string): Tiyn {
  if (typeof amount === 'number') {
    const decimal = decimalFromNumber(amount);
    if (decimal.scale > 2) throw new RangeError(`Tenge amount has more than 2 decimals: ${amount}`);
    return toSafeNumber(decimal.units * 10n ** BigInt(2 - decimal.scale), 'Tenge amount');
  }
  const text = amount.trim().replace(TRAILING_TENGE, '');
  const m = AMOUNT.exec(text);
  if (!m) throw new RangeError(`Not a tenge amount: ${JSON.stringify(amount)}`);
  const [, sign = '', whole = '', fraction = ''] = m;
  const parsed = parsePlainDecimal(`${whole.replace(GROUP_SPACE, '')}.${fraction.padEnd(2, '0')}`);
  if (!parsed) throw new RangeError(`Not a tenge amount: ${JSON.stringify(amount)}`);
  const units = sign === '' || sign === '+' ? parsed.units : -parsed.units;
  return toSafeNumber(units, 'Tenge amount');
}

export type MoneyFormatOptions = {
  /** ISO 4217 code; default KZT. The amount is in that currency's minor units. */
  currency?: string;
  /** 'symbol' (default; ₸ for KZT, the code otherwise), 'code', or 'none' for bare numbers in tables. */
  unit?: 'symbol' | 'code' | 'none';
};

/** Minor-unit digits per ISO 4217 (USD 2, JPY 0, KWD 3) as ICU knows them. */
export function currencyFractionDigits(currency: string): number {
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Not an ISO 4217 currency code: ${currency}`);
  if (currency === 'KZT') return 2;
  // ICU reports the cash-independent ISO digits as the default maximum.
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * `1 234 567,50 ₸`. The locale is accepted for symmetry with other
 * formatters and future divergence; kk and ru currently format alike.
 */
export function formatMoney(amount: Tiyn, _locale: Locale, options: MoneyFormatOptions = {}): string {
  assertTiyn(amount);
  const currency = options.currency ?? 'KZT';
  const digits = currencyFractionDigits(currency);
  const negative = amount < 0;
  const abs = BigInt(Math.abs(amount));
  const divisor = 10n ** BigInt(digits);
  const whole = (abs / divisor).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const fraction = digits > 0 ? `,${(abs % divisor).toString().padStart(digits, '0')}` : '';
  const number = `${negative ? '-' : ''}${whole}${fraction}`;
  const unitStyle = options.unit ?? 'symbol';
  if (unitStyle === 'none') return number;
  const unit = unitStyle === 'symbol' && currency === 'KZT' ? TENGE_SIGN : currency;
  return `${number}${NBSP}${unit}`;
}

export function addMoney(a: Tiyn, b: Tiyn): Tiyn {
  return assertTiyn(assertTiyn(a) + assertTiyn(b), 'sum');
}

export function subtractMoney(a: Tiyn, b: Tiyn): Tiyn {
  return assertTiyn(assertTiyn(a) - assertTiyn(b), 'difference');
}

/** Exact sum; throws instead of losing precision past 2^53 tiyn. */
export function sumMoney(amounts: readonly Tiyn[]): Tiyn {
  let total = 0n;
  for (const a of amounts) total += BigInt(assertTiyn(a));
  return toSafeNumber(total, 'sum');
}

/**
 * `percentBasisPoints` hundredths of a percent of the amount (1 % = 100,
 * 12,5 % = 1250), rounded half away from zero to a whole tiyn — e.g. a
 * private bailiff's fee (3–25 %) or the 50 % early-payment discount.
 */
export function percentOf(amount: Tiyn, percentBasisPoints: number): Tiyn {
  assertTiyn(amount);
  if (!Number.isSafeInteger(percentBasisPoints)) {
    throw new RangeError(`Basis points must be an integer (1 % = 100), got ${percentBasisPoints}`);
  }
  return toSafeNumber(divideHalfAwayFromZero(BigInt(amount) * BigInt(percentBasisPoints), 10_000n), 'percentage');
}
