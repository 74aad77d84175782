import type { Sql } from '../database';
import type { ParticipantCategory } from '../courts/codes';

// ENP-10: the SQL side of an old case of the archive system ЭАСД on the
// portal. Its scans come from the archive adapter, not from our tables:
// what a participant may see of them is decided here — the matrix in force
// for the package's form and the participant's category, and the open
// blocks the court put on single scans (easd:<file id>).

/** The kinds the newest matrix version opens to `category` in a case of `form`. */
export async function listEnpAllowedKinds(sql: Sql, form: string, category: ParticipantCategory): Promise<string[]> {
  const result = await sql.query<{ kind: string }>(
    `SELECT kind FROM enp_matrix_cells
      WHERE version = (SELECT max(version) FROM enp_matrix_versions) AND form = $1 AND category = $2 AND allowed ORDER BY kind`,
    [form, category]);
  return result.rows.map((r) => r.kind);
}

export type EasdBlock = { documentId: string; reason: string; blockedAt: Date; blockedByName: string | null };

/** The open blocks of an ЭАСД case's scans. */
export async function listEasdBlocks(sql: Sql, archiveId: string): Promise<EasdBlock[]> {
  const result = await sql.query<{ document_id: string; reason: string; blocked_at: Date | string; blocked_by_name: string | null }>(
    `SELECT b.document_id, b.reason, b.blocked_at, u.full_name AS blocked_by_name
       FROM enp_document_blocks b LEFT JOIN users u ON u.id = b.blocked_by
      WHERE b.easd_archive_id = $1 AND b.unblocked_at IS NULL ORDER BY b.blocked_at`, [archiveId]);
  return result.rows.map((r) => ({ documentId: r.document_id, reason: r.reason, blockedAt: new Date(r.blocked_at), blockedByName: r.blocked_by_name }));
}

/** Block a scan; false when it is blocked already (the open block's unique index). */
export async function insertEasdBlock(tx: Sql, b: { id: string; archiveId: string; documentId: string; reason: string; by: string; at: Date })
  : Promise<boolean> {
  const result = await tx.query(
    `INSERT INTO enp_document_blocks (id, easd_archive_id, document_id, reason, blocked_by, blocked_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (easd_archive_id, document_id) WHERE unblocked_at IS NULL AND easd_archive_id IS NOT NULL DO NOTHING`,
    [b.id, b.archiveId, b.documentId, b.reason, b.by, b.at.toISOString()]);
  return result.rowCount === 1;
}

/** Open a blocked scan again; false when it was not blocked. */
export async function endEasdBlock(tx: Sql, b: { archiveId: string; documentId: string; reason: string; by: string; at: Date }): Promise<boolean> {
  const result = await tx.query(
    `UPDATE enp_document_blocks SET unblocked_by = $3, unblocked_at = $4, unblock_reason = $5
      WHERE easd_archive_id = $1 AND document_id = $2 AND unblocked_at IS NULL`,
    [b.archiveId, b.documentId, b.by, b.at.toISOString(), b.reason]);
  return result.rowCount === 1;
}
