import { AdapterError } from '@oryndau/adapters';
import type { DutyPaymentRecord, JournalActor } from '@oryndau/db';
import { findDutyPayment, markDutyPaymentFailed, markDutyPaymentPaid } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { UserView } from '../identity/users';
import { toSubject } from '../identity/users';
import type { DutyDeps } from './duty-store';
import { recordDutyPaid, storeReceipt } from './duty-store';
import { requireFiling } from './filing-store';

/**
 * FILE-4: the payer is back from the gateway. The gateway is asked (never
 * the browser believed); once paid, its PDF receipt is stored and attached
 * to the filing's duty payment automatically (`receipt_file_id` — not an
 * appendix document) and the payment counts. Idempotent: a payment already
 * settled is answered as it is; a failed one is recorded as failed; a pending
 * one stays pending.
 */
export async function confirmDutyPayment(deps: DutyDeps, user: UserView, actor: JournalActor, filingId: string, dutyPaymentId: string)
  : Promise<DutyPaymentRecord> {
  const subject = toSubject(user);
  const filing = await requireFiling(deps.db, subject, filingId, { edit: true });
  const payment = await findDutyPayment(deps.db, dutyPaymentId);
  if (!payment || payment.filingId !== filing.id || payment.method !== 'online' || !payment.paymentId) throw new DomainError(ErrorCode.notFound);
  if (payment.status !== 'pending') return payment;
  const gatewayId = payment.paymentId;
  let receipt: Uint8Array | null = null;
  let status: 'pending' | 'paid' | 'failed';
  let paidAt: Date | null = null;
  try {
    const answer = await deps.payments().getPayment(gatewayId);
    status = answer.status;
    if (answer.status === 'paid') {
      paidAt = answer.paidAt ? new Date(answer.paidAt) : deps.clock.now();
      receipt = await deps.payments().getReceiptPdf(gatewayId);
    }
  } catch (error) {
    if (error instanceof AdapterError) throw new DomainError(ErrorCode.externalUnavailable, { system: 'payments' });
    throw error;
  }
  if (status === 'pending') return payment;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const locked = await requireFiling(tx, subject, filingId, { edit: true, lock: true });
    const current = await findDutyPayment(tx, dutyPaymentId, { lock: true });
    if (!current || current.status !== 'pending') return;
    if (status === 'failed') {
      await markDutyPaymentFailed(tx, dutyPaymentId);
      tx.journal({ at: now, actor, action: 'courts.duty_payment_failed', objectType: 'filing', objectId: filingId, subjectIin: user.iin,
        details: { dutyPaymentId, paymentId: gatewayId } });
      return;
    }
    const receiptFileId = receipt ? await storeReceipt(tx, deps.files, receipt, { kind: 'pdf', originalName: `receipt-${gatewayId}.pdf`, uploadedBy: null }, now) : null;
    if (!(await markDutyPaymentPaid(tx, dutyPaymentId, { paidAt: paidAt ?? now, receiptFileId }))) return;
    await recordDutyPaid(tx, locked, { ...current, status: 'paid', paidAt, receiptFileId }, actor, now);
  });
  const settled = await findDutyPayment(deps.db, dutyPaymentId);
  if (!settled) throw new DomainError(ErrorCode.notFound);
  return settled;
}
