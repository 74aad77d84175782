import { randomUUID } from 'node:crypto';
import type { FileStoragePort } from '@oryndau/adapters';
import type { JournalActor, LicensingApplicationRecord, Sql } from '@oryndau/db';
import { ensureStoredFile, insertLicensingAttachment, listLicensingAttachments } from '@oryndau/db';
import { ATTACHMENT_MEDIA_TYPES } from '@oryndau/documents/attachments';
import { DomainError, ErrorCode, can, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { cleanFileName, requireAcceptableFile } from '../courts/attachment-checks';
import { bytesOf } from '../courts/download-file';
import type { Download } from '../courts/download-file';
import type { MultipartUpload } from '../courts/multipart';
import { APPLICATION_OBJECT, requireReadableApplication } from './licensing-store';
import type { LicensingDeps } from './licensing-store';

export type FileDeps = LicensingDeps & { files: FileStoragePort; maxBytes: number };

export const LICENSING_MAX_FILES = 20;

/** Who may add a document now: the applicant to their draft or returned application; the officer to a staff-channel draft. */
function mayAttach(subject: Subject, a: LicensingApplicationRecord): boolean {
  if (!licensing.LICENSING_EDITABLE.includes(a.status)) return false;
  if (a.channel === 'portal') return a.applicantUserId !== null && can(subject, 'licensing.apply', { applicantUserId: a.applicantUserId });
  return can(subject, 'licensing.application.enter', undefined);
}

async function requireAttachable(sql: Sql, subject: Subject, id: string, lock: boolean) {
  const application = await requireReadableApplication(sql, subject, id, { lock });
  if (!mayAttach(subject, application)) {
    throw new DomainError(licensing.LICENSING_EDITABLE.includes(application.status) ? ErrorCode.forbidden : ErrorCode.licensingApplicationState);
  }
  return application;
}

/**
 * LIC-2 (seed §6 process 3): the applicant attaches the documents the list
 * asks for; LIC-3 (§7 process 5): the employee marks a paper document as
 * presented and attaches its scan. PDF or JPEG, checked by content and size.
 */
export async function attachDocument(deps: FileDeps, subject: Subject, actor: JournalActor, id: string,
  input: { code: string; paper: boolean; upload: MultipartUpload }): Promise<void> {
  if (!licensing.isDocumentCode(input.code)) throw new DomainError(ErrorCode.validation, { fields: ['code'] });
  const before = await requireAttachable(deps.db, subject, id, false);
  if (input.paper && before.channel !== 'staff') throw new DomainError(ErrorCode.validation, { fields: ['paper'] });
  const { file, kind } = requireAcceptableFile(input.upload.file, deps.maxBytes);
  if (kind !== 'pdf' && kind !== 'jpeg') throw new DomainError(ErrorCode.enpApplicationFileType, { kind });
  const originalName = cleanFileName(file.fileName);
  const stored = await deps.files.put(file.bytes, { kind, originalName });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const application = await requireAttachable(tx, subject, id, true);
    if ((await listLicensingAttachments(tx, id)).length >= LICENSING_MAX_FILES) {
      throw new DomainError(ErrorCode.validation, { fields: ['file'], max: LICENSING_MAX_FILES });
    }
    const row = await ensureStoredFile(tx, { id: randomUUID(), sha256: stored.sha256, sizeBytes: stored.sizeBytes, kind, originalName,
      storageKey: stored.storageKey, uploadedBy: subject.id }, now);
    const position = await insertLicensingAttachment(tx, { applicationId: id, documentCode: input.code, fileId: row.id, paperPresented: input.paper, at: now,
      fileName: originalName });
    tx.journal({ at: now, actor, action: 'licensing.document_attached', objectType: APPLICATION_OBJECT, objectId: id,
      subjectIin: application.applicantIin, details: { position, code: input.code, paper: input.paper, sha256: stored.sha256, kind } });
  });
}

/** LIC-7: an attached document — to the applicant, the licensor's staff and administrators; every reading journalled. */
export async function downloadDocument(deps: LicensingDeps & { files: FileStoragePort }, subject: Subject, actor: JournalActor, id: string,
  position: number): Promise<Download> {
  const application = await requireReadableApplication(deps.db, subject, id);
  const file = (await listLicensingAttachments(deps.db, id)).find((f) => f.position === position);
  if (!file) throw new DomainError(ErrorCode.notFound);
  const bytes = await bytesOf(deps.files, file.storageKey);
  await deps.db.transaction(async (tx) => {
    tx.journal({ at: deps.clock.now(), actor, action: 'licensing.document_read', objectType: APPLICATION_OBJECT, objectId: id,
      subjectIin: application.applicantIin, details: { position } });
  });
  const kind = file.kind as keyof typeof ATTACHMENT_MEDIA_TYPES;
  return { bytes, mediaType: ATTACHMENT_MEDIA_TYPES[kind] ?? 'application/octet-stream', fileName: file.originalName };
}
