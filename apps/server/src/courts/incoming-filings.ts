import type { Database } from '@oryndau/db';
import { findCourt, listIncomingFilings } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import type { IncomingResponse } from '@oryndau/contracts';
import { courtLocalTime, courtToday } from './court-time';

/**
 * FILE-11: the office's incoming queue — its own court's received filings,
 * by registration day, each with its receipt time in the court's zone and
 * whether its registration day has passed (today from the server's clock).
 */
export async function incomingFilings(deps: { db: Database; clock: Clock }, subject: Subject): Promise<IncomingResponse> {
  const courtId = subject.organisationId;
  if (courtId === null || !can(subject, 'courts.incoming.read', { courtId })) throw new DomainError(ErrorCode.forbidden);
  const court = await findCourt(deps.db, courtId);
  if (!court) throw new DomainError(ErrorCode.forbidden);
  const today = courtToday(deps.clock.now(), court.timeZone);
  const items = await listIncomingFilings(deps.db, courtId, today);
  return {
    court: { id: court.id, name: court.name },
    today,
    filings: items.map((f) => ({
      id: f.id, number: f.number, version: f.version, service: f.service, serviceName: courts.serviceText(f.service, f.form),
      form: f.form, formName: courts.CASE_FORM_TEXTS[f.form], instance: f.instance, category: f.category, title: f.title,
      applicantName: f.applicantName, applicantIinBin: f.applicantIinBin, principalName: f.principalName,
      received: courtLocalTime(f.receivedAt, court.timeZone), receiptDate: f.receiptDate, registrationDay: f.registrationDay, overdue: f.overdue,
    })),
  };
}
