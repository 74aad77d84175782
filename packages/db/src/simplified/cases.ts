import type { simplified } from '@oryndau/domain';
import type { Sql } from '../database';
import type { PendingPayment } from './pending-payment';

// The simplified_cases repository (SIMP-1…SIMP-6). Rows come out as
// `SimplifiedCaseRecord` with camelCase fields, dates as 'YYYY-MM-DD'
// strings, instants as Date and amounts as numbers on both engines.

/** The fine as ЕРАП sent it (simplified_cases.fine; the server's ErapFineInput has this shape). */
export type StoredErapFine = {
  erapFineId: string; debtorIin: string; debtorName: string; amountTiyn: number; caseOpenedOn: string; territoryKato: string;
  decision: { number: string; date: string; enteredIntoForceOn?: string | undefined; article: string; issuingBody: string };
};

/** One payment in the case's own ledger (simplified_cases.payments). */
export type StoredCasePayment = {
  id: string; amountTiyn: number; paidAt: string; recordedAt: string; destination: simplified.PaymentDestination; refundTiyn: number;
};

/** Why a fine went the ordinary way or was refused: a code and its kk/ru text. */
export type IntakeReason = { code: string; text: { kk: string; ru: string } };
export type InitiatedOutcome = { erapFineId: string; outcome: 'initiated'; caseId: string; lastDay: string; expiresAt: string };
export type OrdinaryOutcome = {
  erapFineId: string; outcome: 'ordinary'; caseId: string; proceedingId: string; registrationNumber: string;
  cause: 'ineligible' | 'no_phone'; reasons: IntakeReason[];
};
/** The answer given to ЕРАП when the fine was taken in (simplified_cases.outcome): a resend gets it again. */
export type StoredIntakeOutcome = InitiatedOutcome | OrdinaryOutcome;

/** A simplified case as the workflow needs it. */
export type SimplifiedCaseRecord = {
  id: string; erapFineId: string; debtorIin: string; debtorName: string; amountTiyn: number; caseOpenedOn: string;
  territoryKato: string; zone: string | null; status: simplified.SimplifiedStatus; version: number; phone: string | null;
  initiatedAt: Date | null; expiresAt: Date | null; lastDay: string | null; createdAt: Date; closedAt: Date | null;
  closedOutcome: simplified.SimplifiedOutcome | null; paidAt: Date | null; resolutionDocumentId: string | null;
  closingDocumentId: string | null; proceedingId: string | null; payments: StoredCasePayment[]; fine: StoredErapFine | null;
  pendingPayment: PendingPayment | null; paymentAttempts: number;
};

type CaseRow = {
  id: string; erap_fine_id: string; debtor_iin: string; debtor_name: string; amount_tiyn: string | number; case_opened_on: string | Date;
  territory_kato: string; zone: string | null; status: simplified.SimplifiedStatus; version: number; phone: string | null;
  initiated_at: Date | string | null; expires_at: Date | string | null; last_day: string | Date | null; created_at: Date | string;
  closed_at: Date | string | null; closed_outcome: simplified.SimplifiedOutcome | null; paid_at: Date | string | null;
  resolution_document_id: string | null; closing_document_id: string | null; proceeding_id: string | null; payments: StoredCasePayment[];
  fine: StoredErapFine | null; pending_payment: PendingPayment | null; payment_attempts: number;
};

const CASE_COLUMNS = `id, erap_fine_id, debtor_iin, debtor_name, amount_tiyn, case_opened_on, territory_kato, zone, status, version, phone,
  initiated_at, expires_at, last_day, created_at, closed_at, closed_outcome, paid_at, resolution_document_id, closing_document_id,
  proceeding_id, payments, fine, pending_payment, payment_attempts`;

// Both drivers give `date` as 'YYYY-MM-DD' (postgres.ts, pglite.ts); a Date is tolerated all the same.
const isoDate = (value: string | Date): string => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));
const instant = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
const maybeInstant = (value: Date | string | null): Date | null => (value === null ? null : instant(value));

function recordOf(row: CaseRow): SimplifiedCaseRecord {
  return {
    id: row.id, erapFineId: row.erap_fine_id, debtorIin: row.debtor_iin, debtorName: row.debtor_name, amountTiyn: Number(row.amount_tiyn),
    caseOpenedOn: isoDate(row.case_opened_on), territoryKato: row.territory_kato, zone: row.zone, status: row.status, version: row.version,
    phone: row.phone, initiatedAt: maybeInstant(row.initiated_at), expiresAt: maybeInstant(row.expires_at),
    lastDay: row.last_day === null ? null : isoDate(row.last_day), createdAt: instant(row.created_at), closedAt: maybeInstant(row.closed_at),
    closedOutcome: row.closed_outcome, paidAt: maybeInstant(row.paid_at), resolutionDocumentId: row.resolution_document_id,
    closingDocumentId: row.closing_document_id, proceedingId: row.proceeding_id, payments: row.payments, fine: row.fine,
    pendingPayment: row.pending_payment, paymentAttempts: row.payment_attempts,
  };
}

/** The case behind a debtor's link, not locked (reads for the page). */
export async function findSimplifiedCaseByTokenHash(sql: Sql, tokenHash: string): Promise<SimplifiedCaseRecord | null> {
  const found = await sql.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM simplified_cases WHERE link_token_hash = $1`, [tokenHash]);
  return found.rows[0] ? recordOf(found.rows[0]) : null;
}

/** Locks the case row for the rest of the transaction — the first lock of every change to a case (transaction.ts: lock order). */
export async function lockSimplifiedCase(tx: Sql, where: { id: string } | { tokenHash: string }): Promise<SimplifiedCaseRecord | null> {
  const found = 'id' in where
    ? await tx.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM simplified_cases WHERE id = $1 FOR UPDATE`, [where.id])
    : await tx.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM simplified_cases WHERE link_token_hash = $1 FOR UPDATE`, [where.tokenHash]);
  return found.rows[0] ? recordOf(found.rows[0]) : null;
}

/**
 * Locks many cases at once (a chunk of expiry timers), in id order, skipping
 * the ones another transaction holds: `busy` lists those (they exist but
 * are locked — a payment or a disagreement in progress, which will want the
 * timer row this chunk holds; waiting for them would deadlock). A case that
 * does not exist is in neither.
 */
export async function lockSimplifiedCases(tx: Sql, ids: readonly string[]): Promise<{ locked: Map<string, SimplifiedCaseRecord>; busy: Set<string> }> {
  const locked = new Map<string, SimplifiedCaseRecord>();
  const busy = new Set<string>();
  if (ids.length === 0) return { locked, busy };
  const sorted = [...new Set(ids)].sort();
  const list = sorted.map((_, i) => `$${i + 1}`).join(', ');
  const found = await tx.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM simplified_cases WHERE id IN (${list}) ORDER BY id FOR UPDATE SKIP LOCKED`, sorted);
  for (const row of found.rows) {
    const record = recordOf(row);
    locked.set(record.id, record);
  }
  const missing = sorted.filter((id) => !locked.has(id));
  if (missing.length > 0) {
    // A plain read waits for no lock: the rows it sees exist, so they were skipped because they are held.
    const seen = await tx.query<{ id: string }>(`SELECT id FROM simplified_cases WHERE id IN (${missing.map((_, i) => `$${i + 1}`).join(', ')})`, missing);
    for (const r of seen.rows) busy.add(r.id);
  }
  return { locked, busy };
}

/** A case as it is taken in (SIMP-1, SIMP-2): initiated, or already ordinary. */
export type NewSimplifiedCase = {
  id: string; fine: StoredErapFine; zone: string | null; status: simplified.SimplifiedStatus; version: number;
  outcome: StoredIntakeOutcome; reasons: readonly IntakeReason[]; phone: string | null; tokenHash: string | null;
  initiatedAt: Date | null; expiresAt: Date | null; lastDay: string | null; resolutionDocumentId: string | null; proceedingId: string | null;
  closedAt: Date | null; closedOutcome: simplified.SimplifiedOutcome | null;
};

/** Inserts a new case; a second insert of one ЕРАП id fails with a unique violation (the caller answers with the stored outcome). */
export async function insertSimplifiedCase(tx: Sql, c: NewSimplifiedCase, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO simplified_cases (id, erap_fine_id, debtor_iin, debtor_name, amount_tiyn, case_opened_on, territory_kato, zone, status, version,
       outcome, reasons, phone, link_token_hash, initiated_at, expires_at, last_day, resolution_document_id, proceeding_id, created_at,
       fine, closed_at, closed_outcome)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11::jsonb,$12::jsonb,$13,$14,$15,$16,$17,$18,$19,$20,$21::jsonb,$22,$23)`,
    [c.id, c.fine.erapFineId, c.fine.debtorIin, c.fine.debtorName, String(c.fine.amountTiyn), c.fine.caseOpenedOn, c.fine.territoryKato,
      c.zone, c.status, c.version, JSON.stringify(c.outcome), JSON.stringify(c.reasons), c.phone, c.tokenHash,
      c.initiatedAt?.toISOString() ?? null, c.expiresAt?.toISOString() ?? null, c.lastDay, c.resolutionDocumentId, c.proceedingId,
      now.toISOString(), JSON.stringify(c.fine), c.closedAt?.toISOString() ?? null, c.closedOutcome],
  );
}

/** The answer given when the fine was first taken in, or null for a new fine. */
export async function findStoredIntakeOutcome(sql: Sql, erapFineId: string): Promise<StoredIntakeOutcome | null> {
  const found = await sql.query<{ outcome: StoredIntakeOutcome }>('SELECT outcome FROM simplified_cases WHERE erap_fine_id = $1', [erapFineId]);
  return found.rows[0]?.outcome ?? null;
}

/** The state a decision moved the case to (SIMP-3…SIMP-6). */
export type SimplifiedCaseChange = {
  id: string; expectedVersion: number; status: simplified.SimplifiedStatus; version: number; payments: readonly StoredCasePayment[];
  closedAt: Date | null; closedOutcome: simplified.SimplifiedOutcome | null;
  /** Kept when null: the time of the payment that covered the fine. */
  paidAt: Date | null;
  closingDocumentId: string | null; proceedingId: string | null;
};

/**
 * Writes the new state guarded by the version it was decided from. Null when
 * the case moved meanwhile (another change won): the caller answers 409.
 */
export async function updateSimplifiedCase(tx: Sql, change: SimplifiedCaseChange): Promise<SimplifiedCaseRecord | null> {
  const updated = await tx.query<CaseRow>(
    `UPDATE simplified_cases SET status = $3, version = $4, payments = $5::jsonb, closed_at = $6, closed_outcome = $7,
        paid_at = COALESCE($8, paid_at), closing_document_id = $9, proceeding_id = $10
      WHERE id = $1 AND version = $2 RETURNING ${CASE_COLUMNS}`,
    [change.id, change.expectedVersion, change.status, change.version, JSON.stringify(change.payments), change.closedAt?.toISOString() ?? null,
      change.closedOutcome, change.paidAt?.toISOString() ?? null, change.closingDocumentId, change.proceedingId],
  );
  return updated.rows[0] ? recordOf(updated.rows[0]) : null;
}

/** One row of the payments ledger (simplified_payments; its id is the gateway's, so a replay finds it). */
export type SimplifiedPaymentEntry = {
  paymentId: string; caseId: string; amountTiyn: number; paidAt: Date; recordedAt: Date; destination: simplified.PaymentDestination;
  refundTiyn: number; proceedingId: string | null; receiptCode: string | null;
};

/** Inserts a payment, or updates where it went (destination, refund, proceeding) when it is known; the receipt code is never overwritten. */
export async function upsertSimplifiedPayment(tx: Sql, p: SimplifiedPaymentEntry): Promise<void> {
  await tx.query(
    `INSERT INTO simplified_payments (payment_id, case_id, amount_tiyn, paid_at, recorded_at, destination, refund_tiyn, proceeding_id, receipt_code)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
     ON CONFLICT (payment_id) DO UPDATE SET destination = EXCLUDED.destination, refund_tiyn = EXCLUDED.refund_tiyn, proceeding_id = EXCLUDED.proceeding_id`,
    [p.paymentId, p.caseId, String(p.amountTiyn), p.paidAt.toISOString(), p.recordedAt.toISOString(), p.destination, String(p.refundTiyn),
      p.proceedingId, p.receiptCode],
  );
}
