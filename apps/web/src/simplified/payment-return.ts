import type { DebtorView } from './simplified-types.ts';

// SIMP-4: back from the payment gateway, the bank's notification may not have
// reached the server yet. The page asks again every 2 s for about 30 s, then
// stops and says the confirmation is late — never "not paid".

export const PAYMENT_POLL_INTERVAL_MS = 2_000;
export const PAYMENT_POLL_LIMIT_MS = 30_000;

/** Keys of `simp.debtor`. */
export type PaymentNotice = 'waitingBank' | 'stillPending' | 'paymentProcessing' | 'paymentConfirmed' | 'notCompleted';

type PaymentFacts = Pick<DebtorView, 'status' | 'paymentState'>;

/** A payment is under way and the case not yet closed by it. */
const awaitingBank = (view: PaymentFacts) => view.status === 'initiated' && view.paymentState !== 'none';

/** `returnedAt`: when the page came back from the gateway (this browser's clock), null when it did not. */
export function shouldPoll(view: PaymentFacts, returnedAt: number | null, now: number): boolean {
  return returnedAt !== null && awaitingBank(view) && now - returnedAt < PAYMENT_POLL_LIMIT_MS;
}

export function paymentNotice(view: PaymentFacts, returnedAt: number | null, now: number): PaymentNotice | null {
  const returned = returnedAt !== null;
  if (view.status === 'terminated' || (view.paymentState === 'paid' && view.status !== 'initiated')) {
    return returned ? 'paymentConfirmed' : null;
  }
  if (awaitingBank(view)) {
    if (!returned) return 'paymentProcessing';
    return shouldPoll(view, returnedAt, now) ? 'waitingBank' : 'stillPending';
  }
  // Back from the gateway with nothing under way: the payer cancelled or the bank declined.
  return returned && view.status === 'initiated' ? 'notCompleted' : null;
}
