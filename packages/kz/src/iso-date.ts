/**
 * Calendar dates as `YYYY-MM-DD` strings. A date is not an instant: a court
 * deadline "10 March" means that day in the court's zone, so date maths here
 * never touches a time zone or the host's clock. Days are counted on the
 * proleptic Gregorian calendar via Date.UTC, which is exact for day numbers.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day of week as in ISO 8601: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True when year/month/day name a day that exists (no 30 Feb, no month 13). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Throws RangeError so a malformed date fails loudly at the boundary. */
export function assertIsoDate(value: string, what = 'date'): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Invalid ${what}: expected YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

/** Days since 1970-01-01 (may be negative). */
export function toDayNumber(date: IsoDate): number {
  assertIsoDate(date);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // Date.UTC maps years 0..99 to 1900..1999; setUTCFullYear avoids that.
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`Invalid day number: ${dayNumber}`);
  const t = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  if (year < 0 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Days must be an integer, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

export function isoWeekday(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const n = toDayNumber(date);
  return ((((n + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

/** Negative when a < b; dates compare correctly as strings too, this is for spans. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}
