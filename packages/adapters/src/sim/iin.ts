import { computeCheckDigit, type Sex } from '@oryndau/kz';

// Minting plausible IINs for the simulated population. Checking and reading
// IINs is @oryndau/kz's job (isValidIin, iinHints); only the reverse — parts
// to a number — lives here, because nothing but demo data needs it.

export interface IinParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly sex: Sex;
  /** 0..9999, the registration serial. */
  readonly serial: number;
}

/**
 * Builds a valid IIN (YYMMDD, century-and-sex digit, 4-digit serial, check
 * digit), or null when these parts have no possible check digit. Years
 * 1800–2099; the 7th digit is 1/2 for the 1800s, 3/4 for the 1900s, 5/6 for
 * the 2000s, odd for men.
 */
export function buildIin(parts: IinParts): string | null {
  if (parts.year < 1800 || parts.year > 2099) throw new RangeError(`IIN years are 1800–2099, got ${parts.year}`);
  const centuryBase = parts.year < 1900 ? 1 : parts.year < 2000 ? 3 : 5;
  const centuryDigit = centuryBase + (parts.sex === 'male' ? 0 : 1);
  const first11 =
    pad(parts.year % 100, 2) + pad(parts.month, 2) + pad(parts.day, 2) + String(centuryDigit) + pad(parts.serial, 4);
  const check = computeCheckDigit(first11);
  return check === null ? null : first11 + String(check);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
