import type { FilingRecord, Sql } from '@oryndau/db';
import { findCourt, findFiling } from '@oryndau/db';
import type { CourtRecord } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';

// FILE-11, FILE-12: a received filing as the court office reaches it. A
// filing of another court, or one not sent yet, is answered as missing
// (404, issue 11 item 8); one this person sees but may not act on is 403.

export type OfficeAction = 'courts.incoming.read' | 'courts.filing.register' | 'courts.filing.refuse';

export async function loadOfficeFiling(sql: Sql, subject: Subject, filingId: string, action: OfficeAction)
  : Promise<{ filing: FilingRecord; court: CourtRecord }> {
  const filing = await findFiling(sql, filingId);
  const visible = filing !== null && filing.status !== 'draft' && filing.status !== 'withdrawn'
    && can(subject, 'courts.filing.read', { applicantUserId: filing.applicantUserId, courtId: filing.courtId })
    && subject.organisationId === filing.courtId;
  if (!filing || !visible) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, action, { courtId: filing.courtId })) throw new DomainError(ErrorCode.forbidden);
  const court = await findCourt(sql, filing.courtId);
  if (!court) throw new DomainError(ErrorCode.notFound);
  return { filing, court };
}
