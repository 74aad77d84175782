/**
 * SIMP-3/SIMP-5: the debtor may pay "в течение 5 календарных дней с момента
 * возбуждения" (seed 001 §2), and the initiation is cancelled "по истечении
 * 5 календарных дней с момента возбуждения" (§3.2).
 *
 * How the five days are counted, and why:
 * - From initiation, not from SMS delivery: the seed counts from
 *   возбуждение both times. The SMS is queued in the same transaction as
 *   the initiation, so the two differ by the outbox's delivery delay only.
 * - The day of initiation is day 0 and is not counted: a term in days runs
 *   from the day after the event that starts it (the civil-law rule the
 *   whole project uses, see @oryndau/kz calendar.ts). Initiated on 1 March
 *   at any hour → days 2, 3, 4, 5, 6 March → the debtor may pay until the
 *   end of 6 March. Counting day 0 would give a fine initiated at 23:50 a
 *   term of four days and ten minutes.
 * - Calendar days, not working days, and the last day is NOT moved off a
 *   holiday: the seed and DOMAIN.md say calendar days, the issue says "at
 *   the end of the 5th calendar day", and payment is online at any hour.
 *   (The ordinary voluntary-execution term in enforcement/deadlines.ts does
 *   move; that is a different term.)
 * - Local days in the zone of the debtor's region: before 1 March 2024
 *   Kazakhstan had +05 and +06 zones, so "the end of the day" differs by an
 *   hour between, say, Aktobe and Taraz; tzdata knows both histories.
 * The deadline is kept as an exclusive instant (`expiresAt`, the first
 * instant after the term): a payment at expiresAt − 1 ms is in time, the
 * expiry timer is due at expiresAt. This avoids "23:59:59.999" and stays
 * right on 29 Feb 2024 in Almaty, which had 25 hours.
 */
import { addDays, localDateOf, startOfLocalDay, type IsoDate } from '@oryndau/kz';
import { zoneOfTerritory } from './territory';

export const PAYMENT_TERM_CALENDAR_DAYS = 5;

export type PaymentDeadline = {
  /** IANA zone the days were counted in. */
  readonly zone: string;
  /** Local date of initiation in `zone`: day 0, not counted. */
  readonly initiatedOn: IsoDate;
  /** The 5th calendar day after initiation: the whole day is still in time (inclusive). */
  readonly lastDay: IsoDate;
  /** 00:00 local of the day after `lastDay`: the first instant too late (exclusive end). */
  readonly expiresAt: Date;
};

function assertInstant(value: Date, what: string): void {
  if (!(value instanceof Date) || !Number.isFinite(value.getTime())) throw new RangeError(`Invalid ${what}`);
}

/** The payment deadline for a case initiated at `initiatedAt`, counted in `zone`. */
export function paymentDeadline(initiatedAt: Date, zone: string): PaymentDeadline {
  assertInstant(initiatedAt, 'initiation instant');
  const initiatedOn = localDateOf(initiatedAt, zone);
  const lastDay = addDays(initiatedOn, PAYMENT_TERM_CALENDAR_DAYS);
  return { zone, initiatedOn, lastDay, expiresAt: startOfLocalDay(addDays(lastDay, 1), zone) };
}

/** The same, in the zone of the region the debtor's KATO code lies in. */
export function paymentDeadlineForTerritory(initiatedAt: Date, territoryKato: string): PaymentDeadline {
  return paymentDeadline(initiatedAt, zoneOfTerritory(territoryKato));
}

/** In time when strictly before the exclusive end (SIMP-3). */
export function isWithinPaymentTerm(deadline: PaymentDeadline, at: Date): boolean {
  assertInstant(at, 'instant');
  return at.getTime() < deadline.expiresAt.getTime();
}

export type TimeLeft = {
  /** Milliseconds until expiresAt; 0 once expired. */
  readonly ms: number;
  /** Whole days, then hours and minutes of the remainder (for "2 дня 5 часов"). */
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly expired: boolean;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * What the debtor's page shows as "days and hours left". Elapsed time, not
 * calendar arithmetic: across the 2024 switch a local day had 25 hours and
 * the debtor really had that hour. Minutes are rounded down, so the page
 * never promises more time than there is.
 */
export function timeLeft(deadline: PaymentDeadline, now: Date): TimeLeft {
  assertInstant(now, 'instant');
  const ms = Math.max(0, deadline.expiresAt.getTime() - now.getTime());
  return {
    ms,
    days: Math.floor(ms / DAY),
    hours: Math.floor((ms % DAY) / HOUR),
    minutes: Math.floor((ms % HOUR) / MINUTE),
    expired: ms === 0,
  };
}
