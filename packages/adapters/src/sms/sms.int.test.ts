import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TIMEOUT_MS, expectAdapterError, sampleIin, startAdapterFixture, type AdapterFixture } from '../testing/fixture';
import type { RecordedSms } from './simulator';

let fx: AdapterFixture;
beforeAll(async () => {
  fx = await startAdapterFixture({ smsDeliveryDelayMs: 90 });
});
afterAll(async () => fx.close());
beforeEach(() => {
  fx.sims.control.resetFaults();
  fx.sims.control.sms.clear();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SMS gateway adapter over HTTP', () => {
  it('SIMP-2 X-4: the debtor’s phone from the mobile base receives the initiation link; the simulator lists it', async () => {
    const { phone } = await fx.adapters.mobileCitizens.getPhoneByIin(sampleIin({ phone: true }));
    const text =
      'Сізге қатысты атқарушылық іс жүргізу қозғалды: https://oryndau.kz/s/AB12 / ' +
      'В отношении вас возбуждено исполнительное производство: https://oryndau.kz/s/AB12';
    const sent = await fx.adapters.sms.send({ phone, text, clientRef: 'outbox-1' });
    expect(sent.status).toBe('accepted');
    expect(sent.segments).toBe(Math.ceil(text.length / 67));

    const res = await fetch(`${fx.sims.baseUrls.sms}/_sim/messages`);
    const { messages } = (await res.json()) as { messages: RecordedSms[] };
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ phone: phone.replace(/ /g, ''), text, messageId: sent.messageId });
  });

  it('X-4: status moves to delivered; a retried send with the same clientRef goes out once', async () => {
    const a = await fx.adapters.sms.send({ phone: '8 701 000 11 22', text: 'Test', clientRef: 'outbox-2' });
    const b = await fx.adapters.sms.send({ phone: '+77010001122', text: 'Test', clientRef: 'outbox-2' });
    expect(b.messageId).toBe(a.messageId);
    expect(a.segments).toBe(1);
    expect(fx.sims.control.sms.messages()).toHaveLength(1);
    await sleep(120);
    const status = await fx.adapters.sms.getStatus(a.messageId);
    expect(['delivered', 'failed']).toContain(status.status);
    expect(status.phone).toBe('+77010001122');
  });

  it('X-4: a non-mobile number → rejected without a request; unknown message id → not_found', async () => {
    const before = fx.sims.control.requests('sms').length;
    await expectAdapterError(fx.adapters.sms.send({ phone: '+7 7172 55 66 77', text: 'x' }), 'rejected');
    expect(fx.sims.control.requests('sms')).toHaveLength(before);
    await expectAdapterError(fx.adapters.sms.getStatus('no-such-message'), 'not_found');
  });

  it('X-5: injected 503 → unavailable, nothing recorded', async () => {
    fx.sims.control.failNext('sms', 'unavailable');
    await expectAdapterError(fx.adapters.sms.send({ phone: '+77011234567', text: 'x' }), 'unavailable');
    expect(fx.sims.control.sms.messages()).toHaveLength(0);
  });

  it('X-5: latency beyond the client timeout → timeout', async () => {
    fx.sims.control.setLatency('sms', TEST_TIMEOUT_MS * 2);
    await expectAdapterError(fx.adapters.sms.send({ phone: '+77011234567', text: 'x' }), 'timeout');
  });
});
