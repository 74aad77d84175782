/**
 * The simplified-proceeding aggregate and the state changes shared by the
 * lifecycle and the payment rules (kept apart from lifecycle.ts so neither
 * file imports the other).
 */
import type { Tiyn } from '@oryndau/kz';
import type { IneligibilityCode } from './eligibility-reasons';
import type { DistributionCause, SimplifiedAction, SimplifiedEvent, SimplifiedOutcome, SimplifiedResolution, SimplifiedStatus } from './events';
import type { PaymentDeadline } from './payment-deadline';
import { DomainError, type ErrorCode } from '../errors';

/**
 * Where a payment's money went: towards the fine in this proceeding, to the
 * ordinary proceeding's debt, or back to the payer.
 */
export type PaymentDestination = 'simplified' | 'ordinary' | 'refund';

export type PaymentRecord = {
  /** The payment gateway's id: the idempotency key of its callbacks. */
  readonly id: string;
  readonly amountTiyn: Tiyn;
  /** When the gateway says the debtor paid. */
  readonly paidAt: Date;
  /** When this system recorded it (`now` of the decision). */
  readonly recordedAt: Date;
  readonly destination: PaymentDestination;
  /** Part of the amount to give back (overpayment); the rest went to `destination`. */
  readonly refundTiyn: Tiyn;
};

export type SimplifiedCase = {
  readonly id: string;
  readonly erapFineId: string;
  readonly status: SimplifiedStatus;
  /** Optimistic-lock version; +1 on every change, unchanged on a replay. */
  readonly version: number;
  readonly receivedAt: Date;
  readonly changedAt: Date;
  readonly amountTiyn: Tiyn;
  /** Debtor's KATO code: picks the time zone the 5 days are counted in. */
  readonly territoryKato: string;
  readonly initiatedAt: Date | null;
  readonly deadline: PaymentDeadline | null;
  readonly closedAt: Date | null;
  readonly outcome: SimplifiedOutcome | null;
  /** SIMP-1 reason codes when the fine was ineligible. */
  readonly ineligibleReasons: readonly IneligibilityCode[];
  /** Every payment ever received for this fine; ids are unique, so replays are recognised here. */
  readonly payments: readonly PaymentRecord[];
};

export type SimplifiedDecision =
  | { readonly ok: true; readonly state: SimplifiedCase; readonly events: readonly SimplifiedEvent[]; readonly replay: boolean }
  | { readonly ok: false; readonly error: DomainError };

export type NewCase = {
  readonly id: string;
  readonly erapFineId: string;
  readonly amountTiyn: Tiyn;
  readonly territoryKato: string;
  readonly receivedAt: Date;
};

/** A fine just taken in from ЕРАП, before eligibility and the phone lookup. */
export function receivedCase(input: NewCase): SimplifiedCase {
  return {
    id: input.id, erapFineId: input.erapFineId, amountTiyn: input.amountTiyn, territoryKato: input.territoryKato,
    receivedAt: input.receivedAt, status: 'received', version: 1, changedAt: input.receivedAt, initiatedAt: null,
    deadline: null, closedAt: null, outcome: null, ineligibleReasons: [], payments: [],
  };
}

/** The resolution each status-changing action makes (seed 001 §2, §3.1 1), §3.2 1), §3.3 2)). */
export const RESOLUTION_BY_ACTION: Readonly<Record<SimplifiedAction, SimplifiedResolution | null>> = {
  initiate: 'simp.initiation',
  routeToOrdinary: null,
  pay: 'simp.termination',
  disagree: 'simp.cancellation',
  expire: 'simp.cancellation',
};

export const failWith = (code: ErrorCode, details: Record<string, unknown> = {}): SimplifiedDecision => ({
  ok: false, error: new DomainError(code, details),
});

/** Any change to the case: one version up. */
export function changed(c: SimplifiedCase, now: Date, patch: Partial<SimplifiedCase>): SimplifiedCase {
  return { ...c, ...patch, version: c.version + 1, changedAt: now };
}

/** A status change: the new state and its `transitioned` event (the journal entry). */
export function transition(
  c: SimplifiedCase, action: SimplifiedAction, to: SimplifiedStatus, now: Date, patch: Partial<SimplifiedCase>,
): { state: SimplifiedCase; event: SimplifiedEvent } {
  const state = changed(c, now, { ...patch, status: to });
  const event: SimplifiedEvent = {
    type: 'simplified.transitioned', caseId: c.id, action, from: c.status, to, at: now,
    outcome: patch.outcome ?? null, resolution: RESOLUTION_BY_ACTION[action],
  };
  return { state, event };
}

/**
 * SIMP-5/SIMP-6: cancel the initiation; the document goes to automatic
 * distribution. Money already paid towards the fine (a partial payment)
 * moves to the ordinary proceeding with it, so it is not lost.
 */
export function cancel(c: SimplifiedCase, action: 'expire' | 'disagree', now: Date): { state: SimplifiedCase; events: SimplifiedEvent[] } {
  const cause: DistributionCause = action === 'expire' ? 'expired' : 'disagreed';
  const moved = c.payments.filter((p) => p.destination === 'simplified');
  const payments = c.payments.map((p): PaymentRecord => (p.destination === 'simplified' ? { ...p, destination: 'ordinary' } : p));
  const { state, event } = transition(c, action, 'cancelled', now, { closedAt: now, outcome: cause, payments });
  const events: SimplifiedEvent[] = [
    event,
    { type: 'simplified.deadline_cleared', caseId: c.id },
    { type: 'simplified.erap_status', caseId: c.id, erapFineId: c.erapFineId, status: 'cancelled', at: now },
    { type: 'simplified.sent_to_distribution', caseId: c.id, erapFineId: c.erapFineId, cause, reasons: [], at: now },
  ];
  for (const p of moved) {
    events.push({
      type: 'simplified.payment_credited_to_ordinary', caseId: c.id, erapFineId: c.erapFineId, paymentId: p.id,
      amountTiyn: p.amountTiyn - p.refundTiyn, paidAt: p.paidAt, paidWithinTerm: true,
    });
  }
  return { state, events };
}
