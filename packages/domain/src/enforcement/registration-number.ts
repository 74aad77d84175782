/**
 * Registration numbers of executive documents (регистрационный номер
 * исполнительного документа), ENF-1/ENF-11. The legacy system shows numbers
 * like `1-2015-100000-2028` whose parts no public source explains, so this
 * is the project's OWN scheme (docs/enforcement.md):
 *
 *     DEPARTMENT-YEAR-SEQUENCE-C      e.g. 751110000-2026-000042-0
 *
 * - DEPARTMENT: the registering department's numeric code, 1–9 digits, no
 *   leading zero (9 digits so a KATO code fits).
 * - YEAR: the registration year in the department's time zone.
 * - SEQUENCE: 1, 2, 3 … per (department, year), zero-padded to 6 digits and
 *   allowed to grow to 9 (the 1,000,000-proceeding benchmark must not
 *   overflow); the database holds the counter, this module never guesses it.
 * - C: a Luhn check digit over all the digits before it, so a mistyped or
 *   swapped digit in a hand-typed number is caught before a lookup.
 *
 * Unique because (department, year, sequence) is unique; sequential because
 * the counter is; the year is inside. One canonical text per number, so the
 * string can be the unique key.
 */
import { localDateOf } from '@oryndau/kz';

export type RegistrationNumberParts = {
  readonly departmentCode: number;
  readonly year: number;
  readonly sequence: number;
};

export type RegistrationNumberError = 'format' | 'department' | 'year' | 'sequence' | 'check_digit';

export type RegistrationNumberParse =
  | { readonly ok: true; readonly value: RegistrationNumberParts; readonly text: string }
  | { readonly ok: false; readonly error: RegistrationNumberError };

export const REGISTRATION_MIN_YEAR = 2000;
export const REGISTRATION_MAX_YEAR = 2999;
export const REGISTRATION_MAX_DEPARTMENT_CODE = 999_999_999;
export const REGISTRATION_MAX_SEQUENCE = 999_999_999;
const SEQUENCE_PAD = 6;

const PATTERN = /^(\d{1,9})-(\d{4})-(\d{6,9})-(\d)$/;

/** Luhn check digit of a digit string (rightmost payload digit doubled). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function partsError(parts: RegistrationNumberParts): RegistrationNumberError | null {
  const { departmentCode, year, sequence } = parts;
  if (!Number.isSafeInteger(departmentCode) || departmentCode < 1 || departmentCode > REGISTRATION_MAX_DEPARTMENT_CODE) return 'department';
  if (!Number.isSafeInteger(year) || year < REGISTRATION_MIN_YEAR || year > REGISTRATION_MAX_YEAR) return 'year';
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > REGISTRATION_MAX_SEQUENCE) return 'sequence';
  return null;
}

const payload = (p: RegistrationNumberParts): string =>
  `${p.departmentCode}-${p.year}-${String(p.sequence).padStart(SEQUENCE_PAD, '0')}`;

/** The canonical text. Throws RangeError on parts no number may have. */
export function formatRegistrationNumber(parts: RegistrationNumberParts): string {
  const error = partsError(parts);
  if (error !== null) throw new RangeError(`Registration number ${error} out of range: ${JSON.stringify(parts)}`);
  const body = payload(parts);
  return `${body}-${luhnCheckDigit(body.replace(/-/g, ''))}`;
}

/**
 * Parses a typed number. Surrounding spaces are ignored; anything else that
 * is not the canonical form (leading zeros in the department, unpadded or
 * over-padded sequence) is refused, so two texts never mean one number.
 */
export function parseRegistrationNumber(text: string): RegistrationNumberParse {
  const m = PATTERN.exec(text.trim());
  if (!m) return { ok: false, error: 'format' };
  const [, dept = '', year = '', seq = '', check = ''] = m;
  if (dept.startsWith('0')) return { ok: false, error: 'department' };
  if (seq.length > SEQUENCE_PAD && seq.startsWith('0')) return { ok: false, error: 'sequence' };
  const value = { departmentCode: Number(dept), year: Number(year), sequence: Number(seq) };
  const error = partsError(value);
  if (error !== null) return { ok: false, error };
  const canonical = formatRegistrationNumber(value);
  if (canonical.slice(-1) !== check) return { ok: false, error: 'check_digit' };
  return { ok: true, value, text: canonical };
}

export function isValidRegistrationNumber(text: string): boolean {
  return parseRegistrationNumber(text).ok;
}

/** The YEAR part: the registration instant's year in the department's zone (31 Dec 23:30 UTC is already next year in +05). */
export function registrationYearOf(registeredAt: Date, zone: string): number {
  return Number(localDateOf(registeredAt, zone).slice(0, 4));
}

/** Order of registration: department, then year, then sequence (not string order). */
export function compareRegistrationNumbers(a: RegistrationNumberParts, b: RegistrationNumberParts): number {
  return a.departmentCode - b.departmentCode || a.year - b.year || a.sequence - b.sequence;
}
