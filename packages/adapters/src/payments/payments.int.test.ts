import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recogniseAttachment } from '@oryndau/documents/attachments';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_TIMEOUT_MS, expectAdapterError, sampleIin, startAdapterFixture, type AdapterFixture } from '../testing/fixture';
import {
  DEV_PAYMENTS_NOTIFY_SECRET, PAYMENT_SIGNATURE_HEADER, paymentNotificationSchema, signPaymentNotification, verifyPaymentNotification,
} from './notification';
import type { CreatePaymentInput } from './port';

/** The PDF's text as a reader sees it (pdftotext, poppler-utils, installed by .ci/run). */
function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'oryndau-receipt-'));
  try {
    writeFileSync(join(dir, 'receipt.pdf'), bytes);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'receipt.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Short retry pauses, so "answered 500, then retried" takes milliseconds.
const RETRY_DELAYS_MS = [40, 40, 40];

let fx: AdapterFixture;
let sink: NotifySink;
beforeAll(async () => {
  fx = await startAdapterFixture({ paymentsNotifyRetryDelaysMs: RETRY_DELAYS_MS });
  sink = await startNotifySink();
});
afterAll(async () => {
  await fx.close();
  await sink.close();
});
beforeEach(() => {
  fx.sims.control.resetFaults();
  sink.reset();
});

interface ReceivedNotice {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** The merchant's callback endpoint: records what arrives, answers the queued statuses first, then 200. */
interface NotifySink {
  readonly url: string;
  readonly received: ReceivedNotice[];
  answerNext(...statuses: number[]): void;
  reset(): void;
  close(): Promise<void>;
}

async function startNotifySink(): Promise<NotifySink> {
  const received: ReceivedNotice[] = [];
  let statuses: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(statuses.shift() ?? 200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answerNext: (...next) => {
      statuses = next;
    },
    reset: () => {
      received.length = 0;
      statuses = [];
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const noticesAt = (path: string) => sink.received.filter((n) => n.path === path);

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
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(recogniseAttachment(pdf, 'receipt.pdf')).toMatchObject({ ok: true, kind: 'pdf' });
    expect(pdfText(pdf)).toContain(paid.receiptCode ?? 'missing');
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

describe('ПШЭП notifies the merchant of a settled payment (signed callback)', () => {
  // Each test gives its payment its own notifyUrl path and looks only at the notices on that path.
  it('SIMP-4: the payer confirms on the page and is redirected back; the merchant receives a signed JSON notification that verifies', async () => {
    const created = await fx.adapters.payments.createPayment(duty({ returnUrl: 'http://app.test/s/token?payment=return',
      notifyUrl: `${sink.url}/notify/by-ref-1` }));
    const confirm = await fetch(`${created.redirectUrl}/confirm`, { method: 'POST', redirect: 'manual' });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get('location')).toContain('payment=return');

    await vi.waitFor(() => expect(fx.sims.control.payments.notificationAttempts(created.paymentId)).toHaveLength(1), { timeout: 5000 });
    const [notice] = noticesAt('/notify/by-ref-1');
    expect(notice!.headers['content-type']).toBe('application/json');
    const signature = notice!.headers[PAYMENT_SIGNATURE_HEADER];
    expect(typeof signature).toBe('string');
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, notice!.body, signature as string)).toBe(true);
    const tampered = notice!.body.replace('"amountTiyn":1297500', '"amountTiyn":1297501');
    expect(tampered).not.toBe(notice!.body);
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, tampered, signature as string)).toBe(false);

    const paid = await fx.adapters.payments.getPayment(created.paymentId);
    const parsed = paymentNotificationSchema.parse(JSON.parse(notice!.body));
    expect(parsed).toEqual({
      paymentId: created.paymentId, reference: paid.reference, amountTiyn: 1_297_500, status: 'paid',
      paidAt: paid.paidAt, receiptCode: paid.receiptCode, sentAt: expect.any(String),
    });
    expect(paid.receiptCode).not.toBeNull();
    // The control API hands out the same bytes, to replay the notice in tests.
    expect(fx.sims.control.payments.notification(created.paymentId)).toEqual({ body: notice!.body, signature });
    expect(fx.sims.control.payments.notificationAttempts(created.paymentId)).toEqual([
      expect.objectContaining({ attempt: 1, status: 200, error: null }),
    ]);
  });

  it('SIMP-4: a tampered body, a wrong secret or a missing signature does not verify', () => {
    const body = JSON.stringify({ paymentId: 'p-1', reference: 'r-1', amountTiyn: 500, status: 'paid', paidAt: '2026-03-02T05:00:00.000Z',
      receiptCode: '1234567890123456', sentAt: '2026-03-02T05:00:00.000Z' });
    const signature = signPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, body);
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, body, signature)).toBe(true);
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, body.replace('"amountTiyn":500', '"amountTiyn":50000'), signature)).toBe(false);
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, `${body} `, signature)).toBe(false);
    expect(verifyPaymentNotification('another-secret', body, signature)).toBe(false);
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, body, undefined)).toBe(false);
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, body, signature.slice(0, 62))).toBe(false);
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, body, 'z'.repeat(64))).toBe(false);
  });

  it('SIMP-4: the merchant answering 500 gets the same signed notice again; markPaid takes the gateway\'s paidAt', async () => {
    sink.answerNext(500);
    const created = await fx.adapters.payments.createPayment(duty({ notifyUrl: `${sink.url}/notify/retry-500` }));
    const paidAt = new Date('2026-03-03T10:15:00.000Z');
    const paid = fx.sims.control.payments.markPaid(created.paymentId, { paidAt });
    expect(paid.paidAt).toBe(paidAt.toISOString());

    const arrived = () => noticesAt('/notify/retry-500');
    await vi.waitFor(() => expect(arrived()).toHaveLength(2), { timeout: 5000 });
    const [first, second] = arrived();
    expect(second!.body).toBe(first!.body);
    expect(second!.headers[PAYMENT_SIGNATURE_HEADER]).toBe(first!.headers[PAYMENT_SIGNATURE_HEADER]);
    expect(JSON.parse(second!.body)).toMatchObject({ status: 'paid', paidAt: '2026-03-03T10:15:00.000Z' });
    // The gateway logs an attempt once it has read the answer, a moment after the sink saw the request.
    await vi.waitFor(() => expect(fx.sims.control.payments.notificationAttempts(created.paymentId).map((a) => a.status)).toEqual([500, 200]),
      { timeout: 5000 });
    // Delivered: no further attempts.
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[0]! * 4));
    expect(arrived()).toHaveLength(2);
  });

  it('SIMP-4: declining on the page sends status "failed" without paidAt or receipt code', async () => {
    const created = await fx.adapters.payments.createPayment(duty({ notifyUrl: `${sink.url}/notify/declined` }));
    const decline = await fetch(`${created.redirectUrl}/decline`, { method: 'POST', redirect: 'manual' });
    expect(decline.status).toBe(303);
    await vi.waitFor(() => expect(noticesAt('/notify/declined')).toHaveLength(1), { timeout: 5000 });
    const [notice] = noticesAt('/notify/declined');
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, notice!.body, notice!.headers[PAYMENT_SIGNATURE_HEADER] as string)).toBe(true);
    expect(paymentNotificationSchema.parse(JSON.parse(notice!.body))).toMatchObject({
      paymentId: created.paymentId, status: 'failed', paidAt: null, receiptCode: null,
    });
  });

  it('SIMP-4: the simulator\'s control endpoint and markFailed notify too; a settled payment is not notified twice', async () => {
    const paid = await fx.adapters.payments.createPayment(duty({ notifyUrl: `${sink.url}/notify/sim-pay` }));
    const res = await fetch(`${fx.sims.baseUrls.payments}/_sim/payments/${paid.paymentId}/pay`, { method: 'POST' });
    expect(res.status).toBe(200);
    fx.sims.control.payments.markPaid(paid.paymentId);
    const failed = await fx.adapters.payments.createPayment(duty({ notifyUrl: `${sink.url}/notify/mark-failed` }));
    fx.sims.control.payments.markFailed(failed.paymentId);
    await vi.waitFor(() => {
      expect(noticesAt('/notify/sim-pay')).toHaveLength(1);
      expect(noticesAt('/notify/mark-failed')).toHaveLength(1);
    }, { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(noticesAt('/notify/sim-pay')).toHaveLength(1);
    expect(JSON.parse(sink.received.find((n) => n.path === '/notify/mark-failed')!.body).status).toBe('failed');
  });

  it('SIMP-4: an unreachable merchant is tried a few times, then given up; without notifyUrl nothing is sent but the notice is built', async () => {
    const unreachable = await startNotifySink();
    const deadUrl = `${unreachable.url}/notify/dead`;
    await unreachable.close();
    const created = await fx.adapters.payments.createPayment(duty({ notifyUrl: deadUrl }));
    fx.sims.control.payments.markPaid(created.paymentId);
    await vi.waitFor(() => expect(fx.sims.control.payments.notificationAttempts(created.paymentId)).toHaveLength(1 + RETRY_DELAYS_MS.length),
      { timeout: 5000 });
    const attempts = fx.sims.control.payments.notificationAttempts(created.paymentId);
    expect(attempts.every((a) => a.status === null && a.error !== null)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[0]! * 4));
    expect(fx.sims.control.payments.notificationAttempts(created.paymentId)).toHaveLength(1 + RETRY_DELAYS_MS.length);

    const quiet = await fx.adapters.payments.createPayment(duty());
    expect(fx.sims.control.payments.notification(quiet.paymentId)).toBeNull();
    fx.sims.control.payments.markPaid(quiet.paymentId);
    const built = fx.sims.control.payments.notification(quiet.paymentId);
    expect(built).not.toBeNull();
    expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, built!.body, built!.signature)).toBe(true);
    expect(fx.sims.control.payments.notificationAttempts(quiet.paymentId)).toEqual([]);
  });

  it('SIMP-4: closing the simulators stops pending retries; a configured secret signs instead of the dev one', async () => {
    const own = await startAdapterFixture({ paymentsNotifyRetryDelaysMs: [150, 150], paymentsNotifySecret: 'pilot-secret-42' });
    try {
      sink.answerNext(503);
      const created = await own.adapters.payments.createPayment(duty({ notifyUrl: `${sink.url}/notify/closing` }));
      own.sims.control.payments.markPaid(created.paymentId);
      await vi.waitFor(() => expect(noticesAt('/notify/closing')).toHaveLength(1), { timeout: 5000 });
      const [notice] = noticesAt('/notify/closing');
      const signature = notice!.headers[PAYMENT_SIGNATURE_HEADER] as string;
      expect(verifyPaymentNotification('pilot-secret-42', notice!.body, signature)).toBe(true);
      expect(verifyPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, notice!.body, signature)).toBe(false);
    } finally {
      await own.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(noticesAt('/notify/closing')).toHaveLength(1);
  });
});

describe('ISSUE-14 item 12: the gateway serves court state duty (FILE-4)', () => {
  it('ISSUE-14 item 12, FILE-4: a duty payment\'s PDF receipt is in Kazakh and Russian, with the code, payer, purpose, amount and time', async () => {
    const created = await fx.adapters.payments.createPayment(duty({ payerIin: '920707300005', amountTiyn: 1_297_500 }));
    const paid = fx.sims.control.payments.markPaid(created.paymentId, { paidAt: new Date('2026-03-02T04:05:00Z') });
    const text = pdfText(await fx.adapters.payments.getReceiptPdf(created.paymentId)).replace(/\s+/g, ' ');
    expect(text).toContain('Төлем түбіртегі / Квитанция об оплате');
    expect(text).toContain(paid.receiptCode ?? 'missing');
    expect(text).toContain('920707300005');
    expect(text).toContain('Мемлекеттік баж — талап арыз');
    expect(text).toContain('Государственная пошлина — исковое заявление');
    expect(text).toContain('12 975,00 ₸');
    // 04:05 UTC is 09:05 in Astana (UTC+5 since 1 March 2024); no ISO timestamp, no zone name.
    expect(text).toContain('02.03.2026 09:05');
    expect(text).toContain('ПШЭП арқылы онлайн / Онлайн через ПШЭП');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|Asia\/|payment id|Receipt code/i);
  });

  it('ISSUE-14 item 12, FILE-4: a duty paid at a bank (outside our flow) gets a unique receipt code that «төлем чегін тексеру» finds, over HTTP', async () => {
    const purpose = { kk: 'Мемлекеттік баж', ru: 'Государственная пошлина' };
    const res = await fetch(`${fx.sims.baseUrls.payments}/_sim/bank-receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payerIin: '011120500008', amountTiyn: 2_162_500, purpose, paidAt: '2026-02-10T06:00:00.000Z' }),
    });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as { paymentId: string; receiptCode: string; paidAt: string };
    expect(receipt.receiptCode).toMatch(/^\d{16}$/);
    expect(receipt.paidAt).toBe('2026-02-10T06:00:00.000Z');

    const found = await fx.adapters.payments.findByReceiptCode(receipt.receiptCode);
    expect(found).toMatchObject({
      paymentId: receipt.paymentId, status: 'paid', amountTiyn: 2_162_500, payerIin: '011120500008', purpose,
      paidAt: '2026-02-10T06:00:00.000Z', receiptCode: receipt.receiptCode,
    });
    const text = pdfText(await fx.adapters.payments.getReceiptPdf(receipt.paymentId)).replace(/\s+/g, ' ');
    expect(text).toContain('Банк бөлімшесінде / В отделении банка');
    expect(text).toContain('21 625,00 ₸');
    // Nothing is sent to a merchant: the payment never went through our flow.
    expect(fx.sims.control.payments.notificationAttempts(receipt.paymentId)).toEqual([]);
  });

  it('ISSUE-14 item 12, FILE-4: bank receipt codes are unique, also against online payments; the control makes them in-process too', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) {
      codes.add(fx.sims.control.payments.bankReceipt({ payerIin: sampleIin({ person: true }, i), amountTiyn: 100 + i, purpose: { kk: 'Баж', ru: 'Пошлина' } }).receiptCode);
      const { paymentId } = await fx.adapters.payments.createPayment(duty());
      codes.add(fx.sims.control.payments.markPaid(paymentId).receiptCode ?? '');
    }
    expect(codes.size).toBe(10);
  });

  it('ISSUE-14 item 12: a bank receipt with a bad IIN, no amount or no purpose in both languages → 400', async () => {
    for (const body of [
      { payerIin: '123', amountTiyn: 100, purpose: { kk: 'Баж', ru: 'Пошлина' } },
      { payerIin: '011120500008', amountTiyn: 0, purpose: { kk: 'Баж', ru: 'Пошлина' } },
      { payerIin: '011120500008', amountTiyn: 100, purpose: { ru: 'Пошлина' } },
    ]) {
      const res = await fetch(`${fx.sims.baseUrls.payments}/_sim/bank-receipts`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });
});
