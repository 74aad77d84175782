import { randomUUID } from 'node:crypto';
import type { CourtCaseRecord, JsonValue, Tx } from '@oryndau/db';
import { addCaseEvent, listCaseEvents, listCaseJudges, saveCourtCaseStatus } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import { courtToday } from '../court-time';

/**
 * The course of the case (issue 15): ONE place where a case moves by
 * CASE_TRANSITIONS — the judge's route, a case-ending act's last signature
 * and the archive's signed inventory all come through here, inside their
 * own transaction, with the case's row already locked by the caller. The
 * domain decides (decideCase), the save is conditional on the version read
 * (a lost race is a 409), and the course entry is written in the same
 * transaction.
 */
export async function applyCaseAction(tx: Tx, input: {
  courtCase: CourtCaseRecord; command: courts.CaseCommand; now: Date; timeZone: string; actorUserId: string | null;
  details?: Record<string, unknown>;
}): Promise<courts.CourtCase> {
  const { courtCase: k, now } = input;
  const decision = courts.decideCase(await domainCase(tx, k), input.command, now);
  if (!decision.ok) throw decision.error;
  if (!(await saveCourtCaseStatus(tx, k.id, k.version, decision.state.status, now))) throw new DomainError(ErrorCode.courtsVersionConflict);
  const localDate = courtToday(now, input.timeZone);
  for (const event of decision.events) {
    await addCaseEvent(tx, { id: randomUUID(), caseId: k.id, kind: event.kind, occurredAt: now, localDate, actorUserId: input.actorUserId,
      details: JSON.parse(JSON.stringify({ ...event.details, action: event.action, ...input.details })) as JsonValue });
  }
  return decision.state;
}

/**
 * The case as decideCase reads it. The next hearing is not a column of
 * court_cases: it is the last `hearing_scheduled` of the course not yet
 * followed by a `hearing_held` (so holdHearing records which hearing it was).
 */
async function domainCase(tx: Tx, k: CourtCaseRecord): Promise<courts.CourtCase> {
  let hearingAt: Date | null = null;
  for (const e of await listCaseEvents(tx, k.id)) {
    const at = (e.details as { hearingAt?: unknown } | null)?.hearingAt;
    if (e.kind === 'hearing_scheduled' && typeof at === 'string') hearingAt = new Date(at);
    if (e.kind === 'hearing_held') hearingAt = null;
  }
  const presiding = (await listCaseJudges(tx, k.id)).find((j) => j.releasedAt === null && j.role === 'presiding');
  return { id: k.id, status: k.status, version: k.version, changedAt: k.changedAt, judgeUserId: presiding?.userId ?? null, hearingAt,
    transferredTo: null, closedAt: null };
}
