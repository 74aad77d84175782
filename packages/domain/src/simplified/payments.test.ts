import { describe, expect, it } from 'vitest';
import { decide } from './lifecycle';
import { AMOUNT, EXPIRES, HOUR, T0, after, initiated, ok, received } from './test-fixtures';
import type { PaymentCommand } from './payments';

const pay = (paymentId: string, amountTiyn: number, paidAt: Date): PaymentCommand => ({ action: 'pay', paymentId, amountTiyn, paidAt });

describe('SIMP-3/SIMP-4: payment within 5 days', () => {
  it('SIMP-4: paying the fine in time terminates: resolution, ЕРАП "terminated", timer cleared', () => {
    const at = after(HOUR);
    const result = ok(initiated(), pay('p1', AMOUNT, at), at);
    expect(result.state).toMatchObject({ status: 'terminated', outcome: 'paid', closedAt: at });
    expect(result.state.payments).toEqual([{ id: 'p1', amountTiyn: AMOUNT, paidAt: at, recordedAt: at, destination: 'simplified', refundTiyn: 0 }]);
    expect(result.events).toEqual([
      { type: 'simplified.transitioned', caseId: 'case-1', action: 'pay', from: 'initiated', to: 'terminated', at, outcome: 'paid', resolution: 'simp.termination' },
      { type: 'simplified.payment_applied', caseId: 'case-1', paymentId: 'p1', amountTiyn: AMOUNT, paidTotalTiyn: AMOUNT, dueTiyn: AMOUNT },
      { type: 'simplified.deadline_cleared', caseId: 'case-1' },
      { type: 'simplified.erap_status', caseId: 'case-1', erapFineId: 'erap-1', status: 'terminated', at },
    ]);
  });

  it('SIMP-3: a payment made 1 ms before the end of the 5th day is in time even if recorded later', () => {
    const paidAt = after(-1, EXPIRES);
    const result = ok(initiated(), pay('p1', AMOUNT, paidAt), after(-1, EXPIRES));
    expect(result.state.status).toBe('terminated');
  });

  it('SIMP-4: a replayed callback (same id, same amount) changes nothing and is never charged twice', () => {
    const first = ok(initiated(), pay('p1', AMOUNT, after(HOUR)), after(HOUR));
    const replay = ok(first.state, pay('p1', AMOUNT, after(HOUR)), after(2 * HOUR));
    expect(replay.replay).toBe(true);
    expect(replay.events).toEqual([]);
    expect(replay.state).toBe(first.state);
  });

  it('SIMP-4: a replay processed by a server whose clock is behind is still a replay, not an error', () => {
    const first = ok(initiated(), pay('p1', AMOUNT, after(HOUR)), after(HOUR));
    expect(ok(first.state, pay('p1', AMOUNT, after(HOUR)), after(HOUR - 5_000))).toMatchObject({ replay: true, events: [] });
  });

  it('SIMP-4: the same payment id with another amount is a conflict', () => {
    const first = ok(initiated(), pay('p1', AMOUNT, after(HOUR)), after(HOUR));
    const result = decide(first.state, pay('p1', AMOUNT - 1, after(HOUR)), after(2 * HOUR));
    expect(result.ok ? null : result.error.code).toBe('simplified.payment_conflict');
  });

  it('SIMP-4: a partial payment is recorded and keeps the case open; the rest terminates it', () => {
    const part = ok(initiated(), pay('p1', 1_000_000, after(HOUR)), after(HOUR));
    expect(part.state.status).toBe('initiated');
    expect(part.events).toEqual([
      { type: 'simplified.payment_applied', caseId: 'case-1', paymentId: 'p1', amountTiyn: 1_000_000, paidTotalTiyn: 1_000_000, dueTiyn: AMOUNT },
    ]);
    const rest = ok(part.state, pay('p2', AMOUNT - 1_000_000, after(2 * HOUR)), after(2 * HOUR));
    expect(rest.state.status).toBe('terminated');
    expect(rest.events.some((e) => e.type === 'simplified.refund_due')).toBe(false);
  });

  it('SIMP-4: paying more than due terminates and asks to refund the excess', () => {
    const result = ok(initiated(), pay('p1', AMOUNT + 500, after(HOUR)), after(HOUR));
    expect(result.state.status).toBe('terminated');
    expect(result.state.payments[0]?.refundTiyn).toBe(500);
    expect(result.events.at(-1)).toEqual({ type: 'simplified.refund_due', caseId: 'case-1', paymentId: 'p1', amountTiyn: 500, cause: 'overpaid' });
  });

  it('SIMP-4: a second, different payment after termination is recorded as a refund, not lost', () => {
    const paid = ok(initiated(), pay('p1', AMOUNT, after(HOUR)), after(HOUR));
    const second = ok(paid.state, pay('p2', AMOUNT, after(2 * HOUR)), after(2 * HOUR));
    expect(second.state.status).toBe('terminated');
    expect(second.state.payments.map((p) => [p.id, p.destination])).toEqual([['p1', 'simplified'], ['p2', 'refund']]);
    expect(second.events).toEqual([{ type: 'simplified.refund_due', caseId: 'case-1', paymentId: 'p2', amountTiyn: AMOUNT, cause: 'already_paid' }]);
  });

  it('SIMP-4: invalid payments are refused', () => {
    for (const command of [pay('p1', 0, after(HOUR)), pay('p1', 10.5, after(HOUR)), pay('', AMOUNT, after(HOUR)), pay('p1', AMOUNT, new Date(Number.NaN))]) {
      const result = decide(initiated(), command, after(HOUR));
      expect(result.ok ? null : result.error.code).toBe('simplified.payment_invalid');
    }
  });

  it('SIMP-4: no payment is possible before initiation (there is no link yet)', () => {
    const result = decide(received(), pay('p1', AMOUNT, T0), T0);
    expect(result.ok ? null : result.error.code).toBe('simplified.transition_forbidden');
  });
});

describe('SIMP-5/SIMP-6: late payments go to the ordinary proceeding', () => {
  it('SIMP-5: a payment after cancellation is credited to the ordinary proceeding, once', () => {
    const cancelled = ok(initiated(), { action: 'expire' }, EXPIRES);
    const at = after(HOUR, EXPIRES);
    const late = ok(cancelled.state, pay('p1', AMOUNT, at), at);
    expect(late.state.status).toBe('cancelled');
    expect(late.state.payments[0]?.destination).toBe('ordinary');
    expect(late.events).toEqual([{
      type: 'simplified.payment_credited_to_ordinary', caseId: 'case-1', erapFineId: 'erap-1', paymentId: 'p1', amountTiyn: AMOUNT, paidAt: at, paidWithinTerm: false,
    }]);
    const replay = ok(late.state, pay('p1', AMOUNT, at), after(2 * HOUR, EXPIRES));
    expect(replay).toMatchObject({ replay: true, events: [] });
  });

  it('SIMP-5: paid in time but processed after the timer cancelled: credited, flagged as paid within the term', () => {
    const cancelled = ok(initiated(), { action: 'expire' }, EXPIRES);
    const late = ok(cancelled.state, pay('p1', AMOUNT, after(-60_000, EXPIRES)), after(60_000, EXPIRES));
    expect(late.events[0]).toMatchObject({ type: 'simplified.payment_credited_to_ordinary', paidWithinTerm: true });
  });

  it('SIMP-5: paid after the term while the timer is late: the expiry is applied first, then the credit', () => {
    const at = after(HOUR, EXPIRES);
    const result = ok(initiated(), pay('p1', AMOUNT, at), at);
    expect(result.state).toMatchObject({ status: 'cancelled', outcome: 'expired' });
    expect(result.state.version).toBe(initiated().version + 2);
    expect(result.events.map((e) => e.type)).toEqual([
      'simplified.transitioned', 'simplified.deadline_cleared', 'simplified.erap_status', 'simplified.sent_to_distribution',
      'simplified.payment_credited_to_ordinary',
    ]);
  });

  it('SIMP-3: a gateway clock running ahead cannot move a payment past the term, nor buy time', () => {
    const now = after(-HOUR, EXPIRES);
    const result = ok(initiated(), pay('p1', AMOUNT, after(HOUR, EXPIRES)), now);
    expect(result.state.status).toBe('terminated');
    expect(result.state.payments[0]?.paidAt).toEqual(now);
  });

  it('SIMP-5/SIMP-6: a partial payment made before cancellation moves to the ordinary proceeding with the case', () => {
    const part = ok(initiated(), pay('p1', 1_000_000, after(HOUR)), after(HOUR));
    const cancelled = ok(part.state, { action: 'disagree' }, after(2 * HOUR));
    expect(cancelled.state.payments[0]?.destination).toBe('ordinary');
    expect(cancelled.events.at(-1)).toEqual({
      type: 'simplified.payment_credited_to_ordinary', caseId: 'case-1', erapFineId: 'erap-1', paymentId: 'p1', amountTiyn: 1_000_000,
      paidAt: after(HOUR), paidWithinTerm: true,
    });
  });

  it('SIMP-1: a payment on a fine that went the ordinary way from the start is credited there too', () => {
    const ordinary = ok(received(), { action: 'routeToOrdinary', cause: 'no_phone' }, T0);
    const result = ok(ordinary.state, pay('p1', AMOUNT, after(HOUR)), after(HOUR));
    expect(result.events[0]).toMatchObject({ type: 'simplified.payment_credited_to_ordinary', paidWithinTerm: false });
  });
});
