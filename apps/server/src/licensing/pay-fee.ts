import { randomUUID } from 'node:crypto';
import { AdapterError } from '@oryndau/adapters';
import type { PaymentsPort } from '@oryndau/adapters';
import type { JournalActor } from '@oryndau/db';
import { insertLicensingPayment, listLicensingPayments, settleLicensingPayment, updateLicensingApplication } from '@oryndau/db';
import { DomainError, ErrorCode, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { APPLICATION_OBJECT, assertUpdated, licensorToday, requireOwnApplication, transition } from './licensing-store';
import type { LicensingDeps } from './licensing-store';

export type PayDeps = LicensingDeps & { payments: () => PaymentsPort; publicOrigin: string };

const unavailable = (error: unknown) => (error instanceof AdapterError ? new DomainError(ErrorCode.externalUnavailable, { system: 'payments' }) : error);

/**
 * LIC-2 (seed §6 process 4): the licence fee through the payment gateway —
 * the amount from the rate (data, unconfirmed) × the MRP of today in the
 * licensor's zone, the day the payment is made. Asked again while one is
 * pending, the same payment is offered (the gateway is idempotent on our id).
 */
export async function startFeePayment(deps: PayDeps, subject: Subject, actor: JournalActor, id: string)
  : Promise<{ paymentId: string; redirectUrl: string; amountTiyn: number }> {
  const application = await requireOwnApplication(deps.db, subject, id);
  transition(application, 'pay');
  const now = deps.clock.now();
  const fee = licensing.licenceFee(application.service, licensorToday(now));
  const pending = (await listLicensingPayments(deps.db, id)).find((p) => p.status === 'pending' && p.amountTiyn === fee.amountTiyn);
  const paymentId = pending?.id ?? randomUUID();
  let created;
  try {
    created = await deps.payments().createPayment({ reference: paymentId, amountTiyn: fee.amountTiyn, payerIin: application.applicantIin,
      purpose: { kk: `Лицензиялық алым — ${licensing.LICENSING_SERVICE_TEXTS[application.service].kk}`,
        ru: `Лицензионный сбор — ${licensing.LICENSING_SERVICE_TEXTS[application.service].ru}` },
      returnUrl: `${deps.publicOrigin.replace(/\/$/, '')}/cabinet/licensing/${id}` });
  } catch (error) {
    throw unavailable(error);
  }
  if (!pending) {
    await deps.db.transaction(async (tx) => {
      const locked = await requireOwnApplication(tx, subject, id, { lock: true });
      transition(locked, 'pay');
      await insertLicensingPayment(tx, { id: paymentId, applicationId: id, gatewayId: created.paymentId, amountTiyn: fee.amountTiyn, rateMrp: fee.rateMrp,
        mrpTenge: fee.mrpTenge, createdAt: now });
      tx.journal({ at: now, actor, action: 'licensing.payment_started', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: locked.applicantIin,
        details: { paymentId, gatewayId: created.paymentId, amountTiyn: fee.amountTiyn, rateMrp: fee.rateMrp, mrpTenge: fee.mrpTenge, rateConfirmed: fee.confirmed } });
    });
  }
  return { paymentId, redirectUrl: created.redirectUrl, amountTiyn: fee.amountTiyn };
}

/**
 * Seed §6 condition 2: the gateway is asked whether the fee was paid. Paid:
 * the application is `paid` (it may be signed). Declined or failed: the
 * application is refused for lack of payment (process 5) and the answer is
 * that refusal. Still pending: unchanged.
 */
export async function checkFeePayment(deps: PayDeps, subject: Subject, actor: JournalActor, id: string): Promise<'paid' | 'pending'> {
  const application = await requireOwnApplication(deps.db, subject, id);
  const payment = (await listLicensingPayments(deps.db, id)).filter((p) => p.status === 'pending').at(-1);
  if (!payment) throw new DomainError(ErrorCode.licensingNotPaid);
  let status;
  try {
    status = (await deps.payments().getPayment(payment.gatewayId)).status;
  } catch (error) {
    throw unavailable(error);
  }
  if (status === 'pending') return 'pending';
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const locked = await requireOwnApplication(tx, subject, id, { lock: true });
    if (locked.version !== application.version) throw new DomainError(ErrorCode.licensingApplicationState);
    await settleLicensingPayment(tx, payment.id, status, now);
    if (status === 'paid') {
      assertUpdated(await updateLicensingApplication(tx, id, locked.version, { status: transition(locked, 'pay') }));
      tx.journal({ at: now, actor, action: 'licensing.fee_paid', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: locked.applicantIin,
        details: { paymentId: payment.id, amountTiyn: payment.amountTiyn } });
    } else {
      assertUpdated(await updateLicensingApplication(tx, id, locked.version, { status: transition(locked, 'refuse'), refusalReasons: ['not_paid'],
        refusalText: null, decidedAt: now, decidedBy: null }));
      tx.journal({ at: now, actor, action: 'licensing.application_refused', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: locked.applicantIin,
        details: { reasons: ['not_paid'], paymentId: payment.id, automatic: true } });
    }
  });
  if (status !== 'paid') throw new DomainError(ErrorCode.licensingNotPaid);
  return 'paid';
}
