import type { IsoDate, WorkingCalendar } from '@oryndau/kz';

/**
 * FILE-17, seed 003 §62: the secretary hands the case to the archive once
 * three working days have passed since the decision entered into force —
 * counted on the working-day calendar, in the court's zone (the caller
 * gives the court-local date of legal force). COURTS-LAW.md §4: C for this
 * system; not the writ's term of ГПК art. 241 p.4, also three days.
 */
export const ARCHIVE_HANDOVER_WORKING_DAYS = 3;

export function archiveHandoverDue(inForceOn: IsoDate, calendar: WorkingCalendar): IsoDate {
  return calendar.addWorkingDays(inForceOn, ARCHIVE_HANDOVER_WORKING_DAYS);
}

/** Overdue once the handover day has ended in the court's zone and the case is not archived. */
export function isArchiveHandoverOverdue(dueOn: IsoDate, courtToday: IsoDate, archived: boolean): boolean {
  return !archived && courtToday > dueOn;
}
