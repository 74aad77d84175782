import { describe, expect, it } from 'vitest';
import { PAYMENT_POLL_LIMIT_MS, paymentNotice, shouldPoll } from './payment-return.ts';

const back = 1_000_000;

describe('SIMP-4: back from the payment gateway', () => {
  it('polls while the bank has not confirmed, for about 30 seconds', () => {
    const pending = { status: 'initiated', paymentState: 'pending' } as const;
    expect(shouldPoll(pending, back, back)).toBe(true);
    expect(paymentNotice(pending, back, back + 2_000)).toBe('waitingBank');
    expect(shouldPoll(pending, back, back + PAYMENT_POLL_LIMIT_MS - 1)).toBe(true);
    expect(shouldPoll(pending, back, back + PAYMENT_POLL_LIMIT_MS)).toBe(false);
    expect(paymentNotice(pending, back, back + PAYMENT_POLL_LIMIT_MS)).toBe('stillPending');
  });

  it('does not poll without a return from the gateway, nor once the case is closed', () => {
    expect(shouldPoll({ status: 'initiated', paymentState: 'pending' }, null, back)).toBe(false);
    expect(paymentNotice({ status: 'initiated', paymentState: 'pending' }, null, back)).toBe('paymentProcessing');
    expect(shouldPoll({ status: 'terminated', paymentState: 'paid' }, back, back)).toBe(false);
    expect(shouldPoll({ status: 'initiated', paymentState: 'none' }, back, back)).toBe(false);
  });

  it('keeps asking while the payment is recorded but the case not yet terminated', () => {
    expect(shouldPoll({ status: 'initiated', paymentState: 'paid' }, back, back + 4_000)).toBe(true);
  });

  it('confirms a payment, or says it did not complete', () => {
    expect(paymentNotice({ status: 'terminated', paymentState: 'paid' }, back, back + 4_000)).toBe('paymentConfirmed');
    expect(paymentNotice({ status: 'terminated', paymentState: 'paid' }, null, back)).toBeNull();
    expect(paymentNotice({ status: 'initiated', paymentState: 'none' }, back, back)).toBe('notCompleted');
    expect(paymentNotice({ status: 'initiated', paymentState: 'none' }, null, back)).toBeNull();
    expect(paymentNotice({ status: 'cancelled', paymentState: 'none' }, back, back)).toBeNull();
  });
});
