import type { CourtCaseRecord, CourtRecord, Sql } from '@oryndau/db';
import { findCourt, findCourtCase } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';

type OfficeAction = 'enp.access.issue' | 'enp.access.list' | 'enp.document.block' | 'enp.history.read';

/**
 * A case of the subject's court for an ЭНП office action: 404 when the
 * subject may not even read the court's cases (whether it exists is not
 * told), 403 when they read it but this action is not theirs.
 */
export async function loadOfficeCase(sql: Sql, subject: Subject, caseId: string, action: OfficeAction, options: { lock?: boolean } = {})
  : Promise<{ courtCase: CourtCaseRecord; court: CourtRecord }> {
  const courtCase = await findCourtCase(sql, caseId, options);
  const court = courtCase ? await findCourt(sql, courtCase.courtId) : null;
  if (!courtCase || !court || !can(subject, 'courts.case.read', { courtId: court.id })) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, action, { courtId: court.id })) throw new DomainError(ErrorCode.forbidden);
  return { courtCase, court };
}
