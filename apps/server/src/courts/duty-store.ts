import { randomUUID } from 'node:crypto';
import type { FileStoragePort, PaymentsPort } from '@oryndau/adapters';
import type { Database, DutyPaymentRecord, FilingRecord, JournalActor, Tx } from '@oryndau/db';
import { addCaseEvent, bumpFilingVersion, ensureStoredFile, findCourt } from '@oryndau/db';
import type { AttachmentKind } from '@oryndau/documents/attachments';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';

// What the duty use-cases share (FILE-4, FILE-8): their dependencies, which
// filings may pay, storing a receipt's bytes, and what a payment on a
// REGISTERED filing adds (its case's course gets «Мемлекеттік баж төленді»).

export type DutyDeps = { db: Database; clock: Clock; files: FileStoragePort; payments: () => PaymentsPort; publicOrigin: string; maxBytes: number };

/** Duty is paid on a draft (before sending) or later on a registered filing (additional duty, FILE-8). */
export function requirePayable(filing: FilingRecord): void {
  if (filing.status !== 'draft' && filing.status !== 'registered') {
    throw new DomainError(ErrorCode.filingTransitionForbidden, { from: filing.status, action: 'payDuty' });
  }
}

/** Stores a receipt's bytes (the gateway's PDF, or the applicant's scan) and its stored_files row; returns the row's id. */
export async function storeReceipt(tx: Tx, files: FileStoragePort, bytes: Uint8Array, meta: { kind: AttachmentKind; originalName: string; uploadedBy: string | null }, now: Date)
  : Promise<string> {
  const stored = await files.put(bytes, { kind: meta.kind, originalName: meta.originalName });
  const row = await ensureStoredFile(tx, { id: randomUUID(), sha256: stored.sha256, sizeBytes: stored.sizeBytes, kind: meta.kind,
    originalName: meta.originalName, storageKey: stored.storageKey, uploadedBy: meta.uploadedBy }, now);
  return row.id;
}

/**
 * After a payment is marked paid: journalled; on a registered filing the
 * `payDuty` transition moves its version and its case gets a `duty_paid`
 * event dated in the court's zone.
 */
export async function recordDutyPaid(tx: Tx, filing: FilingRecord, payment: DutyPaymentRecord, actor: JournalActor, now: Date): Promise<void> {
  if (filing.status === 'registered') {
    if (!(await bumpFilingVersion(tx, filing.id, filing.version, 'registered', now))) throw new DomainError(ErrorCode.conflict);
    if (filing.registeredCaseId) {
      const court = await findCourt(tx, filing.courtId);
      await addCaseEvent(tx, {
        id: randomUUID(), caseId: filing.registeredCaseId, kind: 'duty_paid', occurredAt: now,
        localDate: localDateOf(now, court?.timeZone ?? 'Asia/Almaty'),
        details: { filingId: filing.id, dutyPaymentId: payment.id, amountTiyn: payment.amountTiyn, method: payment.method },
        actorUserId: actor.userId,
      });
    }
  }
  tx.journal({ at: now, actor, action: 'courts.duty_paid', objectType: 'filing', objectId: filing.id,
    details: { dutyPaymentId: payment.id, method: payment.method, amountTiyn: payment.amountTiyn, receiptCode: payment.receiptCode,
      additional: filing.status === 'registered', caseId: filing.registeredCaseId } });
}
