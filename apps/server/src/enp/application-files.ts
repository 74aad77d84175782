import { randomUUID } from 'node:crypto';
import type { FileStoragePort } from '@oryndau/adapters';
import type { Database, JournalActor } from '@oryndau/db';
import { addEnpApplicationFile, ensureStoredFile, findEnpApplication, listEnpApplicationFiles } from '@oryndau/db';
import { ATTACHMENT_MEDIA_TYPES } from '@oryndau/documents/attachments';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { cleanFileName, requireAcceptableFile } from '../courts/attachment-checks';
import { bytesOf } from '../courts/download-file';
import type { Download } from '../courts/download-file';
import type { MultipartUpload } from '../courts/multipart';
import { requireOwnApplication } from './create-application';

export type ApplicationFileDeps = { db: Database; clock: Clock; files: FileStoragePort; maxBytes: number };

/** At most this many documents per application: a power of attorney and a few supporting scans. */
export const ENP_APPLICATION_MAX_FILES = 5;

/**
 * ENP-7: a document attached to a draft application (a power of attorney,
 * …) — recognised by its bytes (FILE-1's checks), PDF or JPEG only, within
 * the size limit (413 naming it). Stored behind the file-storage port like
 * the courts' attachments; the signed manifest names it by SHA-256.
 */
export async function attachApplicationFile(deps: ApplicationFileDeps, subject: Subject, actor: JournalActor, id: string, upload: MultipartUpload)
  : Promise<void> {
  const before = await requireOwnApplication(deps.db, subject, id);
  if (before.status !== 'draft') throw new DomainError(ErrorCode.enpApplicationState);
  const { file, kind } = requireAcceptableFile(upload.file, deps.maxBytes);
  if (kind !== 'pdf' && kind !== 'jpeg') throw new DomainError(ErrorCode.enpApplicationFileType, { kind });
  const originalName = cleanFileName(file.fileName);
  const stored = await deps.files.put(file.bytes, { kind, originalName });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const application = await requireOwnApplication(tx, subject, id, { lock: true });
    if (application.status !== 'draft' || application.documentId !== null) throw new DomainError(ErrorCode.enpApplicationState);
    if ((await listEnpApplicationFiles(tx, id)).length >= ENP_APPLICATION_MAX_FILES) {
      throw new DomainError(ErrorCode.validation, { fields: ['file'], max: ENP_APPLICATION_MAX_FILES });
    }
    const row = await ensureStoredFile(tx, { id: randomUUID(), sha256: stored.sha256, sizeBytes: stored.sizeBytes, kind, originalName,
      storageKey: stored.storageKey, uploadedBy: subject.id }, now);
    const position = await addEnpApplicationFile(tx, id, row.id, originalName);
    tx.journal({ at: now, actor, action: 'enp.application_file_added', objectType: 'enp_application', objectId: id, subjectIin: subject.iin,
      details: { position, sha256: stored.sha256, sizeBytes: stored.sizeBytes, kind } });
  });
}

/** ENP-9: an attached document — to its applicant and the staff of the application's court; a staff reading is journalled. */
export async function downloadApplicationFile(deps: { db: Database; clock: Clock; files: FileStoragePort }, subject: Subject, actor: JournalActor,
  id: string, position: number): Promise<Download> {
  const application = await findEnpApplication(deps.db, id);
  const own = application !== null && can(subject, 'enp.application.apply', { applicantUserId: application.applicantUserId });
  if (!application || !(own || can(subject, 'enp.application.list', { courtId: application.courtId }))) throw new DomainError(ErrorCode.notFound);
  const file = (await listEnpApplicationFiles(deps.db, id)).find((f) => f.position === position);
  if (!file) throw new DomainError(ErrorCode.notFound);
  const bytes = await bytesOf(deps.files, file.storageKey);
  if (!own) {
    await deps.db.transaction(async (tx) => {
      tx.journal({ at: deps.clock.now(), actor, action: 'enp.application_file_read', objectType: 'enp_application', objectId: id,
        subjectIin: application.applicantIin, details: { position } });
    });
  }
  const kind = file.kind as keyof typeof ATTACHMENT_MEDIA_TYPES;
  return { bytes, mediaType: ATTACHMENT_MEDIA_TYPES[kind] ?? 'application/octet-stream', fileName: file.originalName };
}
