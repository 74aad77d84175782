import type { ActsToSign } from '@oryndau/contracts';
import type { Database } from '@oryndau/db';
import { findCourt, listActsAwaitingSignature } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { courtLocalTime } from '../court-time';
import { actsToSignScope } from './work-scopes';

/** FILE-14: the judge's acts still waiting for their signature (home queue courts.actsToSign); each is signed on its case's page. */
export async function actsToSign(db: Database, subject: Subject): Promise<ActsToSign> {
  const scope = actsToSignScope(subject);
  if (scope === null) throw new DomainError(ErrorCode.forbidden);
  const zone = (await findCourt(db, scope.courtId))?.timeZone ?? 'Asia/Almaty';
  return {
    items: (await listActsAwaitingSignature(db, scope.judgeUserId)).map((a) => ({
      actId: a.actId, caseId: a.caseId, caseNumber: a.caseNumber, kind: a.kind, kindName: courts.COURT_ACT_KIND_TEXTS[a.kind], title: a.title,
      status: a.status, statusName: courts.COURT_ACT_STATUS_TEXTS[a.status], createdOn: courtLocalTime(a.createdAt, zone).date,
    })),
  };
}
