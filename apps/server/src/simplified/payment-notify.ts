import type { Adapters, PaymentNotification } from '@oryndau/adapters';
import { clearPendingPayment } from '@oryndau/db';
import { AdapterError, PAYMENT_SIGNATURE_HEADER, paymentNotificationSchema, verifyPaymentNotification } from '@oryndau/adapters';
import { errorResponses, paymentNotifyResponse } from '@oryndau/contracts';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { caseIdOfReference } from './payment-reference';
import { applyCommand, lockCase, PAYMENT_GATEWAY_ACTOR, type OutcomeDeps } from './outcomes';

export type NotifyAnswer = { accepted: boolean; replay: boolean; status: string | null };

/**
 * SIMP-4: one notification of the payment gateway, already verified as
 * signed. The gateway is asked once more for the payment (the source of
 * truth): the status, the amount and the reference must all agree, or the
 * notification is refused and the gateway retries. A replayed notification
 * finds its payment recorded and changes nothing; a payment that lands after
 * the case was cancelled is credited to the ordinary proceeding.
 */
export async function acceptPaymentNotification(
  deps: AppDeps, outcomes: OutcomeDeps, payments: Adapters['payments'], n: PaymentNotification, requestId: string,
): Promise<NotifyAnswer> {
  const caseId = caseIdOfReference(n.reference);
  if (!caseId) throw new DomainError(ErrorCode.notFound);
  let confirmed;
  try {
    confirmed = await payments.getPayment(n.paymentId);
  } catch (error) {
    if (error instanceof AdapterError && error.code !== 'not_found') throw new DomainError(ErrorCode.externalUnavailable, { system: 'payments' });
    throw new DomainError(ErrorCode.validation, { fields: ['paymentId'] });
  }
  if (confirmed.status !== n.status || confirmed.amountTiyn !== n.amountTiyn || confirmed.reference !== n.reference) {
    throw new DomainError(ErrorCode.paymentConflict, { paymentId: n.paymentId });
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await lockCase(tx, { id: caseId });
    if (!row) throw new DomainError(ErrorCode.notFound);
    if (n.status === 'failed') {
      if (row.pendingPayment?.paymentId === n.paymentId) {
        await clearPendingPayment(tx, row.id);
        tx.journal({ at: now, actor: { ...PAYMENT_GATEWAY_ACTOR, requestId }, action: 'simplified.payment_failed',
          objectType: 'simplified_case', objectId: row.id, details: { paymentId: n.paymentId } });
      }
      return { accepted: true, replay: false, status: row.status };
    }
    const applied = await applyCommand(tx, outcomes, row,
      { action: 'pay', paymentId: n.paymentId, amountTiyn: n.amountTiyn, paidAt: new Date(n.paidAt!) }, now,
      { actor: { ...PAYMENT_GATEWAY_ACTOR, requestId }, receiptCode: n.receiptCode });
    if (!applied.replay && row.pendingPayment?.paymentId === n.paymentId) {
      await clearPendingPayment(tx, row.id);
    }
    return { accepted: true, replay: applied.replay, status: applied.row.status };
  });
}

/** The gateway's callback: the body is verified byte for byte against its HMAC before it is parsed. */
export function registerPaymentNotifyRoute(app: ZodApp, deps: AppDeps & { adapters?: () => Adapters }, outcomes: OutcomeDeps): void {
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scope.post('/api/integrations/payments/notify', {
      config: { rateLimit: false },
      schema: { tags: ['integrations'], summary: 'SIMP-4: signed payment notifications from the payment gateway',
        response: { 200: paymentNotifyResponse, ...errorResponses } },
    }, async (request) => {
      const secret = deps.config.paymentsNotifySecret;
      const raw = typeof request.body === 'string' ? request.body : '';
      const signature = request.headers[PAYMENT_SIGNATURE_HEADER];
      if (!secret || !verifyPaymentNotification(secret, raw, typeof signature === 'string' ? signature : undefined)) {
        throw new DomainError(ErrorCode.integrationUnauthorized);
      }
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new DomainError(ErrorCode.validation, { fields: ['body'] });
      }
      const parsed = paymentNotificationSchema.safeParse(json);
      if (!parsed.success) throw new DomainError(ErrorCode.validation, { fields: parsed.error.issues.map((i) => i.path.join('.')) });
      if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'payments' });
      return acceptPaymentNotification(deps, outcomes, deps.adapters().payments, parsed.data, String(request.id));
    });
  });
}
