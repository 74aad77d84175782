import type { Database, JournalActor } from '@oryndau/db';
import { findCourt, findCourtCase, listCaseJudges } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Clock, Subject , courts } from '@oryndau/domain';
import type { CaseCourseBody } from '@oryndau/contracts';
import { zonedTimeToInstant } from '@oryndau/kz';
import { applyCaseAction } from './apply-case-action';

/**
 * Issue 15 «course of the case»: a current judge of the case accepts it,
 * schedules and holds hearings, suspends and resumes it, returns it or ends
 * it without a decision (POST /api/court-cases/:id/course). Lock order: the
 * case's row, then the journal (appended last by the runner). The version
 * the judge saw is checked under the lock: two judges' tabs at once — the
 * second gets one 409 courts.version_conflict.
 */
export async function moveCase(
  deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, caseId: string, body: CaseCourseBody,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const k = await findCourtCase(tx, caseId, { lock: true });
    const court = k ? await findCourt(tx, k.courtId) : null;
    if (!k || !court || !can(subject, 'courts.case.read', { courtId: k.courtId })) throw new DomainError(ErrorCode.notFound);
    const judges = (await listCaseJudges(tx, k.id)).filter((j) => j.releasedAt === null).map((j) => j.userId);
    if (!can(subject, 'courts.case.move', { courtId: k.courtId, caseJudgeIds: judges })) throw new DomainError(ErrorCode.forbidden);
    if (k.version !== body.version) throw new DomainError(ErrorCode.courtsVersionConflict);
    const command = commandOf(body, court.timeZone);
    const state = await applyCaseAction(tx, { courtCase: k, command, now, timeZone: court.timeZone, actorUserId: subject.id,
      details: body.note ? { note: body.note } : {} });
    tx.journal({ at: now, actor, action: 'courts.case_moved', objectType: 'court_case', objectId: k.id,
      details: { action: body.action, from: k.status, to: state.status, version: state.version,
        hearingAt: state.hearingAt?.toISOString() ?? null, note: body.note ?? null } });
  });
}

function commandOf(body: CaseCourseBody, zone: string): courts.CaseCommand {
  if (body.action !== 'scheduleHearing') return { action: body.action };
  if (!body.hearingAt) throw new DomainError(ErrorCode.hearingTimeRequired);
  // The judge enters the court's wall-clock time (FILE-13: the court's own zone).
  return { action: 'scheduleHearing', hearingAt: zonedTimeToInstant(body.hearingAt.slice(0, 10), body.hearingAt.slice(11, 16), zone) };
}
