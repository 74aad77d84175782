/**
 * Case and dispatch-receipt numbers (COURTS-DESIGN.md "Numbers and time").
 * Both formats are OUR convention, unconfirmed against the courts' own
 * system (docs/courts.md):
 *
 * - case: `${courtCode}-${yy}-00-${formDigit}/${sequence}`, shaped like the
 *   published numbers `7585-24-00-2/101` (DOMAIN.md: court code, year, `00`,
 *   category index, sequence); form digit civil 2, criminal 1,
 *   administrative 3. Sequence per (court, year, form) from a counter row.
 * - талон: `${courtCode}-${yyyymmdd}-${sequence padded to 5}`, sequence per
 *   (court, receipt date in the court's zone) from a counter row.
 */
import { assertIsoDate, type IsoDate } from '@oryndau/kz';
import type { CaseForm } from './reference';

export const FORM_DIGIT: Readonly<Record<CaseForm, number>> = { criminal: 1, civil: 2, administrative: 3 };

const COURT_CODE = /^\d{4}$/;
export const CASE_NUMBER_PATTERN = /^(\d{4})-(\d{2})-00-([123])\/([1-9]\d*)$/;
export const FILING_NUMBER_PATTERN = /^(\d{4})-(\d{8})-(\d{5})$/;
const MAX_FILING_SEQUENCE = 99_999;

function assertCourtCode(code: string): void {
  if (!COURT_CODE.test(code)) throw new RangeError(`Court code must be 4 digits, got ${JSON.stringify(code)}`);
}

function assertSequence(n: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(n) || n < 1 || n > max) throw new RangeError(`Sequence must be an integer 1…${max}, got ${n}`);
}

export function caseNumber(input: { courtCode: string; year: number; form: CaseForm; sequence: number }): string {
  assertCourtCode(input.courtCode);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2099) throw new RangeError(`Year out of range: ${input.year}`);
  assertSequence(input.sequence);
  const yy = String(input.year % 100).padStart(2, '0');
  return `${input.courtCode}-${yy}-00-${FORM_DIGIT[input.form]}/${input.sequence}`;
}

export type ParsedCaseNumber = { courtCode: string; year: number; form: CaseForm; sequence: number };

/** The parts of one of our case numbers, or null (a number typed by hand may be anything). */
export function parseCaseNumber(text: string): ParsedCaseNumber | null {
  const m = CASE_NUMBER_PATTERN.exec(text.trim());
  if (!m) return null;
  const form = (Object.keys(FORM_DIGIT) as CaseForm[]).find((f) => FORM_DIGIT[f] === Number(m[3]));
  if (form === undefined) return null;
  return { courtCode: m[1]!, year: 2000 + Number(m[2]), form, sequence: Number(m[4]) };
}

export function filingNumber(input: { courtCode: string; receiptDate: IsoDate; sequence: number }): string {
  assertCourtCode(input.courtCode);
  assertIsoDate(input.receiptDate, 'receipt date');
  assertSequence(input.sequence, MAX_FILING_SEQUENCE);
  return `${input.courtCode}-${input.receiptDate.replaceAll('-', '')}-${String(input.sequence).padStart(5, '0')}`;
}
