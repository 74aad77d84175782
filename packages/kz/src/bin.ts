/**
 * BIN (БИН / БСН), the business identification number of a legal entity,
 * branch or representative office. As with the IIN only format and checksum
 * decide validity; registration date, type and attribute are hints, because
 * the registry, not this code, is the authority on what it issued.
 */
import { identifierError, type IdentifierError } from './checksum';

/** 5th digit (DOMAIN.md): 4 resident, 5 non-resident, 6 individual entrepreneur (joint). */
export type BinType = 'resident' | 'non_resident' | 'individual_entrepreneur_joint';

/** 6th digit: 0 head office, 1 branch, 2 representative office, 3 peasant farm. */
export type BinAttribute = 'head_office' | 'branch' | 'representative_office' | 'peasant_farm';

export type BinHints = {
  /**
   * Four-digit year of registration. The BIN holds only two digits; 50–99
   * are read as 19xx and 00–49 as 20xx (BINs were introduced in the 2000s
   * but carry the original registration of older entities, e.g. 1994).
   */
  registrationYear: number;
  /** 1–12, or null when the two digits are not a month. */
  registrationMonth: number | null;
  type: BinType | null;
  attribute: BinAttribute | null;
};

export type BinValidation = { ok: true; bin: string } | { ok: false; error: IdentifierError };

export type BinParseResult = { ok: true; bin: string; hints: BinHints } | { ok: false; error: IdentifierError };

const TYPE_BY_DIGIT: Readonly<Record<string, BinType>> = {
  '4': 'resident', '5': 'non_resident', '6': 'individual_entrepreneur_joint',
};

const ATTRIBUTE_BY_DIGIT: Readonly<Record<string, BinAttribute>> = {
  '0': 'head_office', '1': 'branch', '2': 'representative_office', '3': 'peasant_farm',
};

/** Checks a BIN exactly as given (no trimming), like validateIin. */
export function validateBin(value: string): BinValidation {
  const error = identifierError(value);
  return error === null ? { ok: true, bin: value } : { ok: false, error };
}

export function isValidBin(value: string): boolean {
  return identifierError(value) === null;
}

export function parseBin(value: string): BinParseResult {
  const error = identifierError(value);
  if (error !== null) return { ok: false, error };
  return { ok: true, bin: value, hints: binHints(value) };
}

/** Hints read from the first six digits; does not check the checksum. */
export function binHints(bin: string): BinHints {
  const yy = Number(bin.slice(0, 2));
  const mm = Number(bin.slice(2, 4));
  return {
    registrationYear: yy >= 50 ? 1900 + yy : 2000 + yy,
    registrationMonth: mm >= 1 && mm <= 12 ? mm : null,
    type: TYPE_BY_DIGIT[bin[4] ?? ''] ?? null,
    attribute: ATTRIBUTE_BY_DIGIT[bin[5] ?? ''] ?? null,
  };
}

/**
 * Which kind of 12-digit identifier this looks like, for a single "IIN/BIN"
 * field (FILE-3). An IIN's 5th digit is the tens of a day (0–3), a BIN's is
 * its type (4–6); anything else is unknown. A hint, not a validation.
 */
export function identifierKindOf(value: string): 'iin' | 'bin' | null {
  if (!/^\d{12}$/.test(value)) return null;
  const fifth = Number(value[4]);
  if (fifth <= 3) return 'iin';
  if (fifth <= 6) return 'bin';
  return null;
}
