// Identifiers for the seed, computed with the project's own check-digit
// functions (packages/kz IIN/BIN, packages/domain registration numbers) and
// handed to PostgreSQL as arrays: the SQL then only looks them up.
import { computeCheckDigit } from '../../packages/kz/src/index';
import { luhnCheckDigit } from '../../packages/domain/src/index';

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const DAY_MS = 86_400_000;

/** YYMMDD of a UTC day number counted from `origin`. */
function yymmdd(origin: number, days: number): { text: string; year: number } {
  const d = new Date(origin + days * DAY_MS);
  return { text: `${pad(d.getUTCFullYear() % 100, 2)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`, year: d.getUTCFullYear() };
}

/** YYMM of the month `months` after January of `year`. */
const yymm = (year: number, months: number) => `${pad((year + Math.floor(months / 12)) % 100, 2)}${pad((months % 12) + 1, 2)}`;

/** Takes first-11-digit candidates until `count` have a check digit (a few in a hundred have none). */
function collect(count: number, candidate: (n: number) => string): string[] {
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const first11 = candidate(n);
    const check = computeCheckDigit(first11);
    if (check !== null) out.push(`${first11}${check}`);
  }
  return out;
}

/** Bailiffs: born 1962…1990, serials 5000–9999 (the demo users have 0000–0999). */
export function bailiffIins(count: number): string[] {
  const origin = Date.UTC(1962, 0, 1);
  return collect(count, (n) => `${yymmdd(origin, n * 5).text}${n % 3 === 0 ? '4' : '3'}${pad(5000 + (n % 5000), 4)}`);
}

/**
 * Debtors (and individual claimants): 7 in 8 are people born 1950…2004
 * (IIN: birth date, century/sex digit, serial), 1 in 8 legal entities
 * (BIN: YYMM, resident head office "40", serial). All distinct.
 */
export function debtorIdentifiers(count: number): string[] {
  const origin = Date.UTC(1950, 0, 1);
  return collect(count, (n) => {
    if (n % 8 === 0) {
      const m = n / 8;
      return `${yymm(2000, m % 300)}40${pad(Math.floor(m / 300), 5)}`;
    }
    const birth = yymmdd(origin, n % 20000);
    const second = Math.floor(n / 20000) % 2 === 1;
    const century = birth.year >= 2000 ? (second ? '6' : '5') : (second ? '4' : '3');
    return `${birth.text}${century}${pad(Math.floor(n / 20000) + 1, 4)}`;
  });
}

/** Claimant organisations: BINs of branches ("41"), distinct from the debtors' "40". */
export function organisationBins(count: number): string[] {
  return collect(count, (n) => `${yymm(1995, n % 240)}41${pad(n, 5)}`);
}

/**
 * A registration number's Luhn digit is additive over digit positions, so
 * for DEPARTMENT-YEAR-SEQUENCE(6) it is (10 − (P + H + L) mod 10) mod 10,
 * with P the prefix's share (per department and year), H the sequence's
 * upper three digits' and L its lower three digits' — each derived from
 * `luhnCheckDigit` on the part shifted left by zeros.
 */
const luhnShare = (digits: string) => (10 - luhnCheckDigit(digits)) % 10;

export function luhnSequenceShares(): { high: number[]; low: number[] } {
  const high: number[] = [];
  const low: number[] = [];
  for (let i = 0; i < 1000; i++) {
    high.push(luhnShare(`${pad(i, 3)}000`));
    low.push(luhnShare(pad(i, 3)));
  }
  return { high, low };
}

export function luhnPrefixShare(departmentCode: string, year: number): number {
  return luhnShare(`${Number(departmentCode)}${year}000000`);
}

export const MAX_SEEDED_SEQUENCE = 999_999;
