import { randomUUID } from 'node:crypto';
import type { DeadlineHandler, JournalActor, Sql, Tx } from '@oryndau/db';
import { DomainError, ErrorCode, simplified } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import { CLOSING_TITLES, closingAct } from './closing-resolution';
import { enqueueErapStatus } from './erap-status';
import type { ErapFineInput } from './fine-input';
import { registerFineAsExecutiveDocument } from './ordinary-path';
import { storeSealedDocument, type SystemSeal } from './system-seal';

/** Durable expiry timer of an initiated case (SIMP-5): one row per case, written at initiation. */
export const SIMPLIFIED_EXPIRE = 'simplified.expire';

export type OutcomeDeps = { seal: SystemSeal; publicOrigin: string };

/** Who acted: the system's own timer, or the debtor through the link. */
export const SYSTEM_TIMER_ACTOR: JournalActor = { userId: null, iin: null, role: 'system', requestId: null };
export const PAYMENT_GATEWAY_ACTOR: JournalActor = { userId: null, iin: null, role: 'payment_gateway', requestId: null };
export const debtorActor = (iin: string, requestId: string | null): JournalActor => ({ userId: null, iin, role: 'debtor', requestId });

type StoredPayment = { id: string; amountTiyn: number; paidAt: string; recordedAt: string; destination: simplified.PaymentDestination; refundTiyn: number };

/** A simplified_cases row as the workflow needs it. */
export type CaseRow = {
  id: string; erap_fine_id: string; debtor_iin: string; debtor_name: string; amount_tiyn: string; case_opened_on: string | Date;
  territory_kato: string; zone: string | null; status: simplified.SimplifiedStatus; version: number; phone: string | null;
  initiated_at: Date | null; expires_at: Date | null; last_day: string | Date | null; created_at: Date; closed_at: Date | null;
  closed_outcome: simplified.SimplifiedOutcome | null; paid_at: Date | null; resolution_document_id: string | null;
  closing_document_id: string | null; proceeding_id: string | null; payments: StoredPayment[]; fine: ErapFineInput | null;
  pending_payment: PendingPayment | null; payment_attempts: number; reasons: unknown[];
};

export type PendingPayment = { paymentId: string; reference: string; redirectUrl: string; amountTiyn: number; createdAt: string };

export const CASE_COLUMNS = `id, erap_fine_id, debtor_iin, debtor_name, amount_tiyn, case_opened_on, territory_kato, zone, status, version, phone,
  initiated_at, expires_at, last_day, created_at, closed_at, closed_outcome, paid_at, resolution_document_id, closing_document_id,
  proceeding_id, payments, fine, pending_payment, payment_attempts, reasons`;

const isoDate = (value: string | Date): string => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

/** Locks the case row for the rest of the transaction. */
export async function lockCase(tx: Sql, where: { id: string } | { tokenHash: string }): Promise<CaseRow | null> {
  const [column, value] = 'id' in where ? ['id', where.id] : ['link_token_hash', where.tokenHash];
  const found = await tx.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM simplified_cases WHERE ${column} = $1 FOR UPDATE`, [value]);
  return found.rows[0] ?? null;
}

/** The fine as ЕРАП sent it; rows taken in before the `fine` column existed fall back to their own columns. */
export function fineOfRow(row: CaseRow): ErapFineInput {
  if (row.fine) return row.fine;
  return {
    erapFineId: row.erap_fine_id, debtorIin: row.debtor_iin, debtorName: row.debtor_name, amountTiyn: Number(row.amount_tiyn),
    caseOpenedOn: isoDate(row.case_opened_on), territoryKato: row.territory_kato,
    decision: { number: row.erap_fine_id, date: isoDate(row.case_opened_on), article: '—', issuingBody: 'ЕРАП' },
  };
}

/** The pure domain aggregate of a stored row. */
export function caseOfRow(row: CaseRow): simplified.SimplifiedCase {
  const initiatedAt = row.initiated_at ? new Date(row.initiated_at) : null;
  const deadline = initiatedAt && row.zone && row.expires_at && row.last_day
    ? { ...simplified.paymentDeadline(initiatedAt, row.zone), lastDay: isoDate(row.last_day), expiresAt: new Date(row.expires_at) }
    : null;
  const changedAt = [row.created_at, row.initiated_at, row.closed_at, ...row.payments.map((p) => p.recordedAt)]
    .filter((d): d is Date | string => d !== null)
    .map((d) => new Date(d))
    .reduce((a, b) => (b.getTime() > a.getTime() ? b : a));
  return {
    id: row.id, erapFineId: row.erap_fine_id, status: row.status, version: row.version, receivedAt: new Date(row.created_at), changedAt,
    amountTiyn: Number(row.amount_tiyn), territoryKato: row.territory_kato, initiatedAt, deadline,
    closedAt: row.closed_at ? new Date(row.closed_at) : null, outcome: row.closed_outcome, ineligibleReasons: [],
    payments: row.payments.map((p) => ({ ...p, paidAt: new Date(p.paidAt), recordedAt: new Date(p.recordedAt) })),
  };
}

export type Applied = { row: CaseRow; replay: boolean; events: readonly simplified.SimplifiedEvent[] };

/**
 * Applies one command to a locked case in the caller's transaction: decides
 * with the pure transition table, then writes everything the decision asks
 * for — the signed closing resolution, the hand-over to automatic
 * distribution, the ЕРАП status through the outbox, the payments ledger,
 * the journal — and the new state, guarded by its version.
 */
export async function applyCommand(
  tx: Tx, deps: OutcomeDeps, row: CaseRow, command: simplified.SimplifiedCommand, now: Date,
  context: { actor: JournalActor; firingDeadlineId?: string; receiptCode?: string | null },
): Promise<Applied> {
  const decision = simplified.decide(caseOfRow(row), command, now);
  if (!decision.ok) throw decision.error;
  if (decision.replay) return { row, replay: true, events: [] };
  const { state, events } = decision;
  const fine = fineOfRow(row);
  const zone = row.zone ?? simplified.zoneOfTerritory(row.territory_kato);
  let proceedingId = row.proceeding_id;
  let closingDocumentId = row.closing_document_id;
  // Journal entries are collected in event order; the transaction runner
  // appends them last, so the journal's head lock is not held across the
  // slow registration below.

  for (const e of events) {
    switch (e.type) {
      case 'simplified.transitioned': {
        if (e.resolution === 'simp.termination' || e.resolution === 'simp.cancellation') {
          closingDocumentId = await sealClosingResolution(tx, deps, row, fine, state, zone, now);
        }
        tx.journal({ at: now, actor: context.actor, action: `simplified.${e.action}`, objectType: 'simplified_case', objectId: row.id,
          details: { from: e.from, to: e.to, outcome: e.outcome, resolution: e.resolution, documentId: closingDocumentId, erapFineId: row.erap_fine_id } });
        break;
      }
      case 'simplified.deadline_cleared':
        // The timer that is firing right now is marked fired by its runner; any other open one is cancelled.
        await tx.query(
          `UPDATE deadlines SET cancelled_at = $4 WHERE subject_type = 'simplified_case' AND subject_id = $1 AND kind = $2
              AND fired_at IS NULL AND cancelled_at IS NULL AND id IS DISTINCT FROM $3`,
          [row.id, SIMPLIFIED_EXPIRE, context.firingDeadlineId ?? null, now.toISOString()],
        );
        break;
      case 'simplified.erap_status':
        await enqueueErapStatus(tx, { erapFineId: e.erapFineId, status: e.status, at: e.at, caseId: e.caseId }, now);
        break;
      case 'simplified.sent_to_distribution': {
        const registration = await registerFineAsExecutiveDocument(tx, fine, now);
        proceedingId = registration.proceedingId;
        tx.journal({ at: now, actor: context.actor, action: 'simplified.sent_to_distribution', objectType: 'simplified_case',
          objectId: row.id, details: { cause: e.cause, proceedingId, registrationNumber: registration.registrationNumber } });
        break;
      }
      case 'simplified.payment_credited_to_ordinary':
        if (!proceedingId) throw new DomainError(ErrorCode.internal, { reason: 'credit without an ordinary proceeding' });
        tx.journal({ at: now, actor: context.actor, action: 'enforcement.payment_credited', objectType: 'proceeding',
          objectId: proceedingId, details: { source: 'simplified', caseId: row.id, erapFineId: e.erapFineId, paymentId: e.paymentId,
            amountTiyn: e.amountTiyn, paidAt: e.paidAt.toISOString(), paidWithinTerm: e.paidWithinTerm } });
        break;
      case 'simplified.payment_applied':
        tx.journal({ at: now, actor: context.actor, action: 'simplified.payment_applied', objectType: 'simplified_case',
          objectId: row.id, details: { paymentId: e.paymentId, amountTiyn: e.amountTiyn, paidTotalTiyn: e.paidTotalTiyn, dueTiyn: e.dueTiyn } });
        break;
      case 'simplified.refund_due':
        tx.journal({ at: now, actor: context.actor, action: 'simplified.refund_due', objectType: 'simplified_case',
          objectId: row.id, details: { paymentId: e.paymentId, amountTiyn: e.amountTiyn, cause: e.cause } });
        break;
      case 'simplified.sms_requested':
      case 'simplified.deadline_scheduled':
        throw new Error(`${e.type} is written at intake only`);
    }
  }

  const payments: StoredPayment[] = state.payments.map((p) => ({
    id: p.id, amountTiyn: p.amountTiyn, paidAt: p.paidAt.toISOString(), recordedAt: p.recordedAt.toISOString(), destination: p.destination,
    refundTiyn: p.refundTiyn,
  }));
  const known = new Set(row.payments.map((p) => p.id));
  for (const p of state.payments) {
    await tx.query(
      `INSERT INTO simplified_payments (payment_id, case_id, amount_tiyn, paid_at, recorded_at, destination, refund_tiyn, proceeding_id, receipt_code)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
       ON CONFLICT (payment_id) DO UPDATE SET destination = EXCLUDED.destination, refund_tiyn = EXCLUDED.refund_tiyn, proceeding_id = EXCLUDED.proceeding_id`,
      [p.id, row.id, String(p.amountTiyn), p.paidAt.toISOString(), p.recordedAt.toISOString(), p.destination, String(p.refundTiyn),
        p.destination === 'ordinary' ? proceedingId : null, known.has(p.id) ? null : context.receiptCode ?? null],
    );
  }
  const paidAt = state.outcome === 'paid'
    ? state.payments.filter((p) => p.destination === 'simplified').map((p) => p.paidAt).reduce((a, b) => (b > a ? b : a))
    : null;
  const updated = await tx.query<CaseRow>(
    `UPDATE simplified_cases SET status = $3, version = $4, payments = $5::jsonb, closed_at = $6, closed_outcome = $7,
        paid_at = COALESCE($8, paid_at), closing_document_id = $9, proceeding_id = $10
      WHERE id = $1 AND version = $2 RETURNING ${CASE_COLUMNS}`,
    [row.id, row.version, state.status, state.version, JSON.stringify(payments), state.closedAt?.toISOString() ?? null, state.outcome,
      paidAt?.toISOString() ?? null, closingDocumentId, proceedingId],
  );
  const next = updated.rows[0];
  if (!next) throw new DomainError(ErrorCode.conflict, { caseId: row.id });
  return { row: next, replay: false, events };
}

async function sealClosingResolution(
  tx: Sql, deps: OutcomeDeps, row: CaseRow, fine: ErapFineInput, state: simplified.SimplifiedCase, zone: string, now: Date,
): Promise<string> {
  const reason = state.outcome;
  if (reason !== 'paid' && reason !== 'expired' && reason !== 'disagreed') throw new Error(`no closing resolution for ${String(reason)}`);
  const documentId = randomUUID();
  const paid = state.payments.filter((p) => p.destination === 'simplified').map((p) => p.paidAt);
  const paidOn = paid.length ? localDateOf(paid.reduce((a, b) => (b > a ? b : a)), zone) : null;
  const { kind, act } = closingAct({
    fine, reason, documentId, publicOrigin: deps.publicOrigin, organisation: deps.seal.organisation.name,
    initiatedOn: state.deadline?.initiatedOn ?? localDateOf(row.initiated_at ?? now, zone),
    lastDay: state.deadline?.lastDay ?? localDateOf(now, zone), decidedOn: localDateOf(now, zone), paidOn,
  });
  const sealed = await deps.seal.seal(act, now);
  await storeSealedDocument(tx, { id: documentId, kind, title: CLOSING_TITLES[kind] }, sealed, now);
  return documentId;
}

/**
 * SIMP-5: the expiry timer. Runs inside the deadline runner's claiming
 * transaction, so the cancellation and the timer's `fired_at` commit
 * together: exactly once however many server processes race for it. A case
 * that was paid or cancelled meanwhile has nothing left to do.
 */
export function simplifiedExpireHandler(deps: OutcomeDeps): DeadlineHandler {
  return async (tx, deadline, now) => {
    const row = await lockCase(tx, { id: deadline.subjectId });
    if (!row || row.status !== 'initiated') return;
    await applyCommand(tx, deps, row, { action: 'expire' }, now, { actor: SYSTEM_TIMER_ACTOR, firingDeadlineId: deadline.id });
  };
}
