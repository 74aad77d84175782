import type { EnpAccessRecord } from '@oryndau/db';

// ENP-10: an access opens either a court case of ours or an old case of
// the archive system ЭАСД (by its archive id) — exactly one (migration
// 0021). The journal names the one it is.

export type EnpTarget = { kind: 'case'; caseId: string } | { kind: 'easd'; archiveId: string };

export function enpTargetOf(access: Pick<EnpAccessRecord, 'caseId' | 'easdArchiveId'>): EnpTarget {
  if (access.caseId !== null) return { kind: 'case', caseId: access.caseId };
  // The table's CHECK makes this the only other shape.
  return { kind: 'easd', archiveId: access.easdArchiveId ?? '' };
}

/** The journal's object of an access's case. */
export function enpJournalObject(target: EnpTarget): { objectType: 'court_case' | 'easd_case'; objectId: string } {
  return target.kind === 'case' ? { objectType: 'court_case', objectId: target.caseId } : { objectType: 'easd_case', objectId: target.archiveId };
}
