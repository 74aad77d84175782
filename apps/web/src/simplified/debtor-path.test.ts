import { describe, expect, it } from 'vitest';
import { debtorTokenFromPath, isPaymentReturn, isPlausibleToken } from './debtor-path.ts';

describe('SIMP-2, SIMP-3: the SMS link opens the debtor\'s page', () => {
  it('reads the token from /s/<token>', () => {
    expect(debtorTokenFromPath('/s/Ab3_-xYz0123456789Qw')).toBe('Ab3_-xYz0123456789Qw');
    expect(debtorTokenFromPath('/s/Ab3_-xYz0123456789Qw/')).toBe('Ab3_-xYz0123456789Qw');
  });

  it('claims every /s/ address, so a broken link gets the page\'s own answer', () => {
    expect(debtorTokenFromPath('/s/')).toBe('');
    expect(debtorTokenFromPath('/s/%E0%A4%A')).toBe('');
    expect(isPlausibleToken('')).toBe(false);
    expect(isPlausibleToken('abc def')).toBe(false);
    expect(isPlausibleToken('Ab3_-xYz0123456789Qw')).toBe(true);
  });

  it('leaves the other pages alone', () => {
    expect(debtorTokenFromPath('/')).toBeNull();
    expect(debtorTokenFromPath('/s')).toBeNull();
    expect(debtorTokenFromPath('/verify/abc')).toBeNull();
    expect(debtorTokenFromPath('/s/a/b')).toBeNull();
    expect(debtorTokenFromPath('/api/s/abc')).toBeNull();
  });

  it('SIMP-4: knows the way back from the payment gateway', () => {
    expect(isPaymentReturn('?payment=return&paymentId=1&status=paid')).toBe(true);
    expect(isPaymentReturn('')).toBe(false);
    expect(isPaymentReturn('?payment=other')).toBe(false);
  });
});
