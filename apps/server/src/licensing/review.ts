import type { LicensingRefuseBody } from '@oryndau/contracts';
import type { JournalActor, LicensingApplicationRecord } from '@oryndau/db';
import { cancelDeadlines, updateLicensingApplication } from '@oryndau/db';
import { DomainError, ErrorCode, can, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { registerApplication, requireDocuments, LICENSING_OVERDUE } from './application-signing';
import { notifyApplicant } from './notify-applicant';
import {
  APPLICATION_OBJECT, assertUpdated, requireDecidableApplication, requireReadableApplication, transition,
} from './licensing-store';
import type { LicensingDeps } from './licensing-store';

/**
 * LIC-7: every view of an application is journalled (who read whose data).
 * Seed §6 condition 4: the officer's first look at a registered (or
 * resubmitted) application takes it for review.
 */
export async function viewApplication(deps: LicensingDeps, subject: Subject, actor: JournalActor, id: string): Promise<LicensingApplicationRecord> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const application = await requireReadableApplication(tx, subject, id, { lock: true });
    let status = application.status;
    if (can(subject, 'licensing.application.decide', undefined) && licensing.nextLicensingStatus(status, 'takeForReview')) {
      status = transition(application, 'takeForReview');
      assertUpdated(await updateLicensingApplication(tx, id, application.version, { status }));
    }
    tx.journal({ at: now, actor, action: 'licensing.application_viewed', objectType: APPLICATION_OBJECT, objectId: id,
      subjectIin: application.applicantIin, details: { status } });
    return status === application.status ? application : { ...application, status, version: application.version + 1 };
  });
}

/** Condition 4: the officer marks the qualification requirements met or not (kept on the application). */
export async function saveChecklist(deps: LicensingDeps, subject: Subject, actor: JournalActor, id: string, version: number,
  checklist: Record<string, boolean>): Promise<void> {
  const known = Object.fromEntries(licensing.QUALIFICATION_CHECKLIST.map((i) => [i.code, checklist[i.code] === true]));
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const a = await requireDecidableApplication(tx, subject, id, { lock: true, version });
    if (!licensing.LICENSING_PENDING.includes(a.status)) throw new DomainError(ErrorCode.licensingApplicationState);
    assertUpdated(await updateLicensingApplication(tx, id, version, { checklist: known }));
    tx.journal({ at: now, actor, action: 'licensing.checklist_saved', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: a.applicantIin,
      details: { checklist: known } });
  });
}

/**
 * Seed §6 process 10: refused with reference reasons (kk/ru) and the
 * officer's words. Two officers at once: the second waits on the row and
 * answers 409 (version check under the lock).
 */
export async function refuseApplication(deps: LicensingDeps, subject: Subject, actor: JournalActor, id: string, body: LicensingRefuseBody)
  : Promise<void> {
  const problem = licensing.refusalProblem(body.reasons, body.text);
  if (problem) throw new DomainError(ErrorCode.validation, { fields: [problem] });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const a = await requireDecidableApplication(tx, subject, id, { lock: true, version: body.version });
    const status = transition(a, 'refuse');
    if (a.status === 'draft' || a.status === 'paid') throw new DomainError(ErrorCode.licensingApplicationState);
    assertUpdated(await updateLicensingApplication(tx, id, body.version, { status, refusalReasons: [...body.reasons], refusalText: body.text?.trim() || null,
      decidedAt: now, decidedBy: subject.id }));
    await cancelDeadlines(tx, APPLICATION_OBJECT, id, LICENSING_OVERDUE, now);
    await notifyApplicant(tx, a, 'refused', now);
    tx.journal({ at: now, actor, action: 'licensing.application_refused', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: a.applicantIin,
      details: { reasons: body.reasons, text: body.text ?? null, number: a.number } });
  });
}

/** LIC-1: rather than refuse, the officer returns the application for correction with what to correct. */
export async function returnForCorrection(deps: LicensingDeps, subject: Subject, actor: JournalActor, id: string, version: number, text: string)
  : Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const a = await requireDecidableApplication(tx, subject, id, { lock: true, version });
    assertUpdated(await updateLicensingApplication(tx, id, version, { status: transition(a, 'returnForCorrection'), correctionText: text.trim() }));
    await cancelDeadlines(tx, APPLICATION_OBJECT, id, LICENSING_OVERDUE, now);
    await notifyApplicant(tx, a, 'returned', now);
    tx.journal({ at: now, actor, action: 'licensing.application_returned', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: a.applicantIin,
      details: { text: text.trim(), number: a.number } });
  });
}

/**
 * LIC-1: the corrected application comes back — by its applicant (portal)
 * or the employee (staff channel). The 15 working days run again from the
 * resubmission (an assumption: the seed names no rule; docs/licensing.md).
 */
export async function resubmitApplication(deps: LicensingDeps, subject: Subject, actor: JournalActor, id: string, version: number): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const a = await requireReadableApplication(tx, subject, id, { lock: true });
    const mine = a.channel === 'portal' ? a.applicantUserId !== null && can(subject, 'licensing.apply', { applicantUserId: a.applicantUserId })
      : can(subject, 'licensing.application.enter', undefined);
    if (!mine) throw new DomainError(ErrorCode.forbidden);
    if (a.version !== version) throw new DomainError(ErrorCode.licensingApplicationState);
    const status = transition(a, 'resubmit');
    await requireDocuments(tx, a);
    const { deadline } = await registerApplication(tx, { ...a, status }, version, 'registered', now);
    // registerApplication wrote `registered`; the table's status after resubmission is `resubmitted`.
    assertUpdated(await updateLicensingApplication(tx, id, version + 1, { status, correctionText: null }));
    tx.journal({ at: now, actor, action: 'licensing.application_resubmitted', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: a.applicantIin,
      details: { deadline, number: a.number } });
  });
}

/** LIC-3 (seed §7 process 6): the employee registers the staff-channel application once its documents are in. */
export async function registerStaffApplication(deps: LicensingDeps, subject: Subject, actor: JournalActor, id: string, version: number)
  : Promise<{ number: string; deadline: string }> {
  if (!can(subject, 'licensing.application.enter', undefined)) throw new DomainError(ErrorCode.forbidden);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const a = await requireReadableApplication(tx, subject, id, { lock: true });
    if (a.channel !== 'staff' || a.version !== version) throw new DomainError(ErrorCode.licensingApplicationState);
    const status = transition(a, 'registerByStaff');
    await requireDocuments(tx, a);
    const registered = await registerApplication(tx, a, version, status as 'registered', now);
    tx.journal({ at: now, actor, action: 'licensing.application_registered', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: a.applicantIin,
      details: { ...registered, channel: 'staff' } });
    return registered;
  });
}
