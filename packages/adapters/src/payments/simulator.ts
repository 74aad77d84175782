import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseOr400, sendError } from '../sim/http';
import { buildTextPdf } from '../sim/pdf';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { createPaymentBodySchema } from './contract';
import { formatTenge, paymentPageHtml } from './payment-page';
import type { Payment } from './port';

// ПШЭП simulator. Payments stay pending until someone pays: the payer on the
// simulated page (/pay/:id), a test through control.payments.markPaid(), or
// another process through POST /_sim/payments/:id/pay.
// Ids and receipt codes are random (crypto), not derived: the app's database
// outlives a simulator restart, and a reused receipt code would point an old
// filing at a new payment.

export interface PaymentsSimulatorControl {
  markPaid(paymentId: string): Payment;
  markFailed(paymentId: string, reason?: string): Payment;
  payments(): readonly Payment[];
}

interface StoredPayment extends Payment {
  readonly returnUrl: string | null;
  readonly receiptPdf: Uint8Array | null;
}

export class PaymentsSimulator implements SimulatorModule {
  readonly system = 'payments';
  private readonly store = new Map<string, StoredPayment>();

  readonly control: PaymentsSimulatorControl = {
    markPaid: (id) => this.settle(id, 'paid'),
    markFailed: (id, reason) => this.settle(id, 'failed', reason),
    payments: () => [...this.store.values()].map(publicView),
  };

  constructor(private readonly ctx: SimulatorContext) {}

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
        receiptPdf: null,
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
        const payment = this.settle(request.params.id, outcome, outcome === 'failed' ? 'declined by payer' : undefined);
        const back = this.store.get(payment.paymentId)?.returnUrl;
        return reply.redirect(back ? withOutcome(back, payment) : `${prefix}/pay/${payment.paymentId}`, 303);
      });
    }

    app.post<{ Params: { id: string } }>('/_sim/payments/:id/pay', async (request, reply) => {
      if (!this.store.has(request.params.id)) return sendError(reply, 404, 'not_found', 'no such payment');
      return this.settle(request.params.id, 'paid');
    });

    app.post<{ Params: { id: string } }>('/_sim/payments/:id/fail', async (request, reply) => {
      if (!this.store.has(request.params.id)) return sendError(reply, 404, 'not_found', 'no such payment');
      return this.settle(request.params.id, 'failed', 'simulated failure');
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
  private settle(paymentId: string, outcome: 'paid' | 'failed', reason?: string): Payment {
    const payment = this.store.get(paymentId);
    if (payment === undefined) throw new RangeError(`no such payment ${paymentId}`);
    if (payment.status !== 'pending') return publicView(payment);
    const at = this.ctx.now().toISOString();
    let settled: StoredPayment;
    if (outcome === 'paid') {
      const paid: StoredPayment = { ...payment, status: 'paid', paidAt: at, receiptCode: receiptCode() };
      settled = { ...paid, receiptPdf: receiptPdf(paid) };
    } else {
      settled = { ...payment, status: 'failed', failureReason: reason ?? 'failed' };
    }
    this.store.set(paymentId, settled);
    return publicView(settled);
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
  const { returnUrl: _returnUrl, receiptPdf: _receiptPdf, ...rest } = payment;
  return rest;
}
