import type { Sql } from '../database';
import { instantOrNull, isUuid } from './codes';

// cabinet_notifications (ISSUE-14 item 8, X-4): the cabinet's inbox. A row
// is inserted in the transaction that queues the e-mail of the same event;
// its title and text are kept in both languages as written then. Reading
// marks `read_at` once. Who may read or mark a row is the server's can()
// policy (`cabinet.notification.read`), never this file's.

export type CabinetNotificationKind = 'filing_registered' | 'filing_refused' | 'act_published' | 'act_in_force';

export type CabinetNotificationRecord = {
  id: string; userId: string; kind: CabinetNotificationKind;
  title: { kk: string; ru: string }; text: { kk: string; ru: string };
  filingId: string | null; caseId: string | null; createdAt: Date; readAt: Date | null;
};

export type NewCabinetNotification = Omit<CabinetNotificationRecord, 'createdAt' | 'readAt'>;

type Row = {
  id: string; user_id: string; kind: CabinetNotificationKind; title_kk: string; title_ru: string; text_kk: string; text_ru: string;
  filing_id: string | null; case_id: string | null; created_at: Date | string; read_at: Date | string | null;
};

const COLUMNS = 'id, user_id, kind, title_kk, title_ru, text_kk, text_ru, filing_id, case_id, created_at, read_at';

const notificationOf = (r: Row): CabinetNotificationRecord => ({
  id: r.id, userId: r.user_id, kind: r.kind, title: { kk: r.title_kk, ru: r.title_ru }, text: { kk: r.text_kk, ru: r.text_ru },
  filingId: r.filing_id, caseId: r.case_id, createdAt: new Date(r.created_at), readAt: instantOrNull(r.read_at),
});

export async function insertCabinetNotification(tx: Sql, n: NewCabinetNotification, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO cabinet_notifications (id, user_id, kind, title_kk, title_ru, text_kk, text_ru, filing_id, case_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [n.id, n.userId, n.kind, n.title.kk, n.title.ru, n.text.kk, n.text.ru, n.filingId, n.caseId, now.toISOString()]);
}

/** A user's notices, newest first (at most `limit`). */
export async function listCabinetNotifications(sql: Sql, userId: string, limit: number): Promise<CabinetNotificationRecord[]> {
  const result = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM cabinet_notifications WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [userId, limit]);
  return result.rows.map(notificationOf);
}

/** How many of a user's notices are unread. */
export async function countUnreadCabinetNotifications(sql: Sql, userId: string): Promise<number> {
  const result = await sql.query<{ n: string | number }>(
    'SELECT count(*) AS n FROM cabinet_notifications WHERE user_id = $1 AND read_at IS NULL', [userId]);
  return Number(result.rows[0]?.n ?? 0);
}

/** One notice; null for a missing or malformed id. */
export async function findCabinetNotification(sql: Sql, id: string): Promise<CabinetNotificationRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<Row>(`SELECT ${COLUMNS} FROM cabinet_notifications WHERE id = $1`, [id]);
  return result.rows[0] ? notificationOf(result.rows[0]) : null;
}

/**
 * Marks a notice read; once read it keeps its first `read_at` (marking
 * again, or two tabs at once, changes nothing). One row, one statement: no
 * lock is held past it. Returns the notice as it now is.
 */
export async function markCabinetNotificationRead(sql: Sql, id: string, at: Date): Promise<CabinetNotificationRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<Row>(
    `UPDATE cabinet_notifications SET read_at = COALESCE(read_at, $2) WHERE id = $1 RETURNING ${COLUMNS}`, [id, at.toISOString()]);
  return result.rows[0] ? notificationOf(result.rows[0]) : null;
}
