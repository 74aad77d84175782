/**
 * IIN (ИИН / ЖСН), the individual identification number. Since 2013 an IIN
 * need not match the person's real birth date or sex, so only format and
 * checksum decide validity; the date, century and sex digits are returned as
 * hints for pre-filling forms and must never be grounds for rejection.
 */
import { identifierError, type IdentifierError } from './checksum';
import { formatIsoDate, isRealDate, type IsoDate } from './iso-date';

export type Sex = 'male' | 'female';

export type IinHints = {
  /** YYYY-MM-DD, or null when the century is unknown or the date is not real (e.g. month 13). */
  birthDate: IsoDate | null;
  /** First year of the century from the 7th digit (1800, 1900, 2000), or null for 0, 7, 8, 9. */
  century: 1800 | 1900 | 2000 | null;
  /** Odd 7th digit = male, even = female; null when the digit is outside 1–6. */
  sex: Sex | null;
};

export type IinValidation = { ok: true; iin: string } | { ok: false; error: IdentifierError };

export type IinParseResult = { ok: true; iin: string; hints: IinHints } | { ok: false; error: IdentifierError };

/**
 * Checks an IIN exactly as given: no trimming, no removal of spaces, so what
 * is stored is what was validated. Normalise input (strip spaces) before.
 */
export function validateIin(value: string): IinValidation {
  const error = identifierError(value);
  return error === null ? { ok: true, iin: value } : { ok: false, error };
}

export function isValidIin(value: string): boolean {
  return identifierError(value) === null;
}

export function parseIin(value: string): IinParseResult {
  const error = identifierError(value);
  if (error !== null) return { ok: false, error };
  return { ok: true, iin: value, hints: iinHints(value) };
}

const CENTURY_BY_DIGIT: Readonly<Record<string, 1800 | 1900 | 2000>> = {
  '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000,
};

/** Hints read from the first seven digits; does not check the checksum. */
export function iinHints(iin: string): IinHints {
  const centuryDigit = iin[6] ?? '';
  const century = CENTURY_BY_DIGIT[centuryDigit] ?? null;
  const sex: Sex | null = century === null ? null : Number(centuryDigit) % 2 === 1 ? 'male' : 'female';
  let birthDate: IsoDate | null = null;
  if (century !== null) {
    const year = century + Number(iin.slice(0, 2));
    const month = Number(iin.slice(2, 4));
    const day = Number(iin.slice(4, 6));
    if (isRealDate(year, month, day)) birthDate = formatIsoDate(year, month, day);
  }
  return { birthDate, century, sex };
}

/**
 * An IIN as a page shows it to anyone who is not its owner's case officer: the birth date (first six
 * digits) and stars — "900515******", as on the debtor's page (SIMP-3) and the payment gateway's page.
 */
export function maskIin(iin: string): string {
  return `${iin.slice(0, 6)}${'*'.repeat(Math.max(0, iin.length - 6))}`;
}
