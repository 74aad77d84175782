import { randomUUID } from 'node:crypto';
import type { EnpRefuseBody } from '@oryndau/contracts';
import type { Database, EnpApplicationRecord, JournalActor, Sql } from '@oryndau/db';
import { enqueueMessage, findCourt, findCourtCase, findEnpApplication, isUniqueViolation, markEnpApplicationDecided, replaceEnpAccess } from '@oryndau/db';
import { DomainError, ErrorCode, can, enp } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { hashPassword } from '../identity/password';
import type { Secret } from '../secret';
import { enpLookupKey, newEnpPassword, requireLookupSecret } from './enp-credentials';

export type DecideDeps = { db: Database; clock: Clock; passwordLog2N: number; lookupSecret: Secret | null; portalUrl: string };

const dayIn = (timeZone: string, at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** The application as the deciding staff member may see it (404 for another court's, so ids reveal nothing). */
async function requireDecidable(sql: Sql, subject: Subject, id: string, version: number, lock: boolean): Promise<EnpApplicationRecord> {
  const application = await findEnpApplication(sql, id, { lock });
  if (!application || application.status === 'draft' || !can(subject, 'enp.application.list', { courtId: application.courtId })) {
    throw new DomainError(ErrorCode.notFound);
  }
  if (!can(subject, 'enp.application.decide', { courtId: application.courtId })) throw new DomainError(ErrorCode.forbidden);
  // Decided by someone else meanwhile, or changed since it was read: one clear 409 — never a second decision.
  if (application.status !== 'submitted' || application.version !== version) throw new DomainError(ErrorCode.enpApplicationState);
  return application;
}

/**
 * ENP-9: the court's specialist approves an online application — a ЭНП
 * access of channel `online` for the applicant and the case (replacing an
 * earlier password, as a re-issue does), the password e-mailed to the
 * applicant through the outbox in the same transaction (sent after commit)
 * in kk and ru, and never shown to staff. Lock order: enp_applications →
 * court_cases → enp_accesses → journal. Two staff deciding at once: the
 * second waits on the application's row and answers 409.
 */
export async function approveEnpApplication(deps: DecideDeps, subject: Subject, actor: JournalActor, id: string, version: number)
  : Promise<void> {
  const secret = requireLookupSecret(deps.lookupSecret);
  const before = await requireDecidable(deps.db, subject, id, version, false);
  if (before.caseId === null) throw new DomainError(ErrorCode.enpApplicationNoCase);
  const password = newEnpPassword();
  // The slow hash before the transaction: no row lock is held while scrypt runs.
  const passwordHash = await hashPassword(password, deps.passwordLog2N);
  const now = deps.clock.now();
  const accessId = randomUUID();
  try {
    await deps.db.transaction(async (tx) => {
      const application = await requireDecidable(tx, subject, id, version, true);
      const courtCase = application.caseId ? await findCourtCase(tx, application.caseId, { lock: true }) : null;
      const court = await findCourt(tx, application.courtId);
      if (!courtCase || !court) throw new DomainError(ErrorCode.enpApplicationNoCase);
      const replaced = await replaceEnpAccess(tx, {
        id: accessId, caseId: courtCase.id, easdArchiveId: null, iin: application.applicantIin, fullName: application.fullName, category: application.category,
        appliedOn: dayIn(court.timeZone, application.submittedAt ?? now), email: application.email, representedEntity: null, passwordHash,
        lookupKey: enpLookupKey(secret, application.applicantIin, password), channel: 'online', issuedBy: subject.id, issuedAt: now,
      });
      if (!(await markEnpApplicationDecided(tx, id, { status: 'approved', by: subject.id, at: now, accessId, refusalReason: null, refusalText: null }))) {
        throw new DomainError(ErrorCode.enpApplicationState);
      }
      const mail = enp.enpApprovedEmail({ language: application.language, number: application.number ?? '', caseNumber: courtCase.number,
        court: court.name, password, portalUrl: deps.portalUrl });
      // The password exists nowhere else in clear: masked in the stored e-mail once it has left (OUTBOX_SCRUB_SECRETS).
      await enqueueMessage(tx, { channel: 'email', recipient: application.email, subject: mail.subject, body: mail.text, secrets: [password] }, now);
      tx.journal({ at: now, actor, action: 'enp.application_approved', objectType: 'enp_application', objectId: id, subjectIin: application.applicantIin,
        details: { number: application.number, caseId: courtCase.id, accessId, category: application.category, channel: 'online', replaced } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(ErrorCode.enpApplicationState);
    throw error;
  }
}

/** ENP-9: refused with a reference reason (kk/ru) and the court's own words; the applicant is told by e-mail in kk and ru. */
export async function refuseEnpApplication(deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, id: string, body: EnpRefuseBody)
  : Promise<void> {
  const problem = enp.enpRefusalProblem(body.reason, body.text);
  if (problem) throw new DomainError(ErrorCode.validation, { fields: [problem] });
  await requireDecidable(deps.db, subject, id, body.version, false);
  const now = deps.clock.now();
  const text = body.text?.trim() || null;
  await deps.db.transaction(async (tx) => {
    const application = await requireDecidable(tx, subject, id, body.version, true);
    if (!(await markEnpApplicationDecided(tx, id, { status: 'refused', by: subject.id, at: now, accessId: null, refusalReason: body.reason, refusalText: text }))) {
      throw new DomainError(ErrorCode.enpApplicationState);
    }
    const reason = enp.ENP_REFUSAL_REASON_TEXTS[body.reason];
    const mail = enp.enpRefusedEmail({ language: application.language, number: application.number ?? '', caseNumber: application.caseNumber, reason, text });
    await enqueueMessage(tx, { channel: 'email', recipient: application.email, subject: mail.subject, body: mail.text }, now);
    tx.journal({ at: now, actor, action: 'enp.application_refused', objectType: 'enp_application', objectId: id, subjectIin: application.applicantIin,
      details: { number: application.number, reason: body.reason, text } });
  });
}
