/**
 * Deadlines of an enforcement proceeding (ENF issue item 9), pure maths over
 * the `@oryndau/kz` working calendar and time zones. The caller stores the
 * results as deadline rows; nothing here reads a clock.
 *
 * Which days count, and why:
 * - Initiation (возбуждение) is due within THREE WORKING days of receipt.
 *   The law says "three days"; days on which the department does not work
 *   cannot be used to examine the document, and the Kazakh procedural rule
 *   for terms in days excludes non-working days. We therefore count working
 *   days from the calendar (holidays and moved days included), in the
 *   department's zone, the day of receipt not counted. Unconfirmed: if a
 *   lawyer reads "three calendar days", switch to addCalendarDays.
 * - Voluntary execution: 5 CALENDAR days from the day the debtor was
 *   notified (DOMAIN.md states calendar days), none for immediate execution.
 * - Execution term: 2 months from initiation, 4 with appraisal, sale or a
 *   search; suspended days are added back (they are not counted).
 * A term that ends on a non-working day moves to the next working day (the
 * general rule for procedural terms; unconfirmed for these terms).
 */
import { addDays, daysBetween, localDateOf, type IsoDate, type WorkingCalendar } from '@oryndau/kz';
import type { SuspensionPeriod } from './lifecycle';

export const INITIATION_WORKING_DAYS = 3;
export const VOLUNTARY_EXECUTION_CALENDAR_DAYS = 5;
export const EXECUTION_TERM_MONTHS = 2;
export const EXTENDED_EXECUTION_TERM_MONTHS = 4;

/** Due date (inclusive, local to `zone`) to initiate or refuse. */
export function initiationDueDate(receivedAt: Date, zone: string, calendar: WorkingCalendar): IsoDate {
  return calendar.addWorkingDaysFrom(receivedAt, INITIATION_WORKING_DAYS, zone);
}

/**
 * Last day of voluntary execution, or null when the document is for
 * immediate execution (немедленное исполнение) and no such period exists.
 */
export function voluntaryExecutionDueDate(
  debtorNotifiedOn: IsoDate, immediateExecution: boolean, calendar: WorkingCalendar,
): IsoDate | null {
  if (immediateExecution) return null;
  return calendar.addWorkingDays(calendar.addCalendarDays(debtorNotifiedOn, VOLUNTARY_EXECUTION_CALENDAR_DAYS), 0);
}

/**
 * `months` calendar months after `date`; when that month is shorter the last
 * day of the month (31 Jan + 1 month = 28/29 Feb), as terms in months run.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whole calendar days the proceeding stood suspended, in the zone: from the
 * suspension day to the resumption day (the resumption day counts as
 * execution again). An open period runs until `asOf`.
 */
export function suspendedDays(suspensions: readonly SuspensionPeriod[], zone: string, asOf: Date): number {
  let total = 0;
  for (const period of suspensions) {
    const from = localDateOf(period.from, zone);
    const until = localDateOf(period.until ?? asOf, zone);
    total += Math.max(0, daysBetween(from, until));
  }
  return total;
}

export type ExecutionTermInput = {
  readonly initiatedAt: Date;
  /** Appraisal, sale of property or a search of the debtor: 4 months instead of 2. */
  readonly extended: boolean;
  readonly suspensions: readonly SuspensionPeriod[];
  readonly zone: string;
  /** Open suspensions are counted up to this instant. */
  readonly asOf: Date;
};

/** Last day of the execution term, suspended days added back. */
export function executionTermDueDate(input: ExecutionTermInput, calendar: WorkingCalendar): IsoDate {
  const start = localDateOf(input.initiatedAt, input.zone);
  const months = input.extended ? EXTENDED_EXECUTION_TERM_MONTHS : EXECUTION_TERM_MONTHS;
  const plain = addMonths(start, months);
  const shifted = addDays(plain, suspendedDays(input.suspensions, input.zone, input.asOf));
  return calendar.addWorkingDays(shifted, 0);
}

/** Overdue once the due day has passed in the zone: the whole due day is still in time. */
export function isOverdue(dueDate: IsoDate, now: Date, zone: string): boolean {
  return localDateOf(now, zone) > dueDate;
}
