import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseOr400, sendError } from '../sim/http';
import { buildTextPdf } from '../sim/pdf';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { z } from 'zod';
import { instantSchema } from '../contract-common';
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

export interface PaymentsSimulatorControl {
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
  readonly returnUrl: string | null;
  readonly notifyUrl: string | null;
  readonly receiptPdf: Uint8Array | null;
  readonly notification: SignedNotification | null;
}

const simPayBodySchema = z.object({ paidAt: instantSchema.optional() }).optional();

export class PaymentsSimulator implements SimulatorModule {
  readonly system = 'payments';
  private readonly store = new Map<string, StoredPayment>();
  private readonly notifySecret: string;
  private readonly sender: NotificationSender;

  readonly control: PaymentsSimulatorControl = {
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
        returnUrl: body.returnUrl ?? null,
        notifyUrl: body.notifyUrl ?? null,
        receiptPdf: null,
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
      const pdf = this.store.get(request.params.id)?.receiptPdf;
      if (pdf === undefined || pdf === null) return sendError(reply, 404, 'not_found', 'no receipt: payment unknown or not paid');
      return reply.type('application/pdf').send(Buffer.from(pdf));
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

    app.post<{ Params: { id: string } }>('/_sim/payments/:id/fail', async (request, reply) => {
      if (!this.store.has(request.params.id)) return sendError(reply, 404, 'not_found', 'no such payment');
      return this.settle(request.params.id, 'failed', { reason: 'simulated failure' });
    });
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
      const paid: StoredPayment = { ...payment, status: 'paid', paidAt: at, receiptCode: receiptCode() };
      settled = { ...paid, receiptPdf: receiptPdf(paid) };
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

// Rendered once when paid and kept, so every download is byte-identical.
function receiptPdf(payment: Payment): Uint8Array {
  return buildTextPdf({
    title: 'Төлем түбіртегі / Квитанция об оплате',
    lines: [
      'PSHEP payment gateway (simulator) - payment receipt',
      `Receipt code: ${payment.receiptCode ?? ''}`,
      `Payment id: ${payment.paymentId}`,
      `Reference: ${payment.reference}`,
      `Payer IIN: ${payment.payerIin}`,
      `Amount: ${formatTenge(payment.amountTiyn)} KZT`,
      `Paid at: ${payment.paidAt ?? ''}`,
    ],
  });
}

function withOutcome(returnUrl: string, payment: Payment): string {
  const url = new URL(returnUrl);
  url.searchParams.set('paymentId', payment.paymentId);
  url.searchParams.set('status', payment.status);
  return url.toString();
}

function publicView(payment: StoredPayment): Payment {
  const { returnUrl: _returnUrl, notifyUrl: _notifyUrl, receiptPdf: _receiptPdf, notification: _notification, ...rest } = payment;
  return rest;
}
