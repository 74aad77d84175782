import type { FileStoragePort } from '@oryndau/adapters';
import type { FilingWarningsView } from '@oryndau/contracts';
import type { Database } from '@oryndau/db';
import { findCourt, findCourtCase, findRegisteredDuplicate, listFilingAttachments } from '@oryndau/db';
import { recogniseAttachment } from '@oryndau/documents/attachments';
import { courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { requireFiling } from './filing-store';

/**
 * Issue 14 item 9 (FILE-5, §37): what would make the court refuse, before
 * sending — the domain's `filingWarnings` fed with the appendix against the
 * files attached, each stored file recognised again from the bytes the
 * storage gives back (a file that no longer reads, or that the storage
 * refuses as corrupt, is unreadable), an earlier REGISTERED filing with the
 * same content hash (court, parties, text, attachments' hashes — as the
 * sending computes it), and whether the court hears this instance and form.
 * Warnings, not blocks, except the blocking ones the server refuses anyway.
 */
export async function filingWarningsOf(deps: { db: Database; files: FileStoragePort; maxBytes: number }, subject: Subject, filingId: string)
  : Promise<FilingWarningsView> {
  const filing = await requireFiling(deps.db, subject, filingId);
  const [court, attachments, target] = await Promise.all([
    findCourt(deps.db, filing.courtId), listFilingAttachments(deps.db, filingId),
    filing.targetCaseId ? findCourtCase(deps.db, filing.targetCaseId) : Promise.resolve(null),
  ]);
  const listed = attachments.filter((a) => a.position <= filing.appendix.length);
  const unreadable: number[] = [];
  for (const a of listed) {
    const bytes = await deps.files.get(a.file.storageKey).catch(() => null);
    // The size limit applied at upload; here only "can it be read" matters.
    const again = bytes === null ? null : recogniseAttachment(bytes, a.file.originalName, { maxBytes: Number.MAX_SAFE_INTEGER });
    if (again === null || (!again.ok && again.problem !== 'name_mismatch')) unreadable.push(a.position);
  }
  const contentHash = courts.filingContentHash({
    courtId: filing.courtId, parties: filing.parties, body: filing.body, attachmentSha256: listed.map((a) => a.file.sha256),
  });
  const duplicate = await findRegisteredDuplicate(deps.db, filing.courtId, contentHash, filing.id);
  const warnings = courts.filingWarnings({
    appendix: filing.appendix.map((_, i) => ({ position: i + 1 })),
    attachments: listed.map((a) => ({ position: a.position })),
    unreadable,
    duplicateOf: duplicate ? duplicate.number ?? duplicate.caseNumber ?? '—' : null,
    court: { instances: court?.instances ?? [], forms: court?.forms ?? [] },
    service: filing.service, form: filing.form,
    ...(target ? { targetInstance: target.instance } : {}),
  });
  return {
    warnings: warnings.map((w) => ({
      code: w.code, blocking: w.blocking, ground: w.ground, params: { ...w.params },
      text: { kk: courts.filingWarningText(w, 'kk'), ru: courts.filingWarningText(w, 'ru') },
    })),
    blocked: courts.hasBlockingWarning(warnings),
  };
}
