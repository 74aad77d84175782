import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TIMEOUT_MS, expectAdapterError, sampleIin, startAdapterFixture, type AdapterFixture } from '../testing/fixture';
import type { SiopsoRequestState } from './port';

let fx: AdapterFixture;
beforeAll(async () => {
  fx = await startAdapterFixture({ siopsoAnswerDelayMs: 150 });
});
afterAll(async () => fx.close());
beforeEach(() => fx.sims.control.resetFaults());

let refs = 0;
const send = (type: string, debtorIin = sampleIin({ person: true })) =>
  fx.adapters.siopso.sendRequest({ requestRef: `req-${++refs}`, type, debtorIin, proceedingNumber: '1-2026-000001', signature: 'MIIB' });

async function pollUntilAnswered(requestId: string): Promise<SiopsoRequestState> {
  for (let i = 0; i < 50; i++) {
    const state = await fx.adapters.siopso.getRequest(requestId);
    if (state.status === 'answered') return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no answer');
}

describe('СИОПСО adapter over HTTP', () => {
  it('ENF-7 X-1: request types are data with kk and ru names', async () => {
    const types = await fx.adapters.siopso.listRequestTypes();
    expect(types.map((t) => t.code)).toEqual(expect.arrayContaining(['real_estate', 'vehicles', 'bank_accounts', 'employer_income']));
    for (const type of types) {
      expect(type.name.kk).not.toBe(type.name.ru);
      expect(type.agency.kk.length * type.agency.ru.length).toBeGreaterThan(0);
    }
  });

  it('ENF-7: a sent request is pending first, answered later; polling by id gets the answer', async () => {
    const sent = await send('bank_accounts');
    expect(sent).toMatchObject({ status: 'pending', answer: null });
    const answered = await pollUntilAnswered(sent.requestId);
    const answer = answered.answer;
    expect(answer?.agency.ru).toBe('Банки второго уровня');
    expect(answer?.summary.kk).toBeTruthy();
    for (const item of answer?.items ?? []) {
      const iban = item.fields.find((f) => f.key === 'iban')?.value.ru ?? '';
      expect(iban).toMatch(/^KZ\d{2}\d{3}\d{13}$/);
    }
    expect(answer?.found).toBe((answer?.items.length ?? 0) > 0);
  });

  it('ENF-7: the same debtor gets the same answer; resending the same requestRef creates no new request', async () => {
    const iin = sampleIin({ person: true }, 3);
    const a = await send('real_estate', iin);
    const b = await send('real_estate', iin);
    fx.sims.control.siopso.answerAll();
    const [ra, rb] = [await pollUntilAnswered(a.requestId), await pollUntilAnswered(b.requestId)];
    expect(ra.answer?.items).toEqual(rb.answer?.items);
    const again = await fx.adapters.siopso.sendRequest({ requestRef: a.requestRef, type: 'real_estate', debtorIin: iin, proceedingNumber: 'x' });
    expect(again.requestId).toBe(a.requestId);
  });

  it('ENF-7: unknown request type → rejected; unknown request id → not_found', async () => {
    await expectAdapterError(send('horoscope'), 'rejected');
    await expectAdapterError(fx.adapters.siopso.getRequest('no-such-request'), 'not_found');
  });

  it('X-5: injected 503 → unavailable', async () => {
    fx.sims.control.failNext('siopso', 'unavailable');
    await expectAdapterError(send('vehicles'), 'unavailable');
  });

  it('X-5: latency beyond the client timeout → timeout', async () => {
    fx.sims.control.setLatency('siopso', TEST_TIMEOUT_MS + 300);
    await expectAdapterError(fx.adapters.siopso.listRequestTypes(), 'timeout');
  });
});
