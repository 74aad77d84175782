import type { Sql } from '../database';
import { dateOrNull } from './json';

// SIMP-5/SIMP-6 as the enforcement card reads them: the simplified case a
// proceeding came from and the payments credited to it.

export type SimplifiedOriginRecord = {
  caseId: string; erapFineId: string; closedOutcome: string | null; intakeCause: string | null; initiatedAt: Date | null; closedAt: Date | null;
};

/** The (first) simplified case that became this proceeding, or null. */
export async function findSimplifiedCaseOfProceeding(sql: Sql, proceedingId: string): Promise<SimplifiedOriginRecord | null> {
  const found = await sql.query<{ id: string; erap_fine_id: string; closed_outcome: string | null; intake_cause: string | null;
    initiated_at: Date | null; closed_at: Date | null }>(
    `SELECT id, erap_fine_id, closed_outcome, outcome->>'cause' AS intake_cause, initiated_at, closed_at
       FROM simplified_cases WHERE proceeding_id = $1 ORDER BY created_at LIMIT 1`, [proceedingId]);
  const c = found.rows[0];
  return c ? { caseId: c.id, erapFineId: c.erap_fine_id, closedOutcome: c.closed_outcome, intakeCause: c.intake_cause,
    initiatedAt: dateOrNull(c.initiated_at), closedAt: dateOrNull(c.closed_at) } : null;
}

export type OrdinaryCreditRecord = { paymentId: string; amountTiyn: string; paidAt: Date; recordedAt: Date; receiptCode: string | null };

/** Payments for the case's fine credited to the ordinary proceeding, in the order they were paid. */
export async function listOrdinaryCredits(sql: Sql, proceedingId: string, caseId: string): Promise<OrdinaryCreditRecord[]> {
  const rows = await sql.query<{ payment_id: string; amount_tiyn: string; paid_at: Date; recorded_at: Date; receipt_code: string | null }>(
    `SELECT payment_id, amount_tiyn::text AS amount_tiyn, paid_at, recorded_at, receipt_code FROM simplified_payments
      WHERE proceeding_id = $1 AND case_id = $2 AND destination = 'ordinary' ORDER BY paid_at, payment_id`, [proceedingId, caseId]);
  return rows.rows.map((p) => ({ paymentId: p.payment_id, amountTiyn: p.amount_tiyn, paidAt: new Date(p.paid_at), recordedAt: new Date(p.recorded_at),
    receiptCode: p.receipt_code }));
}
