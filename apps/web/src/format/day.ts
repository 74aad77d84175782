// Calendar days as people in Kazakhstan write them in both languages,
// ДД.ММ.ГГГГ; the API speaks ISO `YYYY-MM-DD` for days and full ISO for
// instants.
import { formatDate } from '@oryndau/kz';
import { parseDay } from '../pages/journal-query.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day or an instant as `ДД.ММ.ГГГГ`. An instant is shown as the day it
 * falls on in `timeZone` (the proceeding's own zone on a card), so a
 * registration just after midnight in Aqtau is not shown as the day before.
 */
export function formatDay(value: string | null | undefined, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = ISO_DAY.test(value) ? value : new Date(value);
  if (typeof date !== 'string' && Number.isNaN(date.getTime())) return value;
  try {
    // Both languages write a day alike (ISSUE-13 item 4), so the language passed does not matter here.
    return formatDate(date, 'kk', timeZone);
  } catch {
    return value;
  }
}

/** `ДД.ММ.ГГГГ` typed into a form → ISO day, or null when it is no real date. */
export function dayTextToIso(text: string | undefined): string | null {
  return text === undefined ? null : parseDay(text);
}

/** ISO day → `ДД.ММ.ГГГГ` for a form field; '' for none or malformed. */
export function isoToDayText(iso: string | undefined): string {
  const day = iso === undefined ? null : ISO_DAY.exec(iso);
  return day === null ? '' : `${day[3] ?? ''}.${day[2] ?? ''}.${day[1] ?? ''}`;
}

/** Today in a zone as ISO, for "is this date in the future" checks. */
export function todayIn(timeZone: string, now: number = Date.now()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(now));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
