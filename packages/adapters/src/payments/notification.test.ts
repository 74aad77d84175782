import { describe, expect, it } from 'vitest';
import { paymentNotificationSchema, signPaymentNotification, verifyPaymentNotification } from './notification';

describe('payment notification signature', () => {
  it('SIMP-4: the signature is hex HMAC-SHA256 of the raw body (RFC 4231 test case 2)', () => {
    const signature = signPaymentNotification('Jefe', 'what do ya want for nothing?');
    expect(signature).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(verifyPaymentNotification('Jefe', 'what do ya want for nothing?', signature)).toBe(true);
    expect(verifyPaymentNotification('Jefe', 'what do ya want for nothing?', signature.toUpperCase())).toBe(true);
    expect(verifyPaymentNotification('Jefe', 'what do ya want for nothing!', signature)).toBe(false);
    // An empty secret (a misconfigured server) accepts nothing.
    expect(verifyPaymentNotification('', 'x', signPaymentNotification('', 'x'))).toBe(false);
  });

  it('SIMP-4: a paid notification must carry paidAt and the receipt code', () => {
    const base = { paymentId: 'p', reference: 'r', amountTiyn: 100, sentAt: '2026-03-02T05:00:00.000Z' };
    expect(paymentNotificationSchema.safeParse({ ...base, status: 'paid', paidAt: '2026-03-02T05:00:00.000Z', receiptCode: '1' }).success).toBe(true);
    expect(paymentNotificationSchema.safeParse({ ...base, status: 'paid', paidAt: null, receiptCode: null }).success).toBe(false);
    expect(paymentNotificationSchema.safeParse({ ...base, status: 'failed', paidAt: null, receiptCode: null }).success).toBe(true);
    expect(paymentNotificationSchema.safeParse({ ...base, status: 'pending', paidAt: null, receiptCode: null }).success).toBe(false);
  });
});
