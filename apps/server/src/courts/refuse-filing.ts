import type { Database, JournalActor } from '@oryndau/db';
import { lockFiling, refuseFiling } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import type { RefuseFilingBody, RefuseFilingResponse } from '@oryndau/contracts';
import { assertVersion, filingState } from './filing-state';
import { notifyApplicant } from './notify-applicant';
import { loadOfficeFiling } from './office-access';
import { refusalMessageWithNote } from './registration-card';

/**
 * FILE-12 (§37): the office refuses to register a received filing on one of
 * the seven grounds — and no other (the domain refuses a missing ground
 * 422 `courts.refusal_ground_required`, any other 422
 * `courts.refusal_ground_unknown`). The applicant receives the ground's
 * text and the specialist's note by e-mail and in the cabinet; journalled.
 * `filings.refusal_text` keeps the specialist's own note ('' when none): the
 * ground's text comes from the reference by its code.
 */
export async function refuseReceivedFiling(
  deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, filingId: string, body: RefuseFilingBody,
): Promise<RefuseFilingResponse> {
  const { db } = deps;
  const { court } = await loadOfficeFiling(db, subject, filingId, 'courts.filing.refuse');
  const now = deps.clock.now();
  const note = body.text?.trim() ?? '';
  return db.transaction(async (tx) => {
    const filing = await lockFiling(tx, filingId);
    if (!filing) throw new DomainError(ErrorCode.notFound);
    const decision = courts.decideFiling(filingState(filing), { action: 'refuse', ground: body.ground }, now);
    if (!decision.ok) throw decision.error;
    assertVersion(filing.version, body.version);
    const ground = decision.state.refusalGround!;
    if (!(await refuseFiling(tx, filing.id, filing.version, { ground, text: note, officeUserId: subject.id, at: now }))) {
      throw new DomainError(ErrorCode.courtsVersionConflict);
    }
    const message = refusalMessageWithNote(ground, note);
    tx.journal({ at: now, actor, action: 'courts.filing_refused', objectType: 'filing', objectId: filing.id, subjectIin: filing.applicantIinBin,
      details: { number: filing.number, ground, note, courtId: court.id } });
    const notified = await notifyApplicant(tx, filing, { kind: 'refused', court: court.name, message }, now);
    tx.journal({ at: now, actor, action: 'courts.applicant_notified', objectType: 'filing', objectId: filing.id,
      details: { outcome: 'refused', email: notified.email, notificationId: notified.notificationId } });
    return { filingId: filing.id, status: 'refused' as const, version: filing.version + 1, ground, message, note };
  });
}
