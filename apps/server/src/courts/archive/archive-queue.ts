import type { z } from 'zod';
import type { archiveQueueResponse } from '@oryndau/contracts';
import type { Sql } from '@oryndau/db';
import { findCourt, listCasesToArchive } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { courtToday } from '../court-time';
import { archiveStatusName } from './archive-view';

/**
 * FILE-17, §62: the court secretary's «to archive» queue — the court's
 * cases whose handover deadline fired and which are not archived yet,
 * by handover day, overdue once that day has ended in the court's zone.
 */
export async function casesToArchive(sql: Sql, subject: Subject, now: Date): Promise<z.infer<typeof archiveQueueResponse>> {
  const courtId = subject.organisationId;
  if (courtId === null || !can(subject, 'courts.archive.prepare', { courtId })) throw new DomainError(ErrorCode.forbidden);
  const court = await findCourt(sql, courtId);
  if (!court) throw new DomainError(ErrorCode.forbidden);
  const today = courtToday(now, court.timeZone);
  return {
    items: (await listCasesToArchive(sql, courtId)).map((i) => ({
      caseId: i.caseId, number: i.number, status: i.status, statusName: archiveStatusName(i.status), inForceOn: i.inForceOn, dueOn: i.dueOn,
      overdue: courts.isArchiveHandoverOverdue(i.dueOn, today, false),
    })),
  };
}
