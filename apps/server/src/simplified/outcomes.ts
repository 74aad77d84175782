import { randomUUID } from 'node:crypto';
import type { DeadlineHandler, JournalActor, SimplifiedCaseRecord, Sql, StoredCasePayment, Tx } from '@oryndau/db';
import { cancelOtherDeadlines, lockSimplifiedCase, updateSimplifiedCase, upsertSimplifiedPayment } from '@oryndau/db';
import { DomainError, ErrorCode, simplified } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import { CLOSING_TITLES, closingAct } from './closing-resolution';
import { enqueueErapStatus } from './erap-status';
import type { ErapFineInput } from './fine-input';
import { registerFineAsExecutiveDocument } from './ordinary-path';
import { storeSealedDocument, type SealedDocument, type SystemSeal } from './system-seal';

/** Durable expiry timer of an initiated case (SIMP-5): one row per case, written at initiation. */
export const SIMPLIFIED_EXPIRE = 'simplified.expire';

export type OutcomeDeps = { seal: SystemSeal; publicOrigin: string };

/** Who acted: the system's own timer, or the debtor through the link. */
export const SYSTEM_TIMER_ACTOR: JournalActor = { userId: null, iin: null, role: 'system', requestId: null };
export const PAYMENT_GATEWAY_ACTOR: JournalActor = { userId: null, iin: null, role: 'payment_gateway', requestId: null };
export const debtorActor = (iin: string, requestId: string | null): JournalActor => ({ userId: null, iin, role: 'debtor', requestId });

/** A simplified case as stored (packages/db `SimplifiedCaseRecord`). */
export type CaseRow = SimplifiedCaseRecord;

/** Locks the case row for the rest of the transaction (the first lock of every change to a case). */
export const lockCase = (tx: Sql, where: { id: string } | { tokenHash: string }): Promise<CaseRow | null> => lockSimplifiedCase(tx, where);

/** The fine as ЕРАП sent it; rows taken in before the `fine` column existed fall back to their own columns. */
export function fineOfRow(row: CaseRow): ErapFineInput {
  if (row.fine) return row.fine;
  return {
    erapFineId: row.erapFineId, debtorIin: row.debtorIin, debtorName: row.debtorName, amountTiyn: row.amountTiyn,
    caseOpenedOn: row.caseOpenedOn, territoryKato: row.territoryKato,
    decision: { number: row.erapFineId, date: row.caseOpenedOn, article: '—', issuingBody: 'ЕРАП' },
  };
}

/** The pure domain aggregate of a stored row. */
export function caseOfRow(row: CaseRow): simplified.SimplifiedCase {
  const { initiatedAt } = row;
  const deadline = initiatedAt && row.zone && row.expiresAt && row.lastDay
    ? { ...simplified.paymentDeadline(initiatedAt, row.zone), lastDay: row.lastDay, expiresAt: row.expiresAt }
    : null;
  const changedAt = [row.createdAt, row.initiatedAt, row.closedAt, ...row.payments.map((p) => new Date(p.recordedAt))]
    .filter((d): d is Date => d !== null)
    .reduce((a, b) => (b.getTime() > a.getTime() ? b : a));
  return {
    id: row.id, erapFineId: row.erapFineId, status: row.status, version: row.version, receivedAt: row.createdAt, changedAt,
    amountTiyn: row.amountTiyn, territoryKato: row.territoryKato, initiatedAt, deadline,
    closedAt: row.closedAt, outcome: row.closedOutcome, ineligibleReasons: [],
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
  const zone = row.zone ?? simplified.zoneOfTerritory(row.territoryKato);
  let proceedingId = row.proceedingId;
  let closingDocumentId = row.closingDocumentId;
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
          details: { from: e.from, to: e.to, outcome: e.outcome, resolution: e.resolution, documentId: closingDocumentId, erapFineId: row.erapFineId } });
        break;
      }
      case 'simplified.deadline_cleared':
        // The timer that is firing right now is marked fired by its runner; any other open one is cancelled.
        await cancelOtherDeadlines(tx, { subjectType: 'simplified_case', subjectId: row.id, kind: SIMPLIFIED_EXPIRE,
          exceptId: context.firingDeadlineId ?? null }, now);
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

  const payments: StoredCasePayment[] = state.payments.map((p) => ({
    id: p.id, amountTiyn: p.amountTiyn, paidAt: p.paidAt.toISOString(), recordedAt: p.recordedAt.toISOString(), destination: p.destination,
    refundTiyn: p.refundTiyn,
  }));
  const known = new Set(row.payments.map((p) => p.id));
  for (const p of state.payments) {
    await upsertSimplifiedPayment(tx, { paymentId: p.id, caseId: row.id, amountTiyn: p.amountTiyn, paidAt: p.paidAt, recordedAt: p.recordedAt,
      destination: p.destination, refundTiyn: p.refundTiyn, proceedingId: p.destination === 'ordinary' ? proceedingId : null,
      receiptCode: known.has(p.id) ? null : context.receiptCode ?? null });
  }
  const paidAt = state.outcome === 'paid'
    ? state.payments.filter((p) => p.destination === 'simplified').map((p) => p.paidAt).reduce((a, b) => (b > a ? b : a))
    : null;
  const next = await updateSimplifiedCase(tx, { id: row.id, expectedVersion: row.version, status: state.status, version: state.version, payments,
    closedAt: state.closedAt, closedOutcome: state.outcome, paidAt, closingDocumentId, proceedingId });
  if (!next) throw new DomainError(ErrorCode.conflict, { caseId: row.id });
  return { row: next, replay: false, events };
}

/** The closing resolution of a case, sealed (CPU only: nothing is stored). */
export async function sealClosing(
  deps: OutcomeDeps, row: CaseRow, fine: ErapFineInput, state: simplified.SimplifiedCase, zone: string, now: Date,
): Promise<{ documentId: string; kind: ReturnType<typeof closingAct>['kind']; sealed: SealedDocument }> {
  const reason = state.outcome;
  if (reason !== 'paid' && reason !== 'expired' && reason !== 'disagreed') throw new Error(`no closing resolution for ${String(reason)}`);
  const documentId = randomUUID();
  const paid = state.payments.filter((p) => p.destination === 'simplified').map((p) => p.paidAt);
  const paidOn = paid.length ? localDateOf(paid.reduce((a, b) => (b > a ? b : a)), zone) : null;
  const { kind, act } = closingAct({
    fine, reason, documentId, publicOrigin: deps.publicOrigin, organisation: deps.seal.organisation.name,
    initiatedOn: state.deadline?.initiatedOn ?? localDateOf(row.initiatedAt ?? now, zone),
    lastDay: state.deadline?.lastDay ?? localDateOf(now, zone), decidedOn: localDateOf(now, zone), paidOn,
  });
  return { documentId, kind, sealed: await deps.seal.seal(act, now) };
}

async function sealClosingResolution(
  tx: Tx, deps: OutcomeDeps, row: CaseRow, fine: ErapFineInput, state: simplified.SimplifiedCase, zone: string, now: Date,
): Promise<string> {
  const { documentId, kind, sealed } = await sealClosing(deps, row, fine, state, zone, now);
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
