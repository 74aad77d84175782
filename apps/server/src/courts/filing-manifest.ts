import type { CourtRecord, FilingAttachmentRecord, FilingRecord, Sql } from '@oryndau/db';
import { findCourt, findCourtCase, listFilingAttachments } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { StoredDocument } from '../signing/documents';

/**
 * FILE-6: the manifest of a filing as it stands — the form's data and every
 * attachment's SHA-256, size and kind, in appendix order. Built the same way
 * when signing starts and again when the signature arrives, so a draft
 * changed in between no longer matches the signed bytes.
 */
export function manifestOf(filing: FilingRecord, court: Pick<CourtRecord, 'id' | 'code'>, attachments: readonly FilingAttachmentRecord[])
  : courts.FilingManifest {
  const principal = filing.principalKind !== null && filing.principalIinBin !== null
    ? { principal: { kind: filing.principalKind, iinBin: filing.principalIinBin, name: filing.principalName ?? '',
      ...(filing.powerOfAttorneyId ? { powerOfAttorneyId: filing.powerOfAttorneyId } : {}) } }
    : {};
  return {
    kind: 'oryndau.filing', version: 1, filingId: filing.id, court: { id: court.id, code: court.code },
    service: filing.service, form: filing.form, instance: filing.instance,
    applicant: { kind: filing.applicantKind, iinBin: filing.applicantIinBin, name: filing.applicantName },
    ...principal,
    parties: filing.parties.map((p) => ({ category: p.category, kind: p.kind, iinBin: p.iinBin, name: p.name, ...(p.address ? { address: p.address } : {}) })),
    title: filing.title, body: filing.body, claimAmountTiyn: filing.claimAmountTiyn, dutyTiyn: filing.dutyTiyn,
    appendix: attachments.map((a) => ({ position: a.position, title: a.title, sha256: a.file.sha256, sizeBytes: a.file.sizeBytes, kind: a.file.kind })),
  };
}

/** Warnings that stop the filing (FILE-5: files ≠ appendix; a court that does not hear it), as kk/ru reasons. */
export async function blockingProblems(sql: Sql, filing: FilingRecord, court: CourtRecord, attachments: readonly FilingAttachmentRecord[])
  : Promise<{ code: string; kk: string; ru: string }[]> {
  const target = filing.targetCaseId ? await findCourtCase(sql, filing.targetCaseId) : null;
  const warnings = courts.filingWarnings({
    appendix: filing.appendix.map((_, i) => ({ position: i + 1 })),
    attachments: attachments.map((a) => ({ position: a.position })),
    unreadable: [],
    court: { instances: court.instances, forms: court.forms },
    service: filing.service, form: filing.form,
    ...(target ? { targetInstance: target.instance } : {}),
  });
  return warnings.filter((w) => w.blocking)
    .map((w) => ({ code: w.code, kk: courts.filingWarningText(w, 'kk'), ru: courts.filingWarningText(w, 'ru') }));
}

/** The filing, its court and its attachments; a filing whose court is gone is an internal error, not the applicant's. */
export async function loadFilingParts(sql: Sql, filing: FilingRecord) {
  const court = await findCourt(sql, filing.courtId);
  if (!court) throw new DomainError(ErrorCode.internal);
  return { court, attachments: await listFilingAttachments(sql, filing.id) };
}

/** The filing a manifest document was made for (its signed bytes name it); null for any other document. */
export function filingIdOfDocument(document: StoredDocument): string | null {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(document.content)) as { kind?: unknown; filingId?: unknown };
    return parsed.kind === 'oryndau.filing' && typeof parsed.filingId === 'string' ? parsed.filingId : null;
  } catch {
    return null;
  }
}
