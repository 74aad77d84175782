import { localDateOf, localDateTimeOf } from '@oryndau/kz';

// FILE-13: a moment as the court reads it — in the court's own IANA zone
// (organisations.time_zone), never Astana's by default.

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant, and its local date 'YYYY-MM-DD' and time 'HH:MM' in `zone`. */
export function courtLocalTime(at: Date, zone: string): { at: string; date: string; time: string } {
  const local = localDateTimeOf(at, zone);
  return { at: at.toISOString(), date: local.date, time: `${pad(local.hour)}:${pad(local.minute)}` };
}

/** Today in the court's zone, from the server's clock. */
export const courtToday = (now: Date, zone: string): string => localDateOf(now, zone);

/** The start of the window in which recent assignments are counted for the judge proposal (FILE-12). */
export const RECENT_ASSIGNMENT_DAYS = 30;
export const recentSince = (now: Date): Date => new Date(now.getTime() - RECENT_ASSIGNMENT_DAYS * 24 * 60 * 60 * 1000);
