import { PAYMENT_SIGNATURE_HEADER } from '@oryndau/adapters';
import { expect } from 'vitest';
import { DEV_ERAP_TOKEN } from '../config';
import type { TestClient } from '../../../../test/harness/test-system';
import { debtorLinkToken } from '../../../../test/harness/initiated-fine';
import type { System } from '../system';

// Helpers of the chunked-expiry tests (expire-chunk*.int.test.ts).

export const DEBTORS = ['900515301006', '900515301016', '900515301026'];
export const ENV = { DEMO_KEYS: 'true', RATE_PER_MINUTE: '100000', DEBTOR_PAGE_RATE_PER_MINUTE: '100000',
  SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open' };
/** Taraz (Zhambyl region) and Astana: both have demo bailiffs. */
export const TERRITORIES = ['311000000', '710000000'] as const;

let run = 0;

export async function intake(system: System, count: number, territory: (i: number) => string) {
  const phones = system.external.simulators!.control.mobileCitizens;
  for (const iin of DEBTORS) phones.setPhone(iin, '+77011234567');
  const tag = `ERAP-CHUNK-${++run}-${Date.now()}`;
  const fines = Array.from({ length: count }, (_, i) => ({
    erapFineId: `${tag}-${i}`, debtorIin: DEBTORS[i % DEBTORS.length], debtorName: 'Жақсыбеков Арман Серікұлы', amountTiyn: 1_500_000 + i,
    caseOpenedOn: '2026-02-10', territoryKato: territory(i),
    decision: { number: `АП-${tag}-${i}`, date: '2026-02-12', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УП' },
  }));
  const answer = await system.app.inject({ method: 'POST', url: '/api/integrations/erap/fines', headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` },
    payload: { fines } });
  const results = answer.json().results as { outcome: string; caseId: string; erapFineId: string; expiresAt: string }[];
  expect(results.map((r) => r.outcome), answer.body).toEqual(fines.map(() => 'initiated'));
  return results;
}

/** SIMP-4 the way the debtor pays: the link from the SMS, «Оплатить», the gateway marks it paid; the payment's id (its notification not yet sent). */
export async function payOnGateway(system: System, debtor: TestClient, caseId: string): Promise<string> {
  const token = await debtorLinkToken(system, caseId);
  expect((await debtor.get(`/api/public/simplified/${token}`)).statusCode).toBe(200);
  const started = await debtor.post(`/api/public/simplified/${token}/pay`, {});
  expect(started.statusCode, started.body).toBe(200);
  const payments = system.external.simulators!.control.payments;
  const payment = payments.payments().find((p) => p.reference.startsWith(`simp-${caseId}-`) && p.status === 'pending')!;
  payments.markPaid(payment.paymentId);
  return payment.paymentId;
}

/** SIMP-4: paid in full and the gateway's signed notification through the real route. */
export async function payInFull(system: System, debtor: TestClient, caseId: string) {
  return notifyPaid(system, await payOnGateway(system, debtor, caseId));
}

/** The gateway's signed notification of a payment marked paid, posted as the gateway posts it. */
export async function notifyPaid(system: System, paymentId: string) {
  const n = system.external.simulators!.control.payments.notification(paymentId)!;
  return system.app.inject({ method: 'POST', url: '/api/integrations/payments/notify',
    headers: { 'content-type': 'application/json', [PAYMENT_SIGNATURE_HEADER]: n.signature }, payload: n.body });
}

