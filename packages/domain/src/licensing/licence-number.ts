/**
 * LIC-8 (seed 004 §5 п. 2: the register «централизованно формирует
 * идентификационный номер лицензий»): ONE sequence for the whole register,
 * never reset by year or region, so a number names one licence for good.
 * Format: `ЧСИ-` + the sequence value zero-padded to 8 digits
 * (ЧСИ-00000042). A re-issue and a duplicate get new numbers of the same
 * sequence; the register keeps the link to the licence they replace.
 */
export const LICENCE_NUMBER_PREFIX = 'ЧСИ-';
export const LICENCE_NUMBER_PATTERN = /^ЧСИ-[0-9]{8}$/u;

export function licenceNumber(sequenceValue: number): string {
  if (!Number.isSafeInteger(sequenceValue) || sequenceValue < 1 || sequenceValue > 99_999_999) {
    throw new RangeError(`licence sequence value out of range: ${sequenceValue}`);
  }
  return `${LICENCE_NUMBER_PREFIX}${String(sequenceValue).padStart(8, '0')}`;
}

/** Application numbers: one sequence too, `ЛЗ-<year>-<n>` (the year of registration in the licensor's zone). */
export function licensingApplicationNumber(year: number, sequenceValue: number): string {
  return `ЛЗ-${year}-${String(sequenceValue).padStart(6, '0')}`;
}
