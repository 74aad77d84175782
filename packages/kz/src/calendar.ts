/**
 * Working days for deadlines (FILE-11 one working day, FILE-17 three, LIC-5
 * fifteen) next to calendar days (SIMP-3 five). The calendar is data
 * (calendar-data.ts or rows from the database) over the Mon–Fri rule.
 *
 * Counting rule, as procedural terms are counted: the day of the event is
 * not counted. addWorkingDays(d, n) is the n-th working day strictly after
 * d, whatever d itself is (an event on Saturday + 1 working day = Monday).
 * n = 0 means "d itself if it is a working day, otherwise the next one" —
 * the day something received on a day off is treated as received.
 */
import { addDays, assertIsoDate, isWeekend, toDayNumber, type IsoDate } from './iso-date';
import type { LocalizedText } from './locale';
import { localDateOf, startOfLocalDay } from './time-zone';

export type CalendarEntryKind = 'holiday' | 'working_day';

export type CalendarEntry = {
  date: IsoDate;
  /** 'holiday': a weekday not worked; 'working_day': a Saturday/Sunday worked. */
  kind: CalendarEntryKind;
  name?: LocalizedText;
};

/** Why an entry is refused; admin screens map these to kk/ru messages. */
export type CalendarEntryError = 'date' | 'kind' | 'holiday_on_weekend' | 'working_day_on_weekday';

export type WorkingCalendar = {
  readonly entries: readonly CalendarEntry[];
  /** Years with at least one entry; outside them only weekends are known. */
  readonly coveredYears: readonly number[];
  /** False when the date's year has no entries, so holidays there are unknown. */
  covers(date: IsoDate): boolean;
  entryOn(date: IsoDate): CalendarEntry | undefined;
  isWorkingDay(date: IsoDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** See the module comment: n-th working day after `date`; n = 0 → `date` or the next working day. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** Plain calendar days (SIMP-3: 5 calendar days to pay), holidays included. */
  addCalendarDays(date: IsoDate, n: number): IsoDate;
  /**
   * Working days d with a < d ≤ b (negative when b < a), so that for a
   * working day b after a, addWorkingDays(a, workingDaysBetween(a, b)) === b.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
  /** Whether the instant falls on a working *day* in that zone (not working hours). */
  isWorkingInstant(instant: Date, zone: string): boolean;
  /**
   * 00:00 local of the first working day after the instant's local date:
   * "what arrives after the working day is registered the next working day".
   */
  startOfNextWorkingDay(instant: Date, zone: string): Date;
  /** addWorkingDays from the instant's local date in that zone (FILE-13: the court's zone). */
  addWorkingDaysFrom(instant: Date, n: number, zone: string): IsoDate;
};

// Roughly 400 years of working days: beyond that the input is a bug.
const MAX_WORKING_DAYS = 100_000;

export function calendarEntryError(entry: CalendarEntry): CalendarEntryError | null {
  if (!entry || typeof entry.date !== 'string') return 'date';
  try {
    assertIsoDate(entry.date);
  } catch {
    return 'date';
  }
  if (entry.kind === 'holiday') return isWeekend(entry.date) ? 'holiday_on_weekend' : null;
  if (entry.kind === 'working_day') return isWeekend(entry.date) ? null : 'working_day_on_weekday';
  return 'kind';
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`Working-day count must be an integer 0…${MAX_WORKING_DAYS}, got ${n}`);
  }
}

/**
 * Builds a calendar from entries, refusing bad data (invalid date, a
 * holiday on a weekend, a worked weekday, the same date twice) with a
 * RangeError rather than silently computing wrong deadlines.
 */
export function createWorkingCalendar(entries: readonly CalendarEntry[]): WorkingCalendar {
  const byDate = new Map<IsoDate, CalendarEntry>();
  for (const entry of entries) {
    const error = calendarEntryError(entry);
    if (error !== null) throw new RangeError(`Calendar entry ${JSON.stringify(entry)} is invalid: ${error}`);
    if (byDate.has(entry.date)) throw new RangeError(`Calendar has two entries for ${entry.date}`);
    byDate.set(entry.date, Object.freeze({ ...entry }));
  }
  const sorted = Object.freeze([...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  const years = Object.freeze([...new Set(sorted.map((e) => Number(e.date.slice(0, 4))))]);

  const isWorkingDay = (date: IsoDate): boolean => {
    assertIsoDate(date);
    const entry = byDate.get(date);
    if (entry !== undefined) return entry.kind === 'working_day';
    return !isWeekend(date);
  };

  const nextWorkingDay = (date: IsoDate): IsoDate => {
    let d = addDays(date, 1);
    while (!isWorkingDay(d)) d = addDays(d, 1);
    return d;
  };

  const addWorkingDays = (date: IsoDate, n: number): IsoDate => {
    assertIsoDate(date);
    assertCount(n);
    if (n === 0) return isWorkingDay(date) ? date : nextWorkingDay(date);
    let d = date;
    for (let i = 0; i < n; i++) d = nextWorkingDay(d);
    return d;
  };

  const countIn = (from: IsoDate, to: IsoDate): number => {
    // Working days in (from, to], from ≤ to.
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
    return count;
  };

  return {
    entries: sorted,
    coveredYears: years,
    covers: (date) => years.includes(Number(assertIsoDate(date).slice(0, 4))),
    entryOn: (date) => byDate.get(assertIsoDate(date)),
    isWorkingDay,
    nextWorkingDay,
    addWorkingDays,
    addCalendarDays: (date, n) => addDays(date, n),
    workingDaysBetween: (a, b) => {
      if (toDayNumber(b) >= toDayNumber(a)) return countIn(a, b);
      return -countIn(b, a);
    },
    isWorkingInstant: (instant, zone) => isWorkingDay(localDateOf(instant, zone)),
    startOfNextWorkingDay: (instant, zone) => startOfLocalDay(nextWorkingDay(localDateOf(instant, zone)), zone),
    addWorkingDaysFrom: (instant, n, zone) => addWorkingDays(localDateOf(instant, zone), n),
  };
}
