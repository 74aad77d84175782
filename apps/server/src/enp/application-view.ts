import type { EnpApplicationView } from '@oryndau/contracts';
import type { EnpApplicationRecord, Sql } from '@oryndau/db';
import { findCourt, listEnpApplicationFiles, listSignaturesOfDocuments } from '@oryndau/db';
import { courts, enp } from '@oryndau/domain';

/**
 * ENP-7, ENP-9: an application as its applicant and the court's staff see
 * it. `caseFound` is for staff only: the applicant is never told whether a
 * number names a case (the refusal's reason says so, decided by a person).
 */
export async function applicationView(sql: Sql, a: EnpApplicationRecord, forStaff: boolean): Promise<EnpApplicationView> {
  const court = await findCourt(sql, a.courtId);
  const files = await listEnpApplicationFiles(sql, a.id);
  // ENP-9: staff see the signature the server checked at registration (only a valid one registers an application).
  const signature = forStaff && a.documentId !== null && a.signatureId !== null
    ? (await listSignaturesOfDocuments(sql, [a.documentId])).find((s) => s.id === a.signatureId) ?? null : null;
  const reason = a.refusalReason !== null && enp.isEnpRefusalReason(a.refusalReason) ? a.refusalReason : null;
  return {
    id: a.id, number: a.number, court: court?.name ?? { kk: a.courtId, ru: a.courtId }, courtId: a.courtId, caseNumber: a.caseNumber,
    caseFound: forStaff && a.status !== 'draft' ? a.caseId !== null : null,
    applicantIin: a.applicantIin, fullName: a.fullName, category: a.category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[a.category],
    email: a.email, language: a.language, status: a.status, statusName: enp.ENP_APPLICATION_STATUS_TEXTS[a.status], version: a.version,
    createdAt: a.createdAt.toISOString(), submittedAt: a.submittedAt?.toISOString() ?? null, decidedAt: a.decidedAt?.toISOString() ?? null,
    refusal: reason ? { reason, reasonName: enp.ENP_REFUSAL_REASON_TEXTS[reason], text: a.refusalText } : null,
    attachments: files.map((f) => ({ position: f.position, name: f.originalName, kind: f.kind, size: f.sizeBytes })),
    signature: signature === null ? null
      : { signerIin: signature.signerIin, signerName: signature.signerName, valid: signature.valid, checkedAt: signature.checkedAt.toISOString() },
  };
}
