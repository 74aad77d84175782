import type { DeadlineHandler, Sql } from '@oryndau/db';
import { cancelDeadlines, findCourt, findCourtCase, insertCaseArchiveDue, scheduleDeadline } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import { startOfLocalDay } from '@oryndau/kz';
import { loadWorkingCalendar } from '../../enforcement/store';

/** The deadline kind (deadlines.kind) of the archive handover, FILE-17 §62. */
export const ARCHIVE_HANDOVER = 'courts.archive_handover';

const SYSTEM_ACTOR = { userId: null, iin: null, role: 'system', requestId: null };

/**
 * FILE-17, seed 003 §62: once the decision entered into force, the case is
 * due at the archive three working days later — counted on the working-day
 * calendar (calendar_days) in the court's zone. Written in the caller's
 * transaction (the legal-force mark's), as a deadline row the worker fires
 * at 00:00 of that day in the court's zone. A later legal-force date for the
 * same case replaces the open deadline.
 */
export async function scheduleArchiveHandover(tx: Sql, input: { caseId: string; inForceOn: string }, now: Date)
  : Promise<{ deadlineId: string; dueOn: string }> {
  const courtCase = await findCourtCase(tx, input.caseId);
  if (!courtCase) throw new DomainError(ErrorCode.notFound);
  const court = await findCourt(tx, courtCase.courtId);
  if (!court) throw new DomainError(ErrorCode.notFound);
  const dueOn = courts.archiveHandoverDue(input.inForceOn, await loadWorkingCalendar(tx));
  await cancelDeadlines(tx, 'court_case', courtCase.id, ARCHIVE_HANDOVER, now);
  const deadlineId = await scheduleDeadline(tx, {
    kind: ARCHIVE_HANDOVER, subjectType: 'court_case', subjectId: courtCase.id, dueAt: startOfLocalDay(dueOn, court.timeZone),
    payload: { inForceOn: input.inForceOn, dueOn },
  }, now);
  return { deadlineId, dueOn };
}

/**
 * The deadline fired (once: it runs inside the claiming transaction, see
 * fireDueDeadlines): the case enters the court secretary's «to archive»
 * queue, journalled. A case already there stays as it was.
 */
export const archiveHandoverHandler: DeadlineHandler = async (tx, deadline, now) => {
  const inForceOn = String(deadline.payload.inForceOn ?? '');
  const dueOn = String(deadline.payload.dueOn ?? '');
  const courtCase = await findCourtCase(tx, deadline.subjectId, { lock: true });
  if (!courtCase) throw new Error(`archive handover: no case ${deadline.subjectId}`);
  const inserted = await insertCaseArchiveDue(tx, { caseId: courtCase.id, inForceOn, dueOn }, now);
  if (!inserted) return;
  tx.journal({ at: now, actor: SYSTEM_ACTOR, action: 'court_case.archive_due', objectType: 'court_case', objectId: courtCase.id,
    details: { deadlineId: deadline.id, inForceOn, dueOn } });
};
