import { isFileStorageError } from '@oryndau/adapters';
import type { FileStoragePort } from '@oryndau/adapters';
import type { Database, JournalActor } from '@oryndau/db';
import { findDutyPayment, findStoredFile, listFilingAttachments } from '@oryndau/db';
import { ATTACHMENT_MEDIA_TYPES } from '@oryndau/documents/attachments';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { requireFiling } from './filing-store';

export type Download = { bytes: Uint8Array; mediaType: string; fileName: string };

/** A stored file's bytes for a download — shared by every workspace that hands out attachments. */
export async function bytesOf(files: FileStoragePort, storageKey: string): Promise<Uint8Array> {
  try {
    return await files.get(storageKey);
  } catch (error) {
    // Missing bytes are "not found"; bytes that no longer hash to their key are never handed out (500, logged).
    if (isFileStorageError(error) && error.code !== 'corrupt') throw new DomainError(ErrorCode.notFound);
    throw error;
  }
}

/**
 * An attached file (appendix or supplement) as it was stored — to its
 * applicant and the staff of its court only (`courts.filing.read`; anyone
 * else gets 404). A reading by court staff is journalled.
 */
export async function downloadAttachment(deps: { db: Database; clock: Clock; files: FileStoragePort }, subject: Subject, actor: JournalActor,
  filingId: string, position: number): Promise<Download> {
  const filing = await requireFiling(deps.db, subject, filingId);
  const attachment = (await listFilingAttachments(deps.db, filingId)).find((a) => a.position === position);
  if (!attachment) throw new DomainError(ErrorCode.notFound);
  const bytes = await bytesOf(deps.files, attachment.file.storageKey);
  if (subject.id !== filing.applicantUserId) {
    const now = deps.clock.now();
    await deps.db.transaction(async (tx) => {
      tx.journal({ at: now, actor, action: 'courts.filing_attachment_read', objectType: 'filing', objectId: filingId,
        subjectIin: filing.applicantKind === 'individual' ? filing.applicantIinBin : null, details: { position } });
    });
  }
  return { bytes, mediaType: ATTACHMENT_MEDIA_TYPES[attachment.file.kind], fileName: attachment.file.originalName };
}

/** The receipt of a duty payment (the gateway's PDF or the uploaded scan), to the same readers. */
export async function downloadDutyReceipt(deps: { db: Database; files: FileStoragePort }, subject: Subject, filingId: string, dutyPaymentId: string)
  : Promise<Download> {
  await requireFiling(deps.db, subject, filingId);
  const payment = await findDutyPayment(deps.db, dutyPaymentId);
  if (!payment || payment.filingId !== filingId || !payment.receiptFileId) throw new DomainError(ErrorCode.notFound);
  const file = await findStoredFile(deps.db, payment.receiptFileId);
  if (!file) throw new DomainError(ErrorCode.notFound);
  return { bytes: await bytesOf(deps.files, file.storageKey), mediaType: ATTACHMENT_MEDIA_TYPES[file.kind], fileName: file.originalName };
}
