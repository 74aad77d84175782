import { randomUUID } from 'node:crypto';
import type { EnpApplicationBody } from '@oryndau/contracts';
import type { Database, EnpApplicationRecord, JournalActor, Sql } from '@oryndau/db';
import { findCourt, findEnpApplication, insertEnpApplication } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';

/**
 * ENP-7: a cabinet user starts an application for a ЭНП password — the
 * case by its number and court, their category, the e-mail the password
 * goes to. The applicant is the signed-in person (IIN and name from the
 * account); it is registered only when they sign it with their own ЭЦП.
 */
export async function createEnpApplication(deps: { db: Database; clock: Clock }, subject: Subject, fullName: string, actor: JournalActor,
  body: EnpApplicationBody): Promise<EnpApplicationRecord> {
  if (!can(subject, 'enp.application.apply', null)) throw new DomainError(ErrorCode.forbidden);
  if (!(await findCourt(deps.db, body.courtId))) throw new DomainError(ErrorCode.validation, { fields: ['courtId'] });
  const now = deps.clock.now();
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    await insertEnpApplication(tx, { id, courtId: body.courtId, caseNumber: body.caseNumber.trim(), applicantUserId: subject.id,
      applicantIin: subject.iin, fullName, category: body.category, email: body.email, language: body.language, createdAt: now });
    tx.journal({ at: now, actor, action: 'enp.application_created', objectType: 'enp_application', objectId: id, subjectIin: subject.iin,
      details: { courtId: body.courtId, caseNumber: body.caseNumber, category: body.category } });
  });
  return (await findEnpApplication(deps.db, id))!;
}

/** The applicant's own application (404 for anyone else's, so ids reveal nothing). */
export async function requireOwnApplication(sql: Sql, subject: Subject, id: string, options: { lock?: boolean } = {}) {
  const application = await findEnpApplication(sql, id, options);
  if (!application || !can(subject, 'enp.application.apply', { applicantUserId: application.applicantUserId })) {
    throw new DomainError(ErrorCode.notFound);
  }
  return application;
}
