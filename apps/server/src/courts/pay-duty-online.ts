import { randomUUID } from 'node:crypto';
import { AdapterError } from '@oryndau/adapters';
import type { JournalActor } from '@oryndau/db';
import { insertDutyPayment, listDutyPayments } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { UserView } from '../identity/users';
import { toSubject } from '../identity/users';
import type { DutyDeps } from './duty-store';
import { requirePayable } from './duty-store';
import { paidTiynOf, requireFiling } from './filing-store';

/** The web's filing page the gateway sends the payer back to (apps/web: the cabinet's filing screen). */
export const dutyReturnUrl = (publicOrigin: string, filingId: string, dutyPaymentId: string): string =>
  `${publicOrigin.replace(/\/$/, '')}/cabinet/filings/${filingId}?dutyPayment=${dutyPaymentId}`;

/**
 * FILE-4 (and FILE-8, additional duty on a registered filing): «Онлайн-төлем».
 * A payment of what remains (or a part of it) is created at the gateway with
 * our duty payment's id as its reference, and a `pending` duty payment row
 * records it; the answer is where to send the payer. Asked again for the same
 * amount while one is pending, the same gateway payment is offered (the
 * gateway is idempotent on the reference) — no second payment is opened.
 */
export async function payDutyOnline(deps: DutyDeps, user: UserView, actor: JournalActor, filingId: string, amountAsked: number | undefined)
  : Promise<{ dutyPaymentId: string; redirectUrl: string; amountTiyn: number }> {
  const subject = toSubject(user);
  const now = deps.clock.now();
  const filing = await requireFiling(deps.db, subject, filingId, { edit: true });
  requirePayable(filing);
  const payments = await listDutyPayments(deps.db, filingId);
  const remaining = Math.max(0, filing.dutyTiyn - paidTiynOf(payments));
  const amountTiyn = amountAsked ?? remaining;
  if (remaining <= 0 || amountTiyn <= 0 || amountTiyn > remaining) throw new DomainError(ErrorCode.dutyNotDue, { remainingTiyn: remaining });
  const pending = payments.find((p) => p.method === 'online' && p.status === 'pending' && p.amountTiyn === amountTiyn);
  const dutyPaymentId = pending?.id ?? randomUUID();
  const service = courts.serviceText(filing.service, filing.form);
  let created;
  try {
    created = await deps.payments().createPayment({
      reference: dutyPaymentId, amountTiyn, payerIin: user.iin,
      purpose: { kk: `Мемлекеттік баж — ${service.kk}`, ru: `Государственная пошлина — ${service.ru}` },
      returnUrl: dutyReturnUrl(deps.publicOrigin, filingId, dutyPaymentId),
    });
  } catch (error) {
    if (error instanceof AdapterError) throw new DomainError(ErrorCode.externalUnavailable, { system: 'payments' });
    throw error;
  }
  if (!pending) {
    await deps.db.transaction(async (tx) => {
      const locked = await requireFiling(tx, subject, filingId, { edit: true, lock: true });
      requirePayable(locked);
      await insertDutyPayment(tx, { id: dutyPaymentId, filingId, method: 'online', paymentId: created.paymentId, receiptCode: null, amountTiyn,
        receiptFileId: null }, now);
      tx.journal({ at: now, actor, action: 'courts.duty_payment_started', objectType: 'filing', objectId: filingId, subjectIin: user.iin,
        details: { dutyPaymentId, paymentId: created.paymentId, amountTiyn, remainingTiyn: remaining } });
    });
  }
  return { dutyPaymentId, redirectUrl: created.redirectUrl, amountTiyn };
}
