/**
 * Payments for a simplified proceeding (SIMP-3, SIMP-4): the `pay` cells of
 * the transition table. Two promises of the issue are kept here, in the
 * state itself rather than by caller discipline:
 * - never charged twice: the gateway's payment id is the idempotency key;
 *   a replayed callback with the same id and amount changes nothing (the
 *   decision says `replay: true`, no events, same version), the same id
 *   with another amount is refused as a conflict;
 * - never lost: every other payment is recorded, whatever the status —
 *   after cancellation or on the ordinary path it is credited to the
 *   ordinary proceeding, after termination it is a refund.
 *
 * Whether a payment is in time is judged by when the debtor paid (`paidAt`
 * from the gateway), capped at `now` because a payment cannot be processed
 * before it happened (a gateway clock running ahead must not buy time).
 */
import { sumMoney, type Tiyn } from '@oryndau/kz';
import type { SimplifiedEvent } from './events';
import { cancel, changed, failWith, transition, type PaymentRecord, type SimplifiedCase, type SimplifiedDecision } from './simplified-case';
import { ErrorCode } from '../errors';

export type PaymentCommand = {
  readonly action: 'pay';
  /** The payment gateway's id of this payment (idempotency key). */
  readonly paymentId: string;
  readonly amountTiyn: Tiyn;
  readonly paidAt: Date;
};

function record(command: PaymentCommand, paidAt: Date, now: Date, destination: PaymentRecord['destination'], refundTiyn = 0): PaymentRecord {
  return { id: command.paymentId, amountTiyn: command.amountTiyn, paidAt, recordedAt: now, destination, refundTiyn };
}

function creditToOrdinary(c: SimplifiedCase, command: PaymentCommand, paidAt: Date, now: Date): { state: SimplifiedCase; events: SimplifiedEvent[] } {
  const state = changed(c, now, { payments: [...c.payments, record(command, paidAt, now, 'ordinary')] });
  const paidWithinTerm = c.deadline !== null && paidAt.getTime() < c.deadline.expiresAt.getTime();
  return {
    state,
    events: [{
      type: 'simplified.payment_credited_to_ordinary', caseId: c.id, erapFineId: c.erapFineId, paymentId: command.paymentId,
      amountTiyn: command.amountTiyn, paidAt, paidWithinTerm,
    }],
  };
}

/** An in-time payment in `initiated`: counts towards the fine; terminates once covered. */
function payInTime(c: SimplifiedCase, command: PaymentCommand, paidAt: Date, now: Date): SimplifiedDecision {
  const before = sumMoney(c.payments.filter((p) => p.destination === 'simplified').map((p) => p.amountTiyn));
  const total = before + command.amountTiyn;
  const excess = Math.max(0, total - c.amountTiyn);
  const payments = [...c.payments, record(command, paidAt, now, 'simplified', excess)];
  const applied: SimplifiedEvent = {
    type: 'simplified.payment_applied', caseId: c.id, paymentId: command.paymentId, amountTiyn: command.amountTiyn,
    paidTotalTiyn: total, dueTiyn: c.amountTiyn,
  };
  if (total < c.amountTiyn) return { ok: true, state: changed(c, now, { payments }), events: [applied], replay: false };

  // SIMP-4 (seed §3.1): termination resolution, status "Прекращено", ЕРАП told.
  const { state, event } = transition(c, 'pay', 'terminated', now, { payments, closedAt: now, outcome: 'paid' });
  const events: SimplifiedEvent[] = [
    event,
    applied,
    { type: 'simplified.deadline_cleared', caseId: c.id },
    { type: 'simplified.erap_status', caseId: c.id, erapFineId: c.erapFineId, status: 'terminated', at: now },
  ];
  if (excess > 0) events.push({ type: 'simplified.refund_due', caseId: c.id, paymentId: command.paymentId, amountTiyn: excess, cause: 'overpaid' });
  return { ok: true, state, events, replay: false };
}

/** The `pay` command; the caller has already checked the table allows `pay` in this status. */
export function applyPayment(c: SimplifiedCase, command: PaymentCommand, now: Date): SimplifiedDecision {
  const { paymentId, amountTiyn } = command;
  if (!Number.isSafeInteger(amountTiyn) || amountTiyn <= 0) {
    return failWith(ErrorCode.paymentInvalid, { paymentId, amountTiyn });
  }
  if (!(command.paidAt instanceof Date) || !Number.isFinite(command.paidAt.getTime()) || paymentId.trim() === '') {
    return failWith(ErrorCode.paymentInvalid, { paymentId });
  }
  const known = c.payments.find((p) => p.id === paymentId);
  if (known !== undefined) {
    if (known.amountTiyn !== amountTiyn) {
      return failWith(ErrorCode.paymentConflict, { paymentId, recorded: known.amountTiyn, received: amountTiyn });
    }
    return { ok: true, state: c, events: [], replay: true };
  }
  const paidAt = new Date(Math.min(command.paidAt.getTime(), now.getTime()));

  switch (c.status) {
    case 'initiated': {
      const expiresAt = c.deadline?.expiresAt;
      if (expiresAt !== undefined && paidAt.getTime() >= expiresAt.getTime()) {
        // Paid after the term while the expiry timer had not run yet: apply
        // the overdue expiry first (paidAt ≤ now, so now is past the term
        // too), then this is a late payment like any other.
        const expired = cancel(c, 'expire', now);
        const credited = creditToOrdinary(expired.state, command, paidAt, now);
        return { ok: true, state: credited.state, events: [...expired.events, ...credited.events], replay: false };
      }
      return payInTime(c, command, paidAt, now);
    }
    case 'terminated': {
      const state = changed(c, now, { payments: [...c.payments, record(command, paidAt, now, 'refund', amountTiyn)] });
      return { ok: true, state, events: [{ type: 'simplified.refund_due', caseId: c.id, paymentId, amountTiyn, cause: 'already_paid' }], replay: false };
    }
    case 'cancelled':
    case 'ordinary':
      return { ok: true, ...creditToOrdinary(c, command, paidAt, now), replay: false };
    case 'received':
      // No link exists before initiation, so no payment can come through it.
      return failWith(ErrorCode.simplifiedTransitionForbidden, { from: c.status, action: 'pay' });
  }
}
