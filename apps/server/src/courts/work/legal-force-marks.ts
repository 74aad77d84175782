import type { LegalForceMarks } from '@oryndau/contracts';
import type { Database } from '@oryndau/db';
import { listLegalForceMarkQueue } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { legalForceScope } from './work-scopes';

/**
 * FILE-15: the legal-force marks due today (home queue courts.legalForceMarks) — the judge's on their
 * cases, the chairman's court-wide; overdue once the legal-force day has ended in the court's zone.
 */
export async function legalForceMarks(db: Database, subject: Subject, now: Date): Promise<LegalForceMarks> {
  const scope = await legalForceScope(db, subject, now);
  if (scope === null) throw new DomainError(ErrorCode.forbidden);
  return {
    courtWide: scope.courtWide,
    items: (await listLegalForceMarkQueue(db, scope.options)).map((a) => ({
      actId: a.actId, caseId: a.caseId, caseNumber: a.caseNumber, kind: a.kind, kindName: courts.COURT_ACT_KIND_TEXTS[a.kind], title: a.title,
      dueOn: a.legalForceDate, overdue: courts.isLegalForceMarkOverdue(a.legalForceDate, scope.today),
    })),
  };
}
