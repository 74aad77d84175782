import type { CourtCaseRecord, CourtRecord, FilingAttachmentRecord, FilingRecord, Sql } from '@oryndau/db';
import { findCourt, findCourtCase, listFilingAttachments } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { StoredDocument } from '../signing/documents';
import { sentSupplements } from './filing-store';

/** A case no longer open to new documents (the same as registration into an existing case refuses). */
export const FINISHED_CASE_STATUSES: readonly courts.CaseStatus[] = ['returned', 'transferred', 'closed'];

export type SupplementParts = {
  court: CourtRecord;
  courtCase: CourtCaseRecord;
  attachments: FilingAttachmentRecord[];
  /** Position → when the case received it. */
  sent: Map<number, Date>;
};

/**
 * FILE-8: what the supplements' manifest is built from — the filing's court
 * and case, its attachments and which of them the case holds already.
 * A registered filing without its case is an internal error, not the
 * applicant's.
 */
export async function loadSupplementParts(sql: Sql, filing: FilingRecord): Promise<SupplementParts> {
  if (!filing.registeredCaseId) throw new DomainError(ErrorCode.internal);
  const court = await findCourt(sql, filing.courtId);
  const courtCase = await findCourtCase(sql, filing.registeredCaseId);
  if (!court || !courtCase) throw new DomainError(ErrorCode.internal);
  const [attachments, sent] = [await listFilingAttachments(sql, filing.id), await sentSupplements(sql, filing)];
  return { court, courtCase, attachments, sent };
}

/** FILE-8: the manifest of the filing's supplements not sent yet, as the applicant signs it (packages/domain supplement-manifest.ts). */
export function supplementManifestOf(filing: FilingRecord, parts: SupplementParts): courts.SupplementManifest {
  const principal = filing.principalKind !== null && filing.principalIinBin !== null
    ? { kind: filing.principalKind, iinBin: filing.principalIinBin, name: filing.principalName ?? '' } : null;
  return courts.supplementManifest({
    filing: {
      id: filing.id, number: filing.number ?? '', appendixLength: filing.appendix.length,
      applicant: { kind: filing.applicantKind, iinBin: filing.applicantIinBin, name: filing.applicantName }, principal,
    },
    court: { id: parts.court.id, code: parts.court.code },
    courtCase: { id: parts.courtCase.id, number: parts.courtCase.number },
    attachments: parts.attachments.map((a) => ({ position: a.position, title: a.title, sha256: a.file.sha256, sizeBytes: a.file.sizeBytes, kind: a.file.kind })),
    sentPositions: new Set(parts.sent.keys()),
  });
}

/** The filing a supplement manifest document was made for; null for any other document. */
export const supplementFilingIdOfDocument = (document: StoredDocument): string | null => courts.supplementManifestFilingId(document.content);
