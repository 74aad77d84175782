import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TIMEOUT_MS, expectAdapterError, sampleIin, startAdapterFixture, type AdapterFixture } from '../testing/fixture';
import type { CreatePaymentInput } from './port';

let fx: AdapterFixture;
beforeAll(async () => {
  fx = await startAdapterFixture();
});
afterAll(async () => fx.close());
beforeEach(() => fx.sims.control.resetFaults());

let refs = 0;
const duty = (overrides: Partial<CreatePaymentInput> = {}): CreatePaymentInput => ({
  reference: `duty-${++refs}`,
  amountTiyn: 1_297_500,
  purpose: { kk: 'Мемлекеттік баж — талап арыз', ru: 'Государственная пошлина — исковое заявление' },
  payerIin: sampleIin({ person: true }),
  ...overrides,
});

describe('ПШЭП payment gateway adapter over HTTP', () => {
  it('FILE-4: create → pending; paid via the simulator control endpoint → receipt code and PDF; found by code', async () => {
    const created = await fx.adapters.payments.createPayment(duty());
    expect(created.status).toBe('pending');
    expect(created.redirectUrl).toContain(`/payments/pay/${created.paymentId}`);
    await expectAdapterError(fx.adapters.payments.getReceiptPdf(created.paymentId), 'not_found');

    const res = await fetch(`${fx.sims.baseUrls.payments}/_sim/payments/${created.paymentId}/pay`, { method: 'POST' });
    expect(res.status).toBe(200);

    const paid = await fx.adapters.payments.getPayment(created.paymentId);
    expect(paid.status).toBe('paid');
    expect(paid.receiptCode).toMatch(/^\d{16}$/);
    expect(paid.paidAt).not.toBeNull();

    const pdf = await fx.adapters.payments.getReceiptPdf(created.paymentId);
    const text = new TextDecoder().decode(pdf);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain(paid.receiptCode ?? 'missing');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(await fx.adapters.payments.getReceiptPdf(created.paymentId)).toEqual(pdf);

    const found = await fx.adapters.payments.findByReceiptCode(paid.receiptCode ?? '');
    expect(found.paymentId).toBe(created.paymentId);
  });

  it('FILE-4: receipt codes are unique across payments', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const { paymentId } = await fx.adapters.payments.createPayment(duty());
      codes.add(fx.sims.control.payments.markPaid(paymentId).receiptCode ?? '');
    }
    expect(codes.size).toBe(5);
  });

  it('LIC-2: the payer page (kk/ru) pays and returns to our URL; declining fails the payment', async () => {
    const created = await fx.adapters.payments.createPayment(duty({ returnUrl: 'http://app.test/licensing/return' }));
    const page = await (await fetch(created.redirectUrl)).text();
    expect(page).toContain('Төлеу / Оплатить');
    expect(page).toContain('12 975,00 ₸');
    const confirm = await fetch(`${created.redirectUrl}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get('location')).toBe(`http://app.test/licensing/return?paymentId=${created.paymentId}&status=paid`);
    expect((await fx.adapters.payments.getPayment(created.paymentId)).status).toBe('paid');

    const declined = await fx.adapters.payments.createPayment(duty());
    await fetch(`${declined.redirectUrl}/decline`, { method: 'POST', redirect: 'manual' });
    const failed = await fx.adapters.payments.getPayment(declined.paymentId);
    expect(failed).toMatchObject({ status: 'failed', receiptCode: null });
  });

  it('FILE-4: creating with the same reference is idempotent; another amount under it is rejected', async () => {
    const input = duty();
    const a = await fx.adapters.payments.createPayment(input);
    const b = await fx.adapters.payments.createPayment(input);
    expect(b.paymentId).toBe(a.paymentId);
    await expectAdapterError(fx.adapters.payments.createPayment({ ...input, amountTiyn: input.amountTiyn + 1 }), 'rejected');
  });

  it('FILE-4: unknown payment and unknown receipt code → not_found; zero amount → rejected', async () => {
    await expectAdapterError(fx.adapters.payments.getPayment('00000000-0000-0000-0000-000000000000'), 'not_found');
    await expectAdapterError(fx.adapters.payments.findByReceiptCode('0000000000000000'), 'not_found');
    await expectAdapterError(fx.adapters.payments.createPayment(duty({ amountTiyn: 0 })), 'rejected');
  });

  it('X-5: injected 503 → unavailable', async () => {
    fx.sims.control.failNext('payments', 'unavailable');
    await expectAdapterError(fx.adapters.payments.createPayment(duty()), 'unavailable');
  });

  it('X-5: latency beyond the client timeout → timeout', async () => {
    const { paymentId } = await fx.adapters.payments.createPayment(duty());
    fx.sims.control.setLatency('payments', TEST_TIMEOUT_MS * 2);
    await expectAdapterError(fx.adapters.payments.getPayment(paymentId), 'timeout');
  });
});
