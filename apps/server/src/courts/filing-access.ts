import type { FilingRecord, Sql } from '@oryndau/db';
import { findFiling } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { FilingResource, Subject } from '@oryndau/domain';

/** A filing as the `courts.filing.*` policies see it. */
export const filingResource = (f: FilingRecord): FilingResource => ({
  applicantUserId: f.applicantUserId, courtId: f.courtId, principalIinBin: f.principalIinBin,
  legalEntityBin: f.applicantKind === 'legal_entity' ? f.applicantIinBin : null,
});

/** FILE-8: a filing the subject may read; anyone else's — or none — is answered as not found (issue 11 item 8). */
export async function readableFiling(sql: Sql, subject: Subject, id: string): Promise<FilingRecord> {
  const filing = await findFiling(sql, id);
  if (!filing || !can(subject, 'courts.filing.read', filingResource(filing))) throw new DomainError(ErrorCode.notFound);
  return filing;
}
