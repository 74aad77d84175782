import { randomUUID } from 'node:crypto';
import type { FileStoragePort } from '@oryndau/adapters';
import type { Database, FilingRecord, JournalActor } from '@oryndau/db';
import { addFilingAttachment, bumpFilingVersion, ensureStoredFile, findFiling, isUniqueViolation, listFilingAttachments } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { text } from '@oryndau/contracts';
import type { UserView } from '../identity/users';
import { toSubject } from '../identity/users';
import { cleanFileName, requireAcceptableFile } from './attachment-checks';
import { requireFiling } from './filing-store';
import type { MultipartUpload } from './multipart';

export type FileDeps = { db: Database; clock: Clock; files: FileStoragePort; maxBytes: number };

const titleSchema = text(300, { min: 1 });

/** Where the upload goes: a position of a draft's appendix, or a supplement after the appendix of a registered filing (FILE-8). */
function targetOf(filing: FilingRecord, fields: Record<string, string>): { supplement: false; position: number; title: string } | { supplement: true; title: string } {
  if (filing.status === 'draft') {
    const position = Number(fields.position);
    if (!Number.isSafeInteger(position) || position < 1 || position > filing.appendix.length) {
      throw new DomainError(ErrorCode.attachmentPositionInvalid, { fields: ['position'] });
    }
    return { supplement: false, position, title: filing.appendix[position - 1]! };
  }
  if (filing.status === 'registered' && fields.supplement === 'true') {
    const title = titleSchema.safeParse(fields.title ?? '');
    if (!title.success) throw new DomainError(ErrorCode.validation, { fields: ['title'] });
    return { supplement: true, title: title.data };
  }
  throw new DomainError(ErrorCode.filingTransitionForbidden, { from: filing.status, action: 'addDocuments' });
}

/**
 * Issue 14 item 4 (FILE-1, FILE-5): one file at one appendix position of a
 * draft — recognised by content (a problem is a 422 naming it), stored
 * through the file-storage port by its SHA-256, recorded as a stored file
 * and the filing's attachment; the filing's version moves (a manifest signed
 * before no longer matches). On a registered filing with `supplement=true`
 * the file is appended after the appendix (FILE-8), not yet sent.
 */
export async function uploadAttachment(deps: FileDeps, user: UserView, actor: JournalActor, filingId: string, upload: MultipartUpload)
  : Promise<FilingRecord> {
  const subject = toSubject(user);
  const now = deps.clock.now();
  const before = await requireFiling(deps.db, subject, filingId, { edit: true });
  targetOf(before, upload.fields);
  const { file, kind } = requireAcceptableFile(upload.file, deps.maxBytes);
  const originalName = cleanFileName(file.fileName);
  const stored = await deps.files.put(file.bytes, { kind, originalName });
  return deps.db.transaction(async (tx) => {
    const filing = await requireFiling(tx, subject, filingId, { edit: true, lock: true });
    const target = targetOf(filing, upload.fields);
    const attached = await listFilingAttachments(tx, filingId);
    const position = target.supplement ? Math.max(filing.appendix.length, ...attached.map((a) => a.position)) + 1 : target.position;
    if (attached.some((a) => a.position === position)) throw new DomainError(ErrorCode.attachmentPositionTaken, { position });
    const row = await ensureStoredFile(tx, {
      id: randomUUID(), sha256: stored.sha256, sizeBytes: stored.sizeBytes, kind, originalName, storageKey: stored.storageKey, uploadedBy: user.id,
    }, now);
    try {
      await addFilingAttachment(tx, { filingId, position, title: target.title, fileId: row.id });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError(ErrorCode.attachmentPositionTaken, { position });
      throw error;
    }
    if (!(await bumpFilingVersion(tx, filingId, filing.version, filing.status, now))) throw new DomainError(ErrorCode.conflict);
    tx.journal({ at: now, actor, action: target.supplement ? 'courts.filing_supplement_added' : 'courts.filing_attachment_added',
      objectType: 'filing', objectId: filingId, subjectIin: user.iin,
      details: { position, title: target.title, fileId: row.id, sha256: stored.sha256, sizeBytes: stored.sizeBytes, kind } });
    const saved = await findFiling(tx, filingId);
    if (!saved) throw new Error(`filing ${filingId} vanished`);
    return saved;
  });
}
