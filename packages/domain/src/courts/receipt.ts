/**
 * FILE-13 (seed 003 §39–41, ГПК art. 123): when a filing counts as received
 * and on which day the court office must register it.
 *
 * - The instant is the server's (the caller passes it in); it is read in the
 *   court's own IANA zone, not Astana's (§41 second part), with tzdata for
 *   that very instant — Asia/Almaty and Asia/Qostanay moved from UTC+6 to
 *   UTC+5 on 1 March 2024.
 * - `receiptDate` is the local date: the day that counts for procedural
 *   terms. ГПК art. 123 p.5 lets an action be done until 24:00 of the last
 *   day, and p.7 applies that to electronic documents, so 23:50 local on the
 *   last day is in time.
 * - `registrationDay` (§35–36): registration within one working day; what
 *   arrives after the end of the working day, or on a day off, is registered
 *   the next working day. A filing at exactly `workdayEnd` has arrived when
 *   the working day ended, so it goes to the next working day.
 */
import { localDateTimeOf, type IsoDate, type WorkingCalendar } from '@oryndau/kz';

export type CourtReceipt = {
  /** Local wall time in the court's zone, 'YYYY-MM-DDTHH:MM:SS' (no offset: it is the court's clock). */
  readonly localDateTime: string;
  readonly receiptDate: IsoDate;
  readonly registrationDay: IsoDate;
};

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const pad = (n: number): string => String(n).padStart(2, '0');

export function courtReceipt(
  instant: Date,
  court: { readonly zone: string; readonly workdayEnd: string },
  calendar: WorkingCalendar,
): CourtReceipt {
  const end = HH_MM.exec(court.workdayEnd);
  if (!end) throw new RangeError(`workdayEnd must be HH:MM, got ${JSON.stringify(court.workdayEnd)}`);
  const local = localDateTimeOf(instant, court.zone);
  const localDateTime = `${local.date}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
  const secondsIntoDay = local.hour * 3600 + local.minute * 60 + local.second;
  const endSeconds = Number(end[1]) * 3600 + Number(end[2]) * 60;
  const inHours = calendar.isWorkingDay(local.date) && secondsIntoDay < endSeconds;
  return {
    localDateTime,
    receiptDate: local.date,
    registrationDay: inHours ? local.date : calendar.nextWorkingDay(local.date),
  };
}
