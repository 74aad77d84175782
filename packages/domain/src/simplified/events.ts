/**
 * What `decide` asks the caller to do, as data. The caller writes them in
 * the same transaction as the new state: outbox messages (ЕРАП, SMS), the
 * deadline row, the journal, the hand-over to automatic distribution.
 * Nothing here is sent; the outbox worker delivers after commit.
 */
import type { IsoDate, Tiyn } from '@oryndau/kz';
import type { IneligibilityCode } from './eligibility-reasons';

export const SIMPLIFIED_STATUSES = [
  'received', // получено из ЕРАП, решение не принято
  'initiated', // возбуждено, SMS отправлено, идёт 5-дневный срок
  'terminated', // прекращено: оплачено в срок (SIMP-4)
  'cancelled', // отменено: срок истёк или должник не согласен (SIMP-5, SIMP-6)
  'ordinary', // не подходит или нет телефона: общий порядок (SIMP-1, SIMP-2)
] as const;
export type SimplifiedStatus = (typeof SIMPLIFIED_STATUSES)[number];

export const SIMPLIFIED_ACTIONS = [
  'initiate', // возбудить упрощенное производство (SIMP-2)
  'routeToOrdinary', // направить в общем порядке (не подходит / нет телефона)
  'pay', // платёж из платёжного шлюза (SIMP-3, SIMP-4)
  'disagree', // должник нажал «Не согласен» (SIMP-6)
  'expire', // истекли 5 календарных дней (SIMP-5)
] as const;
export type SimplifiedAction = (typeof SIMPLIFIED_ACTIONS)[number];

/** Why a case left the simplified path, or how it ended. */
export type SimplifiedOutcome = 'paid' | 'expired' | 'disagreed' | 'ineligible' | 'no_phone';

/** Why the executive document goes to automatic distribution (ENF-12). */
export type DistributionCause = Exclude<SimplifiedOutcome, 'paid'>;

/** The statuses this workflow reports to ЕРАП (a subset of the adapter's ErapFineStatus). */
export type ErapStatus = 'initiated' | 'terminated' | 'cancelled';

/** Resolutions the system makes and signs with its organisation key (packages/documents templates). */
export type SimplifiedResolution = 'simp.initiation' | 'simp.termination' | 'simp.cancellation';

export type CaseTransitioned = {
  readonly type: 'simplified.transitioned';
  readonly caseId: string;
  readonly action: SimplifiedAction;
  readonly from: SimplifiedStatus;
  readonly to: SimplifiedStatus;
  readonly at: Date;
  readonly outcome: SimplifiedOutcome | null;
  /** The resolution to render, sign and store in the same transaction; null when none. */
  readonly resolution: SimplifiedResolution | null;
};

export type ErapStatusRequested = {
  readonly type: 'simplified.erap_status';
  readonly caseId: string;
  readonly erapFineId: string;
  readonly status: ErapStatus;
  readonly at: Date;
};

export type SmsRequested = {
  readonly type: 'simplified.sms_requested';
  readonly caseId: string;
  readonly phone: string;
  readonly amountTiyn: Tiyn;
  /** Printed in the SMS (sms-text.ts): the last day to pay, inclusive. */
  readonly lastDay: IsoDate;
};

export type DeadlineScheduled = {
  readonly type: 'simplified.deadline_scheduled';
  readonly caseId: string;
  /** The expiry timer's due_at: the first instant after the term. */
  readonly dueAt: Date;
};

/** The pending expiry timer is no longer needed (paid or cancelled otherwise). */
export type DeadlineCleared = { readonly type: 'simplified.deadline_cleared'; readonly caseId: string };

export type SentToDistribution = {
  readonly type: 'simplified.sent_to_distribution';
  readonly caseId: string;
  readonly erapFineId: string;
  readonly cause: DistributionCause;
  /** For `ineligible`: the SIMP-1 reason codes. */
  readonly reasons: readonly IneligibilityCode[];
  readonly at: Date;
};

/** A payment counted towards the fine in the simplified proceeding. */
export type PaymentApplied = {
  readonly type: 'simplified.payment_applied';
  readonly caseId: string;
  readonly paymentId: string;
  readonly amountTiyn: Tiyn;
  /** All applied payments so far, this one included. */
  readonly paidTotalTiyn: Tiyn;
  readonly dueTiyn: Tiyn;
};

/**
 * A payment that arrived when the case was no longer simplified (cancelled
 * or ordinary): kept and credited to the ordinary proceeding's debt, so it
 * is neither lost nor asked for again.
 */
export type PaymentCreditedToOrdinary = {
  readonly type: 'simplified.payment_credited_to_ordinary';
  readonly caseId: string;
  readonly erapFineId: string;
  readonly paymentId: string;
  readonly amountTiyn: Tiyn;
  readonly paidAt: Date;
  /** Paid before the term ended but processed after the cancellation: worth a human look. */
  readonly paidWithinTerm: boolean;
};

/** Money to give back: more than due, or a second payment of a fine already paid. */
export type RefundDue = {
  readonly type: 'simplified.refund_due';
  readonly caseId: string;
  readonly paymentId: string;
  readonly amountTiyn: Tiyn;
  readonly cause: 'overpaid' | 'already_paid';
};

export type SimplifiedEvent =
  | CaseTransitioned
  | ErapStatusRequested
  | SmsRequested
  | DeadlineScheduled
  | DeadlineCleared
  | SentToDistribution
  | PaymentApplied
  | PaymentCreditedToOrdinary
  | RefundDue;
