/**
 * Instants ↔ local wall time in an IANA zone, with Intl only. Court
 * deadlines count in the court's own zone (FILE-13), and Kazakhstan's zones
 * changed on 1 March 2024 (Asia/Almaty and Asia/Qostanay went from +06 to
 * +05 at local midnight, so 29 Feb 2024 had 25 hours there), so offsets are
 * always asked of tzdata for the instant in question, never assumed.
 */
import { formatIsoDate, isIsoDate, type IsoDate } from './iso-date';

export type LocalDateTime = {
  date: IsoDate;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const MS_PER_MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when Intl knows the zone (e.g. 'Asia/Almaty'). */
export function isValidTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function assertInstant(instant: Date): number {
  const t = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(t)) throw new RangeError('Invalid instant');
  return t;
}

// The last readings asked for: a batch asks the same few (one instant, a few zones) for every item, and Intl's
// formatToParts is the cost of every date computation here. Bounded; a reading depends on the zone and the second only.
const readings = new Map<string, LocalDateTime>();
const MAX_READINGS = 256;

/** The wall-clock reading in `zone` at `instant` (seconds truncated, no ms). */
export function localDateTimeOf(instant: Date, zone: string): LocalDateTime {
  const t = assertInstant(instant);
  const key = `${zone}|${Math.floor(t / 1000)}`;
  const known = readings.get(key);
  if (known !== undefined) return known;
  const reading = readLocalDateTime(t, zone);
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(key, reading);
  return reading;
}

function readLocalDateTime(t: number, zone: string): LocalDateTime {
  const parts = formatterFor(zone).formatToParts(new Date(t));
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const p = parts.find((x) => x.type === type);
    if (p === undefined) throw new RangeError(`Intl gave no ${type} for ${zone}`);
    return Number(p.value);
  };
  const year = get('year');
  const month = get('month');
  const day = get('day');
  return Object.freeze({ date: formatIsoDate(year, month, day), year, month, day, hour: get('hour'), minute: get('minute'), second: get('second') });
}

export function localDateOf(instant: Date, zone: string): IsoDate {
  return localDateTimeOf(instant, zone).date;
}

/** UTC offset in minutes at that instant (+300 for UTC+5). */
export function offsetMinutes(instant: Date, zone: string): number {
  const t = assertInstant(instant);
  const l = localDateTimeOf(instant, zone);
  const wall = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  // Intl drops milliseconds, so compare against the instant floored to the second.
  const flooredToSecond = Math.floor(t / 1000) * 1000;
  return Math.round((wall - flooredToSecond) / MS_PER_MINUTE);
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant when the clock in `zone` shows `localDate time` ('HH:MM').
 * Across an offset change it follows the usual "compatible" rule: a wall time
 * that occurs twice (Almaty, 29 Feb 2024 23:00–23:59) gives the earlier
 * instant; one that never occurs (a spring-forward gap) is read with the
 * offset before the gap, i.e. pushed later by the gap's length.
 */
export function zonedTimeToInstant(localDate: IsoDate, time: string, zone: string): Date {
  if (!isIsoDate(localDate)) throw new RangeError(`Invalid local date: ${JSON.stringify(localDate)}`);
  const hm = HH_MM.exec(time);
  if (!hm) throw new RangeError(`Invalid time, expected HH:MM: ${JSON.stringify(time)}`);
  const y = Number(localDate.slice(0, 4));
  const mo = Number(localDate.slice(5, 7));
  const d = Number(localDate.slice(8, 10));
  const wall = Date.UTC(y, mo - 1, d, Number(hm[1]), Number(hm[2]));

  // Offsets a day either side bracket any single transition; each candidate
  // is kept only if the zone really shows that wall time at it.
  const before = offsetMinutes(new Date(wall - 86_400_000), zone);
  const after = offsetMinutes(new Date(wall + 86_400_000), zone);
  const candidates = [...new Set([before, after])]
    .map((off) => wall - off * MS_PER_MINUTE)
    .filter((t) => offsetMinutes(new Date(t), zone) * MS_PER_MINUTE === wall - t)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  return new Date(wall - before * MS_PER_MINUTE);
}

/** 00:00 local on `localDate` (see zonedTimeToInstant for repeated midnights). */
export function startOfLocalDay(localDate: IsoDate, zone: string): Date {
  return zonedTimeToInstant(localDate, '00:00', zone);
}
