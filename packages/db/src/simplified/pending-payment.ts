import type { Sql } from '../database';

/** The payment the debtor was sent to pay last (simplified_cases.pending_payment). */
export type PendingPayment = { paymentId: string; reference: string; redirectUrl: string; amountTiyn: number; createdAt: string };

/**
 * SIMP-4: records the payment of attempt `attempt` as the case's pending one,
 * only while the case is still at `expectedAttempts` (the attempt counter is
 * the version of the payment fields). False when another request recorded
 * its attempt first: the caller lost the race and must not answer as if its
 * payment were the one stored.
 */
export async function recordPendingPayment(
  sql: Sql, change: { caseId: string; expectedAttempts: number; attempt: number; pending: PendingPayment },
): Promise<boolean> {
  const updated = await sql.query(
    'UPDATE simplified_cases SET pending_payment = $3::jsonb, payment_attempts = $4 WHERE id = $1 AND payment_attempts = $2',
    [change.caseId, change.expectedAttempts, JSON.stringify(change.pending), change.attempt]);
  return updated.rowCount === 1;
}

/** Forgets the pending payment (it failed, or it was applied), in the caller's transaction with the case row locked. */
export async function clearPendingPayment(tx: Sql, caseId: string): Promise<void> {
  await tx.query('UPDATE simplified_cases SET pending_payment = NULL WHERE id = $1', [caseId]);
}
