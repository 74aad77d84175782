import type { CaseArchiveRecord, CourtCaseDetails, CourtRecord, Database, JournalActor, Sql } from '@oryndau/db';
import { findCaseArchive, findCourt, getCourtCaseDetails } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { ArchiveCaseResource, Subject } from '@oryndau/domain';

/** A case as the archive's use-cases need it: its details, court, archive row, and the resource its policies read. */
export type ArchiveCase = { details: CourtCaseDetails; court: CourtRecord; archive: CaseArchiveRecord | null; resource: ArchiveCaseResource };

export function archiveResource(details: CourtCaseDetails): ArchiveCaseResource {
  return {
    courtId: details.courtCase.courtId,
    judgeUserIds: details.judges.filter((j) => j.releasedAt === null).map((j) => j.userId),
    participantIinBins: [...new Set(details.participants.flatMap((p) => (p.iinBin ? [p.iinBin] : [])))],
  };
}

export async function loadArchiveCase(sql: Sql, caseId: string): Promise<ArchiveCase | null> {
  const details = await getCourtCaseDetails(sql, caseId);
  if (!details) return null;
  const court = await findCourt(sql, details.courtCase.courtId);
  if (!court) return null;
  return { details, court, archive: await findCaseArchive(sql, caseId), resource: archiveResource(details) };
}

/** FILE-17 §61 p.2: the case, for its participants and its court's staff only; anyone else is answered as if it did not exist (404). */
export async function requireArchiveReader(sql: Sql, subject: Subject, caseId: string): Promise<ArchiveCase> {
  const found = await loadArchiveCase(sql, caseId);
  if (!found || !can(subject, 'courts.archive.read', found.resource)) throw new DomainError(ErrorCode.notFound);
  return found;
}

/** The same, for what exists only once the case is archived (a copy, the export, re-verification). */
export async function requireArchivedCase(sql: Sql, subject: Subject, caseId: string): Promise<ArchiveCase & { archive: CaseArchiveRecord }> {
  const found = await requireArchiveReader(sql, subject, caseId);
  if (found.archive?.status !== 'archived') throw new DomainError(ErrorCode.archiveNotArchived);
  return found as ArchiveCase & { archive: CaseArchiveRecord };
}

export type ArchiveAccessKind = 'viewed' | 'downloaded' | 'paper_copy' | 'exported' | 'verified' | 'legacy_viewed' | 'legacy_downloaded';

/**
 * FILE-17 §61: every access to an archived case is journalled — who, what
 * (view, download, paper copy, export, re-verification), which document —
 * once per participant whose data it shows (ENP-11: their own views are
 * listed for them).
 */
export async function journalArchiveAccess(db: Database, actor: JournalActor, access: {
  kind: ArchiveAccessKind; objectType: 'court_case' | 'legacy_archive'; objectId: string; at: Date; people?: readonly string[];
  details?: Record<string, unknown>;
}): Promise<void> {
  const people = (access.people ?? []).filter((p) => /^[0-9]{12}$/.test(p));
  await db.transaction(async (tx) => {
    for (const subjectIin of people.length ? people : [null]) {
      tx.journal({ at: access.at, actor, action: `archive.${access.kind}`, objectType: access.objectType, objectId: access.objectId, subjectIin,
        details: access.details ?? {} });
    }
  });
}
