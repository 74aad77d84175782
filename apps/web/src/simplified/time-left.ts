import { intlLocale } from '../i18n/ui-language.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';

// SIMP-3: "N days M hours left" to pay. Measured on the server's clock: the
// answer says what time it is there (`serverNow`), and this browser only adds
// the time that has passed since the answer arrived — a phone whose clock is
// off by a day still counts the same deadline the server does.

export type TimeLeft = {
  expired: boolean;
  /** Milliseconds left, never negative. */
  totalMs: number;
  days: number;
  hours: number;
  minutes: number;
};

export type DurationUnit = 'days' | 'hours' | 'minutes';
export type DurationPart = { unit: DurationUnit; count: number };
export type PluralCategory = 'one' | 'few' | 'many' | 'other';

const MINUTE = 60_000;

/** Splits a span into whole days, hours and minutes, rounding down: a debtor is never told they have more time than they do. */
export function splitDuration(ms: number): Omit<TimeLeft, 'expired'> {
  const totalMs = Math.max(0, Number.isFinite(ms) ? ms : 0);
  const totalMinutes = Math.floor(totalMs / MINUTE);
  return {
    totalMs,
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor(totalMinutes / 60) % 24,
    minutes: totalMinutes % 60,
  };
}

/**
 * Time left until `expiresAt` (the first instant too late), seen from the
 * server's `serverNow` plus `elapsedMs` passed on this browser's clock since
 * the answer came. Null when the server sent no readable instants.
 */
export function timeLeft(times: { expiresAt: string; serverNow: string }, elapsedMs = 0): TimeLeft | null {
  const expires = Date.parse(times.expiresAt);
  const serverNow = Date.parse(times.serverNow);
  if (Number.isNaN(expires) || Number.isNaN(serverNow)) return null;
  const remaining = expires - (serverNow + Math.max(0, elapsedMs));
  return { expired: remaining <= 0, ...splitDuration(remaining) };
}

/**
 * The two largest units worth saying: "4 days 23 hours", "5 hours 12
 * minutes", "7 minutes". Under a minute still says "0 minutes" rather than
 * nothing, until the deadline has really passed.
 */
export function durationParts(span: Pick<TimeLeft, 'days' | 'hours' | 'minutes'>): DurationPart[] {
  if (span.days > 0) return [{ unit: 'days', count: span.days }, { unit: 'hours', count: span.hours }];
  if (span.hours > 0) return [{ unit: 'hours', count: span.hours }, { unit: 'minutes', count: span.minutes }];
  return [{ unit: 'minutes', count: span.minutes }];
}

/** The catalog form for a count: Russian has one/few/many (1 день, 2 дня, 5 дней); Kazakh says "күн" for all. */
export function pluralCategory(language: UiLanguage, count: number): PluralCategory {
  const category = new Intl.PluralRules(intlLocale(language)).select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}

/** `lookup` gets e.g. `simp.units.days.few` and the count, and returns the catalog text filled in. */
export type UnitLookup = (key: string, count: number) => string;

export function formatDuration(parts: readonly DurationPart[], language: UiLanguage, lookup: UnitLookup): string {
  return parts.map(({ unit, count }) => lookup(`simp.units.${unit}.${pluralCategory(language, count)}`, count)).join(' ');
}
