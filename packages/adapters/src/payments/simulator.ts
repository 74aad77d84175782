import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { renderPlainPdf } from '@oryndau/documents';
import { formatDateTime } from '@oryndau/kz';
import { parseOr400, sendError } from '../sim/http';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { z } from 'zod';
import { iinSchema, instantSchema, localizedSchema, tiynSchema } from '../contract-common';
import type { LocalizedText } from '../localized';
import { createPaymentBodySchema } from './contract';
import { DEV_PAYMENTS_NOTIFY_SECRET, signPaymentNotification, type PaymentNotification } from './notification';
import { NotificationSender, type NotificationAttempt, type SignedNotification } from './notifier';
import { formatTenge, paymentPageHtml } from './payment-page';
import type { Payment } from './port';

// ПШЭП simulator. Payments stay pending until someone pays: the payer on the
// simulated page (/pay/:id), a test through control.payments.markPaid(), or
// another process through POST /_sim/payments/:id/pay.
// Settling (paid or failed) notifies the merchant at the payment's notifyUrl
// with a signed JSON body (SIMP-4; see notification.ts and notifier.ts).
// Ids and receipt codes are random (crypto), not derived: the app's database
// outlives a simulator restart, and a reused receipt code would point an old
// filing at a new payment.
// A payment made OUTSIDE our flow — a person paid the court's state duty at a
// bank and uploads the scanned receipt with its unique code (FILE-4, issue 14
// items 5 and 12) — is made with control.payments.bankReceipt() or
// POST /_sim/bank-receipts; the gateway's «төлем чегін тексеру» (GET
// /receipts/:code) then finds it like any other paid payment.
// The PDF receipt is in Kazakh and Russian (DejaVu Sans, packages/documents),
// rendered on first download and kept, so every download is byte-identical.

/** A payment made at a bank, outside our flow (FILE-4: the scanned receipt's unique code is checked through the gateway). */
export interface BankReceiptInput {
  readonly payerIin: string;
  readonly amountTiyn: number;
  readonly purpose: LocalizedText;
  /** Defaults to the simulators' clock. */
  readonly paidAt?: Date;
}

export interface BankReceipt {
  readonly paymentId: string;
  readonly receiptCode: string;
  readonly paidAt: string;
}

export interface PaymentsSimulatorControl {
  /** A paid payment made at a bank (not through createPayment), with its unique receipt code. */
  bankReceipt(input: BankReceiptInput): BankReceipt;
  /** `paidAt` defaults to the simulators' clock. */
  markPaid(paymentId: string, options?: { paidAt?: Date }): Payment;
  markFailed(paymentId: string, reason?: string): Payment;
  payments(): readonly Payment[];
  /** The signed notification of a settled payment (sent when it has a notifyUrl), to replay in tests; null while pending or unknown. */
  notification(paymentId: string): SignedNotification | null;
  /** Delivery attempts of that notification to the notifyUrl, oldest first. */
  notificationAttempts(paymentId: string): readonly NotificationAttempt[];
}

export interface PaymentsSimulatorOptions {
  /** Shared with the merchant to sign notifications; default DEV_PAYMENTS_NOTIFY_SECRET. */
  readonly notifySecret?: string;
  /** Pauses before each retry of an undelivered notification; default 1 s, 5 s, 30 s, 2 min. */
  readonly notifyRetryDelaysMs?: readonly number[];
}

interface StoredPayment extends Payment {
  /** `online` through createPayment and the payer page; `bank` paid at a bank's counter. */
  readonly channel: 'online' | 'bank';
  readonly returnUrl: string | null;
  readonly notifyUrl: string | null;
  readonly notification: SignedNotification | null;
}

const simPayBodySchema = z.object({ paidAt: instantSchema.optional() }).optional();

const bankReceiptBodySchema = z.object({
  payerIin: iinSchema,
  amountTiyn: tiynSchema.min(1),
  purpose: localizedSchema,
  paidAt: instantSchema.optional(),
});

export class PaymentsSimulator implements SimulatorModule {
  readonly system = 'payments';
  private readonly store = new Map<string, StoredPayment>();
  /** Receipt PDFs by payment id, rendered on first download. */
  private readonly receipts = new Map<string, Promise<Uint8Array>>();
  private readonly notifySecret: string;
  private readonly sender: NotificationSender;

  readonly control: PaymentsSimulatorControl = {
    bankReceipt: (input) => this.bankReceipt(input),
    markPaid: (id, options) => this.settle(id, 'paid', { ...(options?.paidAt === undefined ? {} : { paidAt: options.paidAt }) }),
    markFailed: (id, reason) => this.settle(id, 'failed', reason === undefined ? {} : { reason }),
    payments: () => [...this.store.values()].map(publicView),
    notification: (id) => this.store.get(id)?.notification ?? null,
    notificationAttempts: (id) => this.sender.attemptsOf(id),
  };

  constructor(
    private readonly ctx: SimulatorContext,
    options: PaymentsSimulatorOptions = {},
  ) {
    this.notifySecret = options.notifySecret ?? DEV_PAYMENTS_NOTIFY_SECRET;
    this.sender = new NotificationSender({
      now: ctx.now,
      ...(options.notifyRetryDelaysMs === undefined ? {} : { retryDelaysMs: options.notifyRetryDelaysMs }),
    });
  }

  /** Stops notification retries and requests in flight. */
  close(): void {
    this.sender.close();
  }

  register(app: FastifyInstance): void {
    const prefix = app.prefix;
    // The payer's browser posts plain HTML forms; no body is needed, only accepted.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, _body, done) => done(null, {}));

    app.post('/payments', async (request, reply) => {
      const body = await parseOr400(createPaymentBodySchema, request.body, reply);
      if (body === undefined) return;
      const existing = [...this.store.values()].find((p) => p.reference === body.reference);
      if (existing !== undefined) {
        if (existing.amountTiyn !== body.amountTiyn || existing.payerIin !== body.payerIin) {
          return sendError(reply, 409, 'reference_conflict', 'reference already used with another amount or payer');
        }
        return this.created(existing, request, prefix);
      }
      const payment: StoredPayment = {
        paymentId: randomUUID(),
        reference: body.reference,
        amountTiyn: body.amountTiyn,
        purpose: body.purpose,
        payerIin: body.payerIin,
        status: 'pending',
        createdAt: this.ctx.now().toISOString(),
        paidAt: null,
        receiptCode: null,
        failureReason: null,
        channel: 'online',
        returnUrl: body.returnUrl ?? null,
        notifyUrl: body.notifyUrl ?? null,
        notification: null,
      };
      this.store.set(payment.paymentId, payment);
      return reply.code(201).send(this.created(payment, request, prefix));
    });

    app.get<{ Params: { id: string } }>('/payments/:id', async (request, reply) => {
      const payment = this.store.get(request.params.id);
      return payment === undefined ? sendError(reply, 404, 'not_found', 'no such payment') : publicView(payment);
    });

    app.get<{ Params: { id: string } }>('/payments/:id/receipt', async (request, reply) => {
      const payment = this.store.get(request.params.id);
      if (payment === undefined || payment.status !== 'paid') return sendError(reply, 404, 'not_found', 'no receipt: payment unknown or not paid');
      let pdf = this.receipts.get(payment.paymentId);
      if (pdf === undefined) {
        pdf = receiptPdf(payment);
        this.receipts.set(payment.paymentId, pdf);
        pdf.catch(() => this.receipts.delete(payment.paymentId));
      }
      return reply.type('application/pdf').send(Buffer.from(await pdf));
    });

    app.get<{ Params: { code: string } }>('/receipts/:code', async (request, reply) => {
      const payment = [...this.store.values()].find((p) => p.receiptCode === request.params.code);
      return payment === undefined ? sendError(reply, 404, 'not_found', 'no payment with this receipt code') : publicView(payment);
    });

    app.get<{ Params: { id: string } }>('/pay/:id', async (request, reply) => {
      const payment = this.store.get(request.params.id);
      if (payment === undefined) return sendError(reply, 404, 'not_found', 'no such payment');
      return reply.type('text/html; charset=utf-8').send(paymentPageHtml(payment, `${prefix}/pay/${payment.paymentId}`));
    });

    for (const [action, outcome] of [['confirm', 'paid'], ['decline', 'failed']] as const) {
      app.post<{ Params: { id: string } }>(`/pay/:id/${action}`, async (request, reply) => {
        if (!this.store.has(request.params.id)) return sendError(reply, 404, 'not_found', 'no such payment');
        const payment = this.settle(request.params.id, outcome, outcome === 'failed' ? { reason: 'declined by payer' } : {});
        const back = this.store.get(payment.paymentId)?.returnUrl;
        return reply.redirect(back ? withOutcome(back, payment) : `${prefix}/pay/${payment.paymentId}`, 303);
      });
    }

    app.post<{ Params: { id: string } }>('/_sim/payments/:id/pay', async (request, reply) => {
      if (!this.store.has(request.params.id)) return sendError(reply, 404, 'not_found', 'no such payment');
      const body = await parseOr400(simPayBodySchema, request.body ?? undefined, reply);
      if (reply.sent) return;
      return this.settle(request.params.id, 'paid', body?.paidAt === undefined ? {} : { paidAt: new Date(body.paidAt) });
    });

    // Issue 14 item 12: a person paid the duty at a bank; the test (or a developer) gets the receipt's code.
    app.post('/_sim/bank-receipts', async (request, reply) => {
      const body = await parseOr400(bankReceiptBodySchema, request.body, reply);
      if (body === undefined) return;
      const { paidAt, ...rest } = body;
      return reply.code(201).send(this.bankReceipt({ ...rest, ...(paidAt === undefined ? {} : { paidAt: new Date(paidAt) }) }));
    });

    app.post<{ Params: { id: string } }>('/_sim/payments/:id/fail', async (request, reply) => {
      if (!this.store.has(request.params.id)) return sendError(reply, 404, 'not_found', 'no such payment');
      return this.settle(request.params.id, 'failed', { reason: 'simulated failure' });
    });
  }

  private bankReceipt(input: BankReceiptInput): BankReceipt {
    const paidAt = (input.paidAt ?? this.ctx.now()).toISOString();
    const paymentId = randomUUID();
    const payment: StoredPayment = {
      paymentId,
      reference: `bank:${paymentId}`,
      amountTiyn: input.amountTiyn,
      purpose: input.purpose,
      payerIin: input.payerIin,
      status: 'paid',
      createdAt: paidAt,
      paidAt,
      receiptCode: this.uniqueReceiptCode(),
      failureReason: null,
      channel: 'bank',
      returnUrl: null,
      notifyUrl: null,
      notification: null,
    };
    this.store.set(paymentId, payment);
    return { paymentId, receiptCode: payment.receiptCode ?? '', paidAt };
  }

  /** A fresh 16-digit code, never one this gateway already issued. */
  private uniqueReceiptCode(): string {
    const used = new Set([...this.store.values()].map((p) => p.receiptCode));
    for (;;) {
      const code = receiptCode();
      if (!used.has(code)) return code;
    }
  }

  private created(payment: Payment, request: FastifyRequest, prefix: string) {
    return {
      paymentId: payment.paymentId,
      redirectUrl: `${request.protocol}://${request.host}${prefix}/pay/${payment.paymentId}`,
      status: payment.status,
      createdAt: payment.createdAt,
    };
  }

  // Settling is final, as on a real gateway: a paid payment never flips.
  private settle(paymentId: string, outcome: 'paid' | 'failed', options: { reason?: string; paidAt?: Date }): Payment {
    const payment = this.store.get(paymentId);
    if (payment === undefined) throw new RangeError(`no such payment ${paymentId}`);
    if (payment.status !== 'pending') return publicView(payment);
    let settled: StoredPayment;
    if (outcome === 'paid') {
      const at = (options.paidAt ?? this.ctx.now()).toISOString();
      settled = { ...payment, status: 'paid', paidAt: at, receiptCode: this.uniqueReceiptCode() };
    } else {
      settled = { ...payment, status: 'failed', failureReason: options.reason ?? 'failed' };
    }
    const notification = this.signedNotification(settled);
    settled = { ...settled, notification };
    this.store.set(paymentId, settled);
    if (settled.notifyUrl !== null) this.sender.send(paymentId, settled.notifyUrl, notification);
    return publicView(settled);
  }

  private signedNotification(payment: StoredPayment): SignedNotification {
    const notice: PaymentNotification = {
      paymentId: payment.paymentId,
      reference: payment.reference,
      amountTiyn: payment.amountTiyn,
      status: payment.status === 'paid' ? 'paid' : 'failed',
      paidAt: payment.paidAt,
      receiptCode: payment.receiptCode,
      sentAt: this.ctx.now().toISOString(),
    };
    const body = JSON.stringify(notice);
    return { body, signature: signPaymentNotification(this.notifySecret, body) };
  }
}

/** 16 digits, the shape of the gateway's unique receipt code. */
function receiptCode(): string {
  return `${randomInt(10_000_000, 100_000_000)}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** The gateway's receipt in Kazakh and Russian; the time is Astana's (the gateway's own). */
function receiptPdf(payment: StoredPayment): Promise<Uint8Array> {
  const paidAt = new Date(payment.paidAt ?? payment.createdAt);
  const channel = payment.channel === 'bank'
    ? 'Банк бөлімшесінде / В отделении банка'
    : 'ПШЭП арқылы онлайн / Онлайн через ПШЭП';
  return renderPlainPdf({
    title: 'Төлем түбіртегі / Квитанция об оплате',
    rows: [
      ['Түбіртектің бірегей коды / Уникальный код квитанции', payment.receiptCode ?? ''],
      ['Төлеушінің ЖСН / ИИН плательщика', payment.payerIin],
      ['Төлемнің мақсаты / Назначение платежа', `${payment.purpose.kk}\n${payment.purpose.ru}`],
      ['Сома / Сумма', `${formatTenge(payment.amountTiyn)} ₸`],
      ['Төленген күні мен уақыты / Дата и время оплаты', formatDateTime(paidAt, 'kk', GATEWAY_ZONE)],
      ['Төлем тәсілі / Способ оплаты', channel],
      ['Мәртебесі / Статус', 'Төленді / Оплачено'],
    ],
    note: 'Электрондық үкімет төлем шлюзінің имитаторы / Симулятор платёжного шлюза электронного правительства',
    date: paidAt,
  });
}

/** Astana's wall time (the zone's name is never printed). */
const GATEWAY_ZONE = 'Asia/Almaty';

function withOutcome(returnUrl: string, payment: Payment): string {
  const url = new URL(returnUrl);
  url.searchParams.set('paymentId', payment.paymentId);
  url.searchParams.set('status', payment.status);
  return url.toString();
}

function publicView(payment: StoredPayment): Payment {
  const { channel: _channel, returnUrl: _returnUrl, notifyUrl: _notifyUrl, notification: _notification, ...rest } = payment;
  return rest;
}
