import type { CreatedPayment, PaymentsPort } from '@oryndau/adapters';
import { AdapterError } from '@oryndau/adapters';
import { recordPendingPayment, type Sql } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import { debtorActions, dueOf, findCaseByToken } from './debtor-view';
import { paymentReference } from './payment-reference';

export type StartPaymentDeps = { db: Sql; payments: () => PaymentsPort; publicOrigin: string };

function gatewayUnavailable(error: unknown): never {
  if (error instanceof AdapterError) throw new DomainError(ErrorCode.externalUnavailable, { system: 'payments' });
  throw error;
}

/**
 * SIMP-4: the debtor presses «Оплатить». The payment the debtor was already
 * sent to, while it is still payable, is offered again; otherwise the next
 * attempt's payment is created at the gateway (outside any transaction: it
 * is a network call) and recorded on the case with a conditional update on
 * the attempt counter.
 *
 * Two clicks at once both read attempt n and both ask the gateway for
 * attempt n + 1: the reference is the gateway's idempotency key, so they get
 * one and the same payment. Only one of them may record it; the other one's
 * update finds the counter moved and is answered 409
 * (`simplified.payment_in_progress`) — never a silent success whose
 * payment was not the one stored.
 */
export async function startPayment(deps: StartPaymentDeps, token: string, now: Date): Promise<{ redirectUrl: string }> {
  const row = await findCaseByToken(deps.db, token);
  if (!debtorActions(row, now).pay) throw new DomainError(ErrorCode.simplifiedTransitionForbidden);
  const { dueTiyn } = dueOf(row);
  const returnUrl = `${deps.publicOrigin}/s/${token}?payment=return`;
  if (row.pendingPayment && row.pendingPayment.amountTiyn === dueTiyn) {
    const earlier = await deps.payments().getPayment(row.pendingPayment.paymentId).catch(gatewayUnavailable);
    if (earlier.status === 'pending') return { redirectUrl: row.pendingPayment.redirectUrl };
    if (earlier.status === 'paid') return { redirectUrl: `/s/${token}?payment=return` };
  }
  const attempt = row.paymentAttempts + 1;
  const reference = paymentReference(row.id, attempt);
  let created: CreatedPayment;
  try {
    created = await deps.payments().createPayment({
      reference, amountTiyn: dueTiyn, payerIin: row.debtorIin,
      purpose: { kk: `ЕРАП айыппұлы ${row.erapFineId} (оңайлатылған іс жүргізу)`, ru: `Штраф ЕРАП ${row.erapFineId} (упрощенное производство)` },
      returnUrl, notifyUrl: `${deps.publicOrigin}/api/integrations/payments/notify`,
    });
  } catch (error) {
    gatewayUnavailable(error);
  }
  const recorded = await recordPendingPayment(deps.db, {
    caseId: row.id, expectedAttempts: row.paymentAttempts, attempt,
    pending: { paymentId: created.paymentId, reference, redirectUrl: created.redirectUrl, amountTiyn: dueTiyn, createdAt: created.createdAt },
  });
  if (!recorded) throw new DomainError(ErrorCode.paymentInProgress, { caseId: row.id, attempt });
  return { redirectUrl: created.redirectUrl };
}
