/**
 * ISSUE-13 item 4: the one way dates and times are written for people, on
 * screens, in acts, SMS and e-mail. Kazakh and Russian official documents
 * in Kazakhstan write a day as ДД.ММ.ГГГГ and a time as ЧЧ:ММ (24 h), so both
 * languages read `03.12.2026` and `03.12.2026 14:21`. Intl's own `kk-KZ`
 * pattern (`2026-12-03 14:21:48`) is deliberately not used: it disagrees
 * with the documents and with the Russian screens.
 *
 * An instant is written as the wall time in the zone given (the
 * organisation's or proceeding's zone); the zone's name is never printed.
 */
import { assertIsoDate, type IsoDate } from './iso-date';
import type { Locale } from './locale';
import { localDateTimeOf } from './time-zone';

export type TimePrecision = 'minute' | 'second';

const two = (n: number) => String(n).padStart(2, '0');

function dmy(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

function asInstant(value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid instant: ${JSON.stringify(String(value))}`);
  return date;
}

/**
 * A calendar day (`YYYY-MM-DD`) or an instant as `ДД.ММ.ГГГГ`. An instant is
 * the day it falls on in `zone` (required for instants: a registration just
 * after midnight in Aqtau is not the day before).
 */
export function formatDate(value: IsoDate | Date, _locale: Locale, zone?: string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return dmy(assertIsoDate(value));
  if (zone === undefined) throw new RangeError('formatDate: an instant needs a time zone');
  return dmy(localDateTimeOf(asInstant(value), zone).date);
}

/** An instant as `ДД.ММ.ГГГГ ЧЧ:ММ` (or `…:СС` with precision 'second') in `zone`. */
export function formatDateTime(value: Date | string, _locale: Locale, zone: string, precision: TimePrecision = 'minute'): string {
  const l = localDateTimeOf(asInstant(value), zone);
  const time = precision === 'second' ? `${two(l.hour)}:${two(l.minute)}:${two(l.second)}` : `${two(l.hour)}:${two(l.minute)}`;
  return `${dmy(l.date)} ${time}`;
}
