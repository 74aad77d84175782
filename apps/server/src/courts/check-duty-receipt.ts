import { randomUUID } from 'node:crypto';
import { AdapterError } from '@oryndau/adapters';
import { dutyReceiptFields } from '@oryndau/contracts';
import type { DutyPaymentRecord, JournalActor } from '@oryndau/db';
import { findDutyPayment, findDutyPaymentByReceiptCode, insertDutyPayment, isUniqueViolation, markDutyPaymentPaid } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { UserView } from '../identity/users';
import { toSubject } from '../identity/users';
import { cleanFileName, requireAcceptableFile } from './attachment-checks';
import type { DutyDeps } from './duty-store';
import { recordDutyPaid, requirePayable, storeReceipt } from './duty-store';
import { requireFiling } from './filing-store';
import type { MultipartUpload } from './multipart';

/**
 * FILE-4 «төлем чегін тексеру»: the applicant paid elsewhere (a bank) and
 * uploads the receipt's scan with its unique code. The code is checked
 * through the gateway: unknown → 422; not paid yet → 409; paid by someone
 * who is neither the applicant, the person acting nor the principal → 422;
 * already used for another filing → 409 (the same filing again: answered as
 * it is). The receipt's amount is recorded as it is — it may cover only part
 * of the duty (what remains is shown), or more. The scan is stored as the
 * payment's receipt (not an appendix document).
 */
export async function checkDutyReceipt(deps: DutyDeps, user: UserView, actor: JournalActor, filingId: string, upload: MultipartUpload)
  : Promise<DutyPaymentRecord> {
  const subject = toSubject(user);
  const filing = await requireFiling(deps.db, subject, filingId, { edit: true });
  requirePayable(filing);
  const parsed = dutyReceiptFields.safeParse({ receiptCode: (upload.fields.receiptCode ?? '').trim() });
  if (!parsed.success) throw new DomainError(ErrorCode.validation, { fields: ['receiptCode'] });
  const { receiptCode } = parsed.data;
  const { file, kind } = requireAcceptableFile(upload.file, deps.maxBytes);

  const used = await findDutyPaymentByReceiptCode(deps.db, receiptCode);
  if (used && used.filingId === filingId) return used;
  if (used) throw new DomainError(ErrorCode.receiptAlreadyUsed);

  let gateway;
  try {
    gateway = await deps.payments().findByReceiptCode(receiptCode);
  } catch (error) {
    if (error instanceof AdapterError && error.code === 'not_found') throw new DomainError(ErrorCode.receiptNotFound, { fields: ['receiptCode'] });
    if (error instanceof AdapterError) throw new DomainError(ErrorCode.externalUnavailable, { system: 'payments' });
    throw error;
  }
  if (gateway.status !== 'paid') throw new DomainError(ErrorCode.receiptNotPaid);
  const payers = new Set([user.iin, filing.applicantIinBin, ...(filing.principalIinBin ? [filing.principalIinBin] : [])]);
  if (!payers.has(gateway.payerIin)) throw new DomainError(ErrorCode.receiptPayerMismatch);

  const now = deps.clock.now();
  const id = randomUUID();
  try {
    await deps.db.transaction(async (tx) => {
      const locked = await requireFiling(tx, subject, filingId, { edit: true, lock: true });
      requirePayable(locked);
      const receiptFileId = await storeReceipt(tx, deps.files, file.bytes, { kind, originalName: cleanFileName(file.fileName), uploadedBy: user.id }, now);
      await insertDutyPayment(tx, { id, filingId, method: 'receipt', paymentId: gateway.paymentId, receiptCode, amountTiyn: gateway.amountTiyn,
        receiptFileId }, now);
      const paidAt = gateway.paidAt ? new Date(gateway.paidAt) : now;
      await markDutyPaymentPaid(tx, id, { paidAt, receiptFileId });
      const payment = await findDutyPayment(tx, id);
      if (!payment) throw new Error(`duty payment ${id} vanished`);
      tx.journal({ at: now, actor, action: 'courts.duty_receipt_checked', objectType: 'filing', objectId: filingId, subjectIin: user.iin,
        details: { dutyPaymentId: id, receiptCode, payerIin: gateway.payerIin, amountTiyn: gateway.amountTiyn, dutyTiyn: locked.dutyTiyn } });
      await recordDutyPaid(tx, locked, payment, actor, now);
    });
  } catch (error) {
    // A concurrent check of the same code (or its gateway payment) won: a code pays once.
    if (isUniqueViolation(error)) throw new DomainError(ErrorCode.receiptAlreadyUsed);
    throw error;
  }
  const saved = await findDutyPayment(deps.db, id);
  if (!saved) throw new Error(`duty payment ${id} vanished`);
  return saved;
}
