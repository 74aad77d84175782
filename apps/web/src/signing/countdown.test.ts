import { describe, expect, it } from 'vitest';
import { formatRemaining, localDeadline, remainingMs } from './countdown.ts';

describe('SIG-3: the signing countdown follows the server, not the local clock', () => {
  it('lays the server\'s five minutes onto the moment of receipt', () => {
    // This browser's clock is an hour behind the server's: still five minutes.
    const received = Date.parse('2026-03-01T09:00:00Z');
    const deadline = localDeadline({ startedAt: '2026-03-01T10:00:00Z', expiresAt: '2026-03-01T10:05:00Z' }, received);
    expect(deadline - received).toBe(300_000);
    expect(remainingMs(deadline, received + 61_000)).toBe(239_000);
    expect(remainingMs(deadline, received + 400_000)).toBe(0);
  });

  it('is expired at once when the server says it already is', () => {
    const received = 1_000_000;
    expect(localDeadline({ startedAt: '2026-03-01T10:05:00Z', expiresAt: '2026-03-01T10:00:00Z' }, received)).toBe(received);
  });

  it('falls back to expiresAt alone without startedAt, and to "now" for garbage', () => {
    expect(localDeadline({ startedAt: null, expiresAt: '2026-03-01T10:00:00Z' }, 5)).toBe(Date.parse('2026-03-01T10:00:00Z'));
    expect(localDeadline({ startedAt: null, expiresAt: 'soon' }, 5)).toBe(5);
  });

  it('formats m:ss rounding up', () => {
    expect(formatRemaining(300_000)).toBe('5:00');
    expect(formatRemaining(61_001)).toBe('1:02');
    expect(formatRemaining(999)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});
