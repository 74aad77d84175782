import { randomUUID } from 'node:crypto';
import type { Sql } from '../database';
import type { ParticipantCategory } from '../courts/codes';

// ЭНП e-mail notifications (issue 16 item 7, ENP-8): what changed in a case,
// recorded in the transaction that changed it; the participants' choices;
// the one-click unsubscribe tokens (hashed).

export type EnpCaseChangeKind = 'act' | 'document' | 'course';
export type EnpCaseChange = { id: string; caseId: string; kind: EnpCaseChangeKind; subject: string; occurredAt: Date };

/**
 * Called by the courts' repositories in the transaction that publishes an
 * act, adds a document or moves the course — so a change is recorded if
 * and only if it commits. Cheap: one insert, no look-ups.
 */
export async function recordEnpCaseChange(tx: Sql, change: Omit<EnpCaseChange, 'id'>): Promise<void> {
  await tx.query('INSERT INTO enp_case_changes (id, case_id, kind, subject, occurred_at) VALUES ($1, $2, $3, $4, $5)',
    [randomUUID(), change.caseId, change.kind, change.subject, change.occurredAt.toISOString()]);
}

/** The oldest undispatched changes, claimed for this transaction (another worker skips them). */
export async function claimEnpCaseChanges(tx: Sql, limit: number): Promise<EnpCaseChange[]> {
  const result = await tx.query<{ id: string; case_id: string; kind: EnpCaseChangeKind; subject: string; occurred_at: Date | string }>(
    `SELECT id, case_id, kind, subject, occurred_at FROM enp_case_changes WHERE dispatched_at IS NULL
      ORDER BY occurred_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]);
  return result.rows.map((r) => ({ id: r.id, caseId: r.case_id, kind: r.kind, subject: r.subject, occurredAt: new Date(r.occurred_at) }));
}

export async function markEnpCaseChangeDispatched(tx: Sql, id: string, at: Date): Promise<void> {
  await tx.query('UPDATE enp_case_changes SET dispatched_at = $2 WHERE id = $1', [id, at.toISOString()]);
}

export type EnpPreferences = { acts: boolean; documents: boolean; course: boolean };
export const ALL_ENP_NOTIFICATIONS: EnpPreferences = { acts: true, documents: true, course: true };

/** The live accesses of a case (one per IIN) with their choices; no row of choices = everything. */
export async function listEnpRecipients(sql: Sql, caseId: string)
  : Promise<{ accessId: string; iin: string; fullName: string; category: ParticipantCategory; email: string; preferences: EnpPreferences }[]> {
  const result = await sql.query<{ id: string; iin: string; full_name: string; category: ParticipantCategory; email: string;
    acts: boolean | null; documents: boolean | null; course: boolean | null }>(
    `SELECT a.id, a.iin, a.full_name, a.category, a.email, p.acts, p.documents, p.course
       FROM enp_accesses a LEFT JOIN enp_notification_preferences p ON p.case_id = a.case_id AND p.iin = a.iin
      WHERE a.case_id = $1 AND a.replaced_at IS NULL ORDER BY a.issued_at, a.id`, [caseId]);
  return result.rows.map((r) => ({ accessId: r.id, iin: r.iin, fullName: r.full_name, category: r.category, email: r.email,
    preferences: { acts: r.acts ?? true, documents: r.documents ?? true, course: r.course ?? true } }));
}

export async function findEnpPreferences(sql: Sql, caseId: string, iin: string): Promise<EnpPreferences> {
  const result = await sql.query<EnpPreferences>(
    'SELECT acts, documents, course FROM enp_notification_preferences WHERE case_id = $1 AND iin = $2', [caseId, iin]);
  const row = result.rows[0];
  return row ? { acts: row.acts, documents: row.documents, course: row.course } : { ...ALL_ENP_NOTIFICATIONS };
}

export async function saveEnpPreferences(tx: Sql, caseId: string, iin: string, p: EnpPreferences, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO enp_notification_preferences (case_id, iin, acts, documents, course, changed_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (case_id, iin) DO UPDATE SET acts = $3, documents = $4, course = $5, changed_at = $6`,
    [caseId, iin, p.acts, p.documents, p.course, at.toISOString()]);
}

export async function insertEnpUnsubscribeToken(tx: Sql, t: { tokenHash: string; caseId: string; iin: string; at: Date }): Promise<void> {
  await tx.query('INSERT INTO enp_unsubscribe_tokens (token_hash, case_id, iin, created_at) VALUES ($1, $2, $3, $4)',
    [t.tokenHash, t.caseId, t.iin, t.at.toISOString()]);
}

export async function findEnpUnsubscribeToken(sql: Sql, tokenHash: string): Promise<{ caseId: string; iin: string; usedAt: Date | null } | null> {
  const result = await sql.query<{ case_id: string; iin: string; used_at: Date | string | null }>(
    'SELECT case_id, iin, used_at FROM enp_unsubscribe_tokens WHERE token_hash = $1', [tokenHash]);
  const row = result.rows[0];
  return row ? { caseId: row.case_id, iin: row.iin, usedAt: row.used_at === null ? null : new Date(row.used_at) } : null;
}

export async function markEnpUnsubscribeTokenUsed(tx: Sql, tokenHash: string, at: Date): Promise<void> {
  await tx.query('UPDATE enp_unsubscribe_tokens SET used_at = COALESCE(used_at, $2) WHERE token_hash = $1', [tokenHash, at.toISOString()]);
}
