import type { Sql } from '../database';

export type EnpPruned = { sessions: number; caseChanges: number; unsubscribeTokens: number };

/**
 * ЭНП housekeeping (issue 16): removes, at most `batch` rows per table per
 * call, expired portal sessions, case changes dispatched before the cut-off
 * and unsubscribe tokens created before it. Each DELETE is its own short
 * statement (no business row is locked, nothing is journalled: these rows are
 * working state, the journal keeps the record). Safe to run in several
 * processes at once — a row deleted twice is deleted once.
 */
export async function pruneEnpWorkingRows(sql: Sql,
  cutoffs: { sessionsExpiredBefore: Date; changesDispatchedBefore: Date; tokensCreatedBefore: Date }, batch: number): Promise<EnpPruned> {
  const sessions = await sql.query(
    `DELETE FROM enp_sessions WHERE token_hash IN (SELECT token_hash FROM enp_sessions WHERE expires_at < $1 LIMIT $2)`,
    [cutoffs.sessionsExpiredBefore.toISOString(), batch]);
  const caseChanges = await sql.query(
    `DELETE FROM enp_case_changes WHERE id IN (
       SELECT id FROM enp_case_changes WHERE dispatched_at IS NOT NULL AND dispatched_at < $1 LIMIT $2)`,
    [cutoffs.changesDispatchedBefore.toISOString(), batch]);
  const tokens = await sql.query(
    `DELETE FROM enp_unsubscribe_tokens WHERE token_hash IN (SELECT token_hash FROM enp_unsubscribe_tokens WHERE created_at < $1 LIMIT $2)`,
    [cutoffs.tokensCreatedBefore.toISOString(), batch]);
  return { sessions: sessions.rowCount, caseChanges: caseChanges.rowCount, unsubscribeTokens: tokens.rowCount };
}
