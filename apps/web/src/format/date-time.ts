import { formatDateTime as formatInstant } from '@oryndau/kz';
import type { UiLanguage } from '../i18n/ui-language.ts';

/** Used when the user belongs to no organisation (and before sign-in). */
export const defaultTimeZone = 'Asia/Almaty';

/**
 * An instant as `ДД.ММ.ГГГГ ЧЧ:ММ:СС` in the given zone — the one format of
 * both languages (ISSUE-13 item 4; the pure formatter lives in @oryndau/kz
 * so acts, SMS and server messages write dates the same way).
 */
export function formatDateTime(iso: string, language: UiLanguage, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatInstant(date, language, timeZone, 'second');
}

/** Milliseconds the zone is ahead of UTC at the given instant. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a calendar day (`YYYY-MM-DD`) starts in a zone, as an ISO
 * string; `dayOffset` 1 gives the start of the following day.
 */
export function startOfDayInZone(day: string, timeZone: string, dayOffset = 0): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) throw new RangeError(`not a calendar day: ${day}`);
  const wallClock = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + dayOffset);
  // Two passes settle the offset even on a day the zone changes it.
  let instant = wallClock - zoneOffsetMs(wallClock, timeZone);
  instant = wallClock - zoneOffsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

/** The last millisecond of a calendar day in a zone (an inclusive "to"). */
export function endOfDayInZone(day: string, timeZone: string): string {
  return new Date(Date.parse(startOfDayInZone(day, timeZone, 1)) - 1).toISOString();
}
