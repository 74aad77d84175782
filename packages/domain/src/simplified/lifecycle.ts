/**
 * Lifecycle of a simplified proceeding (упрощенное производство), seed 001
 * §2–§3, as ONE transition table (ARCHITECTURE.md). Two cells carry a guard,
 * written beside the table: `expire` only once the term is over, and `pay`
 * reaches `terminated` only once the payments cover the fine.
 *
 * `decide` is pure: time comes in as `now`. The caller persists `state`
 * with `WHERE version = previous` (a lost race is a 409) and writes
 * `events` in the same transaction, including the resolution named in the
 * `simplified.transitioned` event, signed with the organisation key.
 *
 * There are no separate "paid" or "disagreed" statuses: the system signs
 * its own resolutions synchronously, so payment and termination, or
 * disagreement and cancellation, are one transaction; an intermediate
 * status would only be a state nobody can act on.
 */
import type { LocalizedText } from '@oryndau/kz';
import type { IneligibilityCode } from './eligibility-reasons';
import { SIMPLIFIED_ACTIONS, type SimplifiedAction, type SimplifiedEvent, type SimplifiedStatus } from './events';
import { paymentDeadlineForTerritory } from './payment-deadline';
import { applyPayment, type PaymentCommand } from './payments';
import { cancel, failWith, transition, type SimplifiedCase, type SimplifiedDecision } from './simplified-case';
import { ErrorCode } from '../errors';

/**
 * The table. `pay` is accepted in every status after the decision so that
 * money is never refused: after termination it is a refund, after
 * cancellation or on the ordinary path a credit to the ordinary proceeding.
 * Guards: initiated --expire--> needs now ≥ deadline; initiated --pay-->
 * terminated needs the payments to cover the amount (a partial payment is
 * recorded and the case stays initiated), and a payment made after the
 * term first applies the overdue expiry (then it is a late payment).
 */
export const SIMPLIFIED_TRANSITIONS = {
  received: { initiate: 'initiated', routeToOrdinary: 'ordinary' },
  initiated: { pay: 'terminated', disagree: 'cancelled', expire: 'cancelled' },
  terminated: { pay: 'terminated' },
  cancelled: { pay: 'cancelled' },
  ordinary: { pay: 'ordinary' },
} as const satisfies Record<SimplifiedStatus, Partial<Record<SimplifiedAction, SimplifiedStatus>>>;

/** Seed 001 §3: the statuses people read ("Прекращено", "Отменено"). */
export const SIMPLIFIED_STATUS_TEXTS: Readonly<Record<SimplifiedStatus, LocalizedText>> = {
  received: { kk: 'Қабылданды', ru: 'Получено' },
  initiated: { kk: 'Қозғалды', ru: 'Возбуждено' },
  terminated: { kk: 'Тоқтатылды', ru: 'Прекращено' },
  cancelled: { kk: 'Күші жойылды', ru: 'Отменено' },
  ordinary: { kk: 'Жалпы тәртіппен жіберілді', ru: 'Направлено в общем порядке' },
};

export type SimplifiedCommand =
  | { readonly action: 'initiate'; readonly phone: string }
  | { readonly action: 'routeToOrdinary'; readonly cause: 'ineligible' | 'no_phone'; readonly reasons?: readonly IneligibilityCode[] }
  | PaymentCommand
  | { readonly action: 'disagree' }
  | { readonly action: 'expire' };

export function nextSimplifiedStatus(status: SimplifiedStatus, action: SimplifiedAction): SimplifiedStatus | undefined {
  const row: Partial<Record<SimplifiedAction, SimplifiedStatus>> = SIMPLIFIED_TRANSITIONS[status];
  return row[action];
}

/** What the debtor's page and staff screens may offer in a status. */
export function allowedSimplifiedActions(status: SimplifiedStatus): readonly SimplifiedAction[] {
  return SIMPLIFIED_ACTIONS.filter((action) => nextSimplifiedStatus(status, action) !== undefined);
}

function initiate(c: SimplifiedCase, phone: string, now: Date): SimplifiedDecision {
  if (phone.trim() === '') return failWith(ErrorCode.phoneRequired);
  const deadline = paymentDeadlineForTerritory(now, c.territoryKato);
  const { state, event } = transition(c, 'initiate', 'initiated', now, { initiatedAt: now, deadline });
  const events: SimplifiedEvent[] = [
    event,
    // ЕРАП learns of the initiation at once; with the termination status
    // sent later this satisfies §3.1 2) without sending anything twice.
    { type: 'simplified.erap_status', caseId: c.id, erapFineId: c.erapFineId, status: 'initiated', at: now },
    { type: 'simplified.sms_requested', caseId: c.id, phone: phone.trim(), amountTiyn: c.amountTiyn, lastDay: deadline.lastDay },
    { type: 'simplified.deadline_scheduled', caseId: c.id, dueAt: deadline.expiresAt },
  ];
  return { ok: true, state, events, replay: false };
}

function routeToOrdinary(c: SimplifiedCase, cause: 'ineligible' | 'no_phone', reasons: readonly IneligibilityCode[], now: Date): SimplifiedDecision {
  const kept = cause === 'ineligible' ? [...reasons] : [];
  const { state, event } = transition(c, 'routeToOrdinary', 'ordinary', now, { closedAt: now, outcome: cause, ineligibleReasons: kept });
  const handOver: SimplifiedEvent = { type: 'simplified.sent_to_distribution', caseId: c.id, erapFineId: c.erapFineId, cause, reasons: kept, at: now };
  return { ok: true, state, events: [event, handOver], replay: false };
}

export function decide(c: SimplifiedCase, command: SimplifiedCommand, now: Date): SimplifiedDecision {
  // A replayed payment callback is answered as a replay before any other
  // check: another server process with a slightly slower clock must not
  // turn a harmless duplicate into an error.
  if (command.action === 'pay' && c.payments.some((p) => p.id === command.paymentId)) return applyPayment(c, command, now);
  const { action } = command;
  const from = c.status;
  const to = nextSimplifiedStatus(from, action);
  if (to === undefined) return failWith(ErrorCode.simplifiedTransitionForbidden, { from, action });
  if (now.getTime() < c.changedAt.getTime()) {
    return failWith(ErrorCode.timeBeforeLastChange, { changedAt: c.changedAt.toISOString() });
  }
  switch (command.action) {
    case 'initiate':
      return initiate(c, command.phone, now);
    case 'routeToOrdinary':
      return routeToOrdinary(c, command.cause, command.reasons ?? [], now);
    case 'pay':
      return applyPayment(c, command, now);
    case 'disagree':
      return { ok: true, ...cancel(c, 'disagree', now), replay: false };
    case 'expire': {
      const expiresAt = c.deadline?.expiresAt;
      if (expiresAt === undefined || now.getTime() < expiresAt.getTime()) {
        return failWith(ErrorCode.deadlineNotReached, { expiresAt: expiresAt?.toISOString() ?? null });
      }
      return { ok: true, ...cancel(c, 'expire', now), replay: false };
    }
  }
}
