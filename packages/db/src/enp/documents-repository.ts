import type { Sql } from '../database';
import type { ParticipantCategory } from '../courts/codes';
import { instantOrNull, isUuid } from '../courts/codes';
import { recordEnpPageChange } from './page-versions-repository';

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
  /** The SHA-256 the archive's inventory recorded (archived documents, ENP-10): the bytes are checked against it. */
  sha256: string | null;
  /** An archived document's id before the case was archived (act:…, doc:…): a block on it still holds. */
  liveId: string | null;
  /** Staff list only: the open block. */
  block: { reason: string; blockedAt: Date; blockedByName: string | null } | null;
};

type Row = {
  id: string; kind: string; title_kk: string; title_ru: string; at: Date | string; local_date: string; size: number | string;
  file_kind: string | null; media_type: string | null; ref: string; verify_document_id: string | null; sha256: string | null; live_id: string | null;
  block_reason?: string | null; blocked_at?: Date | string | null; blocked_by_name?: string | null;
};

// An archived case (ENP-10, FILE-17) shows what its signed inventory lists —
// the archive's items, `arc:<case>:<position>`, each with the SHA-256 the
// inventory recorded — instead of the live tables; its kind is the act's
// kind for an act (or its legal-force mark), case_document for a filed
// file. A block put on the live id (act:…, doc:…) before the case was
// archived keeps holding: `live_id` carries it.
const ARCHIVED = "EXISTS (SELECT 1 FROM case_archives x WHERE x.case_id = $1 AND x.status = 'archived')";
const SOURCES = `
  SELECT 'act:' || a.id::text AS id, a.kind, a.title_kk, a.title_ru, a.published_at AS at, octet_length(d.content) AS size,
         NULL::text AS file_kind, d.media_type, a.id::text AS ref, a.document_id::text AS verify_document_id,
         NULL::text AS sha256, NULL::text AS live_id
    FROM court_acts a JOIN documents d ON d.id = a.document_id
   WHERE a.case_id = $1 AND a.published_at IS NOT NULL AND NOT ${ARCHIVED}
  UNION ALL
  SELECT 'doc:' || cd.id::text, 'case_document', cd.title, cd.title, cd.added_at, f.size_bytes, f.kind, NULL::text, f.id::text, NULL::text,
         NULL::text, NULL::text
    FROM case_documents cd JOIN stored_files f ON f.id = cd.file_id
   WHERE cd.case_id = $1 AND NOT ${ARCHIVED}
  UNION ALL
  SELECT 'arc:' || i.case_id::text || ':' || i.position::text,
         COALESCE(a.kind, m.kind, 'case_document'),
         COALESCE(a.title_kk, m.title_kk, cd.title, i.title), COALESCE(a.title_ru, m.title_ru, cd.title, i.title),
         COALESCE(a.published_at, m.published_at, cd.added_at, ca.archived_at),
         COALESCE(f.size_bytes, octet_length(d.content)), f.kind, d.media_type,
         COALESCE(i.file_id, i.document_id)::text, i.document_id::text, i.sha256,
         CASE WHEN a.id IS NOT NULL THEN 'act:' || a.id::text WHEN m.id IS NOT NULL THEN 'act:' || m.id::text
              WHEN cd.id IS NOT NULL THEN 'doc:' || cd.id::text END
    FROM case_archives ca JOIN case_archive_items i ON i.case_id = ca.case_id
    LEFT JOIN stored_files f ON f.id = i.file_id
    LEFT JOIN documents d ON d.id = i.document_id
    LEFT JOIN court_acts a ON a.case_id = ca.case_id AND a.document_id = i.document_id
    LEFT JOIN court_acts m ON m.case_id = ca.case_id AND m.legal_force_document_id = i.document_id
    LEFT JOIN LATERAL (SELECT c.id, c.title, c.added_at FROM case_documents c WHERE c.case_id = ca.case_id AND c.file_id = i.file_id
                        ORDER BY c.added_at, c.id LIMIT 1) cd ON i.file_id IS NOT NULL
   WHERE ca.case_id = $1 AND ca.status = 'archived' AND i.source IN ('case_document', 'court_act')
  UNION ALL
  SELECT 'arc:' || ca.case_id::text, 'archive_inventory', 'Мұрағаттық іс құжаттарының тізімдемесі', 'Опись документов архивного дела',
         ca.archived_at, octet_length(d.content), NULL::text, d.media_type, d.id::text, NULL::text, ca.inventory_sha256, NULL::text
    FROM case_archives ca JOIN documents d ON d.id = ca.inventory_document_id
   WHERE ca.case_id = $1 AND ca.status = 'archived'`;

/** An open block on the document — on its own id, or on the live id it had before the case was archived. */
const BLOCKED = `EXISTS (SELECT 1 FROM enp_document_blocks b WHERE b.case_id = $1 AND b.document_id IN (docs.id, docs.live_id) AND b.unblocked_at IS NULL)`;

/**
 * What a participant of category $2 sees of case $1 (optionally only
 * document $3), oldest first: the kinds the newest matrix version allows for
 * the case's form, minus the open blocks (also one put on a document's live id before the case was archived). Shared by the list below and the
 * one-statement case view (case-view-repository.ts).
 */
export const PARTICIPANT_DOCUMENTS_SQL = `WITH kase AS (SELECT c.id, c.form, o.time_zone FROM court_cases c JOIN organisations o ON o.id = c.court_id WHERE c.id = $1),
          seen AS (SELECT m.kind FROM enp_matrix_cells m JOIN kase ON m.form = kase.form
                    WHERE m.version = (SELECT max(version) FROM enp_matrix_versions) AND m.category = $2 AND m.allowed),
          docs AS (${SOURCES})
     SELECT docs.*, ((docs.at AT TIME ZONE kase.time_zone)::date)::text AS local_date
       FROM docs JOIN seen ON seen.kind = docs.kind CROSS JOIN kase
      WHERE NOT ${BLOCKED}
        AND ($3::text IS NULL OR docs.id = $3::text)
      ORDER BY docs.at, docs.id`;

/** A document row as PARTICIPANT_DOCUMENTS_SQL returns it. */
export type EnpDocumentSqlRow = Row;

export const enpDocumentOf = (r: Row): EnpDocumentRow => ({
  id: r.id, kind: r.kind, title: { kk: r.title_kk, ru: r.title_ru }, at: new Date(r.at), localDate: r.local_date, size: Number(r.size),
  fileKind: r.file_kind, mediaType: r.media_type, ref: r.ref, verifyDocumentId: r.verify_document_id, sha256: r.sha256, liveId: r.live_id,
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
       LEFT JOIN LATERAL (SELECT * FROM enp_document_blocks x WHERE x.case_id = $1 AND x.document_id IN (docs.id, docs.live_id)
                           AND x.unblocked_at IS NULL ORDER BY x.blocked_at LIMIT 1) b ON true
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
  // ENP-5: the block and the page's new version commit together — a cached page listing the document is never served again.
  if (result.rowCount === 1) await recordEnpPageChange(tx, b.caseId);
  return result.rowCount === 1;
}

/** ENP-5: open a blocked document again; false when it was not blocked. */
export async function endEnpBlock(tx: Sql, b: { caseId: string; documentId: string; liveId?: string | null; reason: string; by: string; at: Date })
  : Promise<boolean> {
  // An archived document's block may sit on its live id (ENP-10): opening it opens both.
  const result = await tx.query(
    `UPDATE enp_document_blocks SET unblocked_by = $3, unblocked_at = $4, unblock_reason = $5
      WHERE case_id = $1 AND document_id IN ($2, COALESCE($6, $2)) AND unblocked_at IS NULL`,
    [b.caseId, b.documentId, b.by, b.at.toISOString(), b.reason, b.liveId ?? null]);
  if (result.rowCount > 0) await recordEnpPageChange(tx, b.caseId);
  return result.rowCount === 1;
}

export type EnpJournalView = {
  at: Date; action: string; actorIin: string | null; address: string | null; details: Record<string, unknown>;
};

/** ENP-11: the journal's ЭНП entries of a case (views, downloads, the office's looks), newest first. */
export async function listEnpCaseJournal(sql: Sql, caseId: string, limit = 500): Promise<EnpJournalView[]> {
  if (!isUuid(caseId)) return [];
  return listEnpJournalOf(sql, 'court_case', caseId, limit);
}

/** ENP-11, ENP-10: the same for any object the portal shows — a court case, or an ЭАСД case by its archive id (`easd_case`). */
export async function listEnpJournalOf(sql: Sql, objectType: 'court_case' | 'easd_case', objectId: string, limit = 500): Promise<EnpJournalView[]> {
  const result = await sql.query<{ at: Date | string; action: string; actor_iin: string | null; address: string | null; details: unknown }>(
    `SELECT at, action, actor_iin, address, details FROM journal
      WHERE object_type = $3 AND object_id = $1 AND action IN ('enp.case_viewed', 'enp.document_downloaded', 'enp.office_viewed')
      ORDER BY seq DESC LIMIT $2`, [objectId, limit, objectType]);
  return result.rows.map((r) => ({
    at: instantOrNull(r.at)!, action: r.action, actorIin: r.actor_iin, address: r.address,
    details: typeof r.details === 'object' && r.details !== null ? r.details as Record<string, unknown> : {},
  }));
}
