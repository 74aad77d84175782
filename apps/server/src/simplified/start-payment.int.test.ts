import { PAYMENT_SIGNATURE_HEADER } from '@oryndau/adapters';
import type { PendingPayment } from '@oryndau/db';
import { expect, it, vi } from 'vitest';
import { describeSystemOnEachEngine, type TestClient } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { initiatedFine } from '../../../../test/harness/initiated-fine';

// Issue 11 item 12: the debtor's «Оплатить» is a use-case (start-payment.ts)
// whose conditional update on the attempt counter checks its row count.
const DEBTOR = '900515301006';
const ENV = { DEMO_KEYS: 'true', RATE_PER_MINUTE: '100000', DEBTOR_PAGE_RATE_PER_MINUTE: '100000',
  SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open' };
const CLICKS = 4;

const initiatedCase = (system: System) => initiatedFine(system, DEBTOR, 'ERAP-PAY-RACE');

/**
 * `CLICKS` presses of «Оплатить» at once. The gateway call of each waits
 * until every press has read the case and reached the gateway, so all of
 * them race for the same attempt — the interleaving a slow gateway gives.
 */
async function clickAtOnce(system: System, clients: readonly TestClient[], token: string) {
  const payments = system.external.adapters.payments;
  const original = payments.createPayment.bind(payments);
  let arrived = 0;
  let release!: () => void;
  const allArrived = new Promise<void>((resolve) => { release = resolve; });
  const spy = vi.spyOn(payments, 'createPayment').mockImplementation(async (input) => {
    arrived += 1;
    if (arrived === CLICKS) release();
    await Promise.race([allArrived, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    return original(input);
  });
  try {
    const answers = await Promise.all(clients.map((debtor) => debtor.post(`/api/public/simplified/${token}/pay`, {})));
    expect(arrived, `every press reached the gateway: ${answers.map((a) => a.body).join(' ')}`).toBe(CLICKS);
    return answers;
  } finally {
    spy.mockRestore();
  }
}

const caseState = async (system: System, caseId: string) => (await system.db.query<{ payment_attempts: number; pending_payment: PendingPayment | null }>(
  'SELECT payment_attempts, pending_payment FROM simplified_cases WHERE id = $1', [caseId])).rows[0]!;

describeSystemOnEachEngine('simplified proceedings: concurrent «Оплатить»', ({ system, client, clock }) => {
  it('issue 11 item 12: concurrent pay calls — one 200 per attempt, the others 409 in kk/ru, no 500, the pending payment kept (SIMP-4)', async () => {
    clock.set(new Date('2026-03-03T05:00:00Z'));
    const c = await initiatedCase(system());
    const sims = system().external.simulators!.control;
    // The debtor's page open in several tabs (kk and ru): each has its session cookies and CSRF token.
    const tabs = Array.from({ length: CLICKS }, (_, i) => client(i % 2 ? 'ru' : 'kk'));
    for (const tab of tabs) expect((await tab.get(`/api/public/simplified/${c.token}`)).statusCode).toBe(200);

    for (const attempt of [1, 2]) {
      const answers = await clickAtOnce(system(), tabs, c.token);
      const codes = answers.map((a) => a.statusCode);
      expect(codes.filter((s) => s >= 500), answers.map((a) => a.body).join('\n')).toEqual([]);
      expect(codes.filter((s) => s === 200), `attempt ${attempt}: ${codes.join(',')}`).toHaveLength(1);
      expect(codes.filter((s) => s === 409)).toHaveLength(CLICKS - 1);
      for (const [i, lost] of answers.entries()) {
        if (lost.statusCode !== 409) continue;
        expect(lost.json().code).toBe('simplified.payment_in_progress');
        expect(lost.json().message).toMatch(i % 2 ? /Обновите страницу/ : /бетті жаңартыңыз/);
      }
      // The winner's payment is the one stored: nothing was silently dropped.
      const stored = await caseState(system(), c.caseId);
      const gateway = sims.payments.payments().filter((p) => p.reference === `simp-${c.caseId}-${attempt}`);
      expect(gateway).toHaveLength(1);
      expect(stored.payment_attempts).toBe(attempt);
      expect(stored.pending_payment).toMatchObject({ paymentId: gateway[0]!.paymentId, reference: `simp-${c.caseId}-${attempt}`, amountTiyn: 3_692_000 });
      const winner = answers.find((a) => a.statusCode === 200)!;
      expect(winner.json().redirectUrl).toBe(stored.pending_payment!.redirectUrl);
      // The next press is offered that same payment.
      const again = await tabs[0]!.post(`/api/public/simplified/${c.token}/pay`, {});
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json().redirectUrl).toBe(stored.pending_payment!.redirectUrl);

      // The payer declines on the gateway's page: the case forgets the payment, and the next presses race for a new attempt.
      sims.payments.markFailed(gateway[0]!.paymentId);
      const n = sims.payments.notification(gateway[0]!.paymentId)!;
      const failed = await system().app.inject({ method: 'POST', url: '/api/integrations/payments/notify',
        headers: { 'content-type': 'application/json', [PAYMENT_SIGNATURE_HEADER]: n.signature }, payload: n.body });
      expect(failed.statusCode, failed.body).toBe(200);
      expect((await caseState(system(), c.caseId)).pending_payment).toBeNull();
    }
  });
}, ENV);
