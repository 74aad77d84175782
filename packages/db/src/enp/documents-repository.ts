import type { Sql } from '../database';
import type { ParticipantCategory } from '../courts/codes';
import { instantOrNull, isUuid } from '../courts/codes';

// ENP-4, ENP-5, ENP-6: the documents of a case as the portal names them
// (act:…, doc:…, arc:…), and the blocks. The participant's list is ONE
// query that joins the visibility matrix in force and leaves out what is
// blocked — every download looks its document up through the same query,
// so nothing outside the participant's view can be served.

export type EnpDocumentRow = {
  id: string; kind: string; title: { kk: string; ru: string }; at: Date; localDate: string; size: number;
  /** stored_files.kind for a filed document; null for acts and the inventory (their media type is mediaType). */
  fileKind: string | null; mediaType: string | null;
  /** What the bytes are: a court act's id, a stored file's id, the inventory's documents row. */
  ref: string;
  /** The signed document the public verification page checks (acts), else null. */
  verifyDocumentId: string | null;
  /** Staff list only: the open block. */
  block: { reason: string; blockedAt: Date; blockedByName: string | null } | null;
};

type Row = {
  id: string; kind: string; title_kk: string; title_ru: string; at: Date | string; local_date: string; size: number | string;
  file_kind: string | null; media_type: string | null; ref: string; verify_document_id: string | null;
  block_reason?: string | null; blocked_at?: Date | string | null; blocked_by_name?: string | null;
};

const SOURCES = `
  SELECT 'act:' || a.id::text AS id, a.kind, a.title_kk, a.title_ru, a.published_at AS at, octet_length(d.content) AS size,
         NULL::text AS file_kind, d.media_type, a.id::text AS ref, a.document_id::text AS verify_document_id
    FROM court_acts a JOIN documents d ON d.id = a.document_id
   WHERE a.case_id = $1 AND a.published_at IS NOT NULL
  UNION ALL
  SELECT 'doc:' || cd.id::text, 'case_document', cd.title, cd.title, cd.added_at, f.size_bytes, f.kind, NULL::text, f.id::text, NULL::text
    FROM case_documents cd JOIN stored_files f ON f.id = cd.file_id
   WHERE cd.case_id = $1
  UNION ALL
  SELECT 'arc:' || ca.case_id::text, 'archive_inventory', 'Мұрағаттық іс құжаттарының тізімдемесі', 'Опись документов архивного дела',
         ca.archived_at, octet_length(d.content), NULL::text, d.media_type, d.id::text, NULL::text
    FROM case_archives ca JOIN documents d ON d.id = ca.inventory_document_id
   WHERE ca.case_id = $1 AND ca.status = 'archived'`;

/**
 * What a participant of category $2 sees of case $1 (optionally only
 * document $3), oldest first: the kinds the newest matrix version allows for
 * the case's form, minus the open blocks. Shared by the list below and the
 * one-statement case view (case-view-repository.ts).
 */
export const PARTICIPANT_DOCUMENTS_SQL = `WITH kase AS (SELECT c.id, c.form, o.time_zone FROM court_cases c JOIN organisations o ON o.id = c.court_id WHERE c.id = $1),
          seen AS (SELECT m.kind FROM enp_matrix_cells m JOIN kase ON m.form = kase.form
                    WHERE m.version = (SELECT max(version) FROM enp_matrix_versions) AND m.category = $2 AND m.allowed),
          docs AS (${SOURCES})
     SELECT docs.*, ((docs.at AT TIME ZONE kase.time_zone)::date)::text AS local_date
       FROM docs JOIN seen ON seen.kind = docs.kind CROSS JOIN kase
      WHERE NOT EXISTS (SELECT 1 FROM enp_document_blocks b WHERE b.case_id = $1 AND b.document_id = docs.id AND b.unblocked_at IS NULL)
        AND ($3::text IS NULL OR docs.id = $3::text)
      ORDER BY docs.at, docs.id`;

/** A document row as PARTICIPANT_DOCUMENTS_SQL returns it. */
export type EnpDocumentSqlRow = Row;

export const enpDocumentOf = (r: Row): EnpDocumentRow => ({
  id: r.id, kind: r.kind, title: { kk: r.title_kk, ru: r.title_ru }, at: new Date(r.at), localDate: r.local_date, size: Number(r.size),
  fileKind: r.file_kind, mediaType: r.media_type, ref: r.ref, verifyDocumentId: r.verify_document_id,
  block: r.block_reason ? { reason: r.block_reason, blockedAt: new Date(r.blocked_at!), blockedByName: r.blocked_by_name ?? null } : null,
});

/**
 * ENP-4, ENP-6, ENP-5: what a participant of `category` sees, oldest first:
 * the kinds the newest matrix version allows for the case's form, minus the
 * open blocks. `documentId` narrows it to that one document (the download).
 */
export async function listEnpParticipantDocuments(sql: Sql, caseId: string, category: ParticipantCategory, documentId: string | null = null)
  : Promise<EnpDocumentRow[]> {
  if (!isUuid(caseId)) return [];
  const result = await sql.query<Row>(PARTICIPANT_DOCUMENTS_SQL, [caseId, category, documentId]);
  return result.rows.map(enpDocumentOf);
}

/** ENP-5: every document of the case for the court's staff, with its open block, oldest first. */
export async function listEnpCaseDocumentsForStaff(sql: Sql, caseId: string): Promise<EnpDocumentRow[]> {
  if (!isUuid(caseId)) return [];
  const result = await sql.query<Row>(
    `WITH kase AS (SELECT c.id, o.time_zone FROM court_cases c JOIN organisations o ON o.id = c.court_id WHERE c.id = $1),
          docs AS (${SOURCES})
     SELECT docs.*, ((docs.at AT TIME ZONE kase.time_zone)::date)::text AS local_date,
            b.reason AS block_reason, b.blocked_at, u.full_name AS blocked_by_name
       FROM docs CROSS JOIN kase
       LEFT JOIN enp_document_blocks b ON b.case_id = $1 AND b.document_id = docs.id AND b.unblocked_at IS NULL
       LEFT JOIN users u ON u.id = b.blocked_by
      ORDER BY docs.at, docs.id`,
    [caseId]);
  return result.rows.map(enpDocumentOf);
}

/** ENP-5: block a document; false when it is blocked already (the open block's unique index). */
export async function insertEnpBlock(tx: Sql, b: { id: string; caseId: string; documentId: string; reason: string; by: string; at: Date })
  : Promise<boolean> {
  const result = await tx.query(
    `INSERT INTO enp_document_blocks (id, case_id, document_id, reason, blocked_by, blocked_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (case_id, document_id) WHERE unblocked_at IS NULL DO NOTHING`,
    [b.id, b.caseId, b.documentId, b.reason, b.by, b.at.toISOString()]);
  return result.rowCount === 1;
}

/** ENP-5: open a blocked document again; false when it was not blocked. */
export async function endEnpBlock(tx: Sql, b: { caseId: string; documentId: string; reason: string; by: string; at: Date }): Promise<boolean> {
  const result = await tx.query(
    `UPDATE enp_document_blocks SET unblocked_by = $3, unblocked_at = $4, unblock_reason = $5
      WHERE case_id = $1 AND document_id = $2 AND unblocked_at IS NULL`,
    [b.caseId, b.documentId, b.by, b.at.toISOString(), b.reason]);
  return result.rowCount === 1;
}

export type EnpJournalView = {
  at: Date; action: string; actorIin: string | null; address: string | null; details: Record<string, unknown>;
};

/** ENP-11: the journal's ЭНП entries of a case (views, downloads, the office's looks), newest first. */
export async function listEnpCaseJournal(sql: Sql, caseId: string, limit = 500): Promise<EnpJournalView[]> {
  if (!isUuid(caseId)) return [];
  const result = await sql.query<{ at: Date | string; action: string; actor_iin: string | null; address: string | null; details: unknown }>(
    `SELECT at, action, actor_iin, address, details FROM journal
      WHERE object_type = 'court_case' AND object_id = $1 AND action IN ('enp.case_viewed', 'enp.document_downloaded', 'enp.office_viewed')
      ORDER BY seq DESC LIMIT $2`, [caseId, limit]);
  return result.rows.map((r) => ({
    at: instantOrNull(r.at)!, action: r.action, actorIin: r.actor_iin, address: r.address,
    details: typeof r.details === 'object' && r.details !== null ? r.details as Record<string, unknown> : {},
  }));
}
