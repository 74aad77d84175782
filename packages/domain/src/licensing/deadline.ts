/**
 * LIC-5: time limits. The overall rule (seed 004, table 1 action 11: the
 * electronic licence within «15 рабочих дней»; DOMAIN.md «15 working days for
 * a licence») counted on the working-day calendar (holidays, moved working
 * days) in the licensor's zone, from the day after registration: the day of
 * registration is not counted. The seed regulation (Order 292 of 2012) has
 * been repealed and the current Order 69 names no term (COURTS-LAW.md §6 —
 * U): the number is data, change LICENSING_WORKING_DAYS if it differs.
 *
 * Per-step limits are the seed's tables 1 (portal) and 2 (staff), in
 * seconds (upper bound of a range), for monitoring only — no step is refused
 * for being slow.
 */
import type { IsoDate, WorkingCalendar } from '@oryndau/kz';

export const LICENSING_WORKING_DAYS = 15;

/** The last working day (ISO date in `zone`) by which the licensor decides; the registration day not counted. */
export function licensingDeadline(registeredAt: Date, zone: string, calendar: WorkingCalendar): IsoDate {
  return calendar.addWorkingDaysFrom(registeredAt, LICENSING_WORKING_DAYS, zone);
}

/** Working days left until the deadline as of `today` (0 on the last day, negative when overdue). */
export function workingDaysLeft(deadline: IsoDate, today: IsoDate, calendar: WorkingCalendar): number {
  return calendar.workingDaysBetween(today, deadline);
}

/** Overdue once the deadline day is over in the licensor's zone. */
export function isLicensingOverdue(deadline: IsoDate, today: IsoDate): boolean {
  return today > deadline;
}

export type StepLimit = { readonly table: 1 | 2; readonly action: number; readonly step: string; readonly limitSeconds: number | null; readonly limitWorkingDays?: number };

/** Seed 004, table 1 (portal) and table 2 (through the licensor), «Сроки исполнения». */
export const LICENSING_STEP_LIMITS: readonly StepLimit[] = [
  { table: 1, action: 1, step: 'attach_certificate', limitSeconds: 15 },
  { table: 1, action: 2, step: 'authorisation_refused_message', limitSeconds: 20 },
  { table: 1, action: 3, step: 'fill_form_attach', limitSeconds: 90 },
  { table: 1, action: 4, step: 'pay', limitSeconds: 90 },
  { table: 1, action: 5, step: 'unpaid_refusal_message', limitSeconds: 15 },
  { table: 1, action: 6, step: 'choose_certificate', limitSeconds: 15 },
  { table: 1, action: 7, step: 'signature_refusal_message', limitSeconds: 15 },
  { table: 1, action: 8, step: 'sign', limitSeconds: 90 },
  { table: 1, action: 9, step: 'register', limitSeconds: 15 },
  { table: 1, action: 10, step: 'review_refusal_message', limitSeconds: null },
  { table: 1, action: 11, step: 'electronic_licence', limitSeconds: null, limitWorkingDays: LICENSING_WORKING_DAYS },
  { table: 2, action: 1, step: 'staff_sign_in', limitSeconds: 15 },
  { table: 2, action: 2, step: 'staff_choose_service', limitSeconds: 10 },
  { table: 2, action: 3, step: 'gbd_fl_request', limitSeconds: 90 },
  { table: 2, action: 4, step: 'gbd_fl_refusal_message', limitSeconds: 90 },
  { table: 2, action: 5, step: 'staff_fill_form_scan', limitSeconds: 90 },
  { table: 2, action: 6, step: 'staff_register', limitSeconds: 15 },
  { table: 2, action: 7, step: 'staff_refusal_message', limitSeconds: 15 },
  { table: 2, action: 8, step: 'staff_electronic_licence', limitSeconds: 15 },
];
