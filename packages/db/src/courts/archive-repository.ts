import type { Sql } from '../database';
import { recordEnpPageChange } from '../enp/page-versions-repository';
import { instantOrNull, isUuid } from './codes';

// The court's electronic archive (issue 15 items 4-5, FILE-17): a case's
// way to the archive (case_archives), what its signed inventory lists
// (case_archive_items), and the reads the inventory's sources make. The
// protection of what is archived is in the database (0017's triggers).
// Lock order: court_cases → case_archives → documents/signatures → journal.

export type CaseArchiveStatus = 'due' | 'inventory_prepared' | 'archived';

export type CaseArchiveRecord = {
  caseId: string; status: CaseArchiveStatus; version: number; inForceOn: string; dueOn: string;
  inventoryDocumentId: string | null; inventorySha256: string | null; preparedBy: string | null; preparedAt: Date | null;
  signatureId: string | null; archivedAt: Date | null;
  retention: { years: number | null; rule: string; confirmed: boolean } | null;
  createdAt: Date; changedAt: Date;
};

type ArchiveRow = {
  case_id: string; status: CaseArchiveStatus; version: number; in_force_on: string; due_on: string; inventory_document_id: string | null;
  inventory_sha256: string | null; prepared_by: string | null; prepared_at: Date | string | null; signature_id: string | null;
  archived_at: Date | string | null; retention_years: number | null; retention_rule: string | null; retention_confirmed: boolean | null;
  created_at: Date | string; changed_at: Date | string;
};

const COLUMNS = `a.case_id, a.status, a.version, a.in_force_on::text AS in_force_on, a.due_on::text AS due_on, a.inventory_document_id,
  a.inventory_sha256, a.prepared_by, a.prepared_at, a.signature_id, a.archived_at, a.retention_years, a.retention_rule, a.retention_confirmed,
  a.created_at, a.changed_at`;

const archiveOf = (r: ArchiveRow): CaseArchiveRecord => ({
  caseId: r.case_id, status: r.status, version: Number(r.version), inForceOn: r.in_force_on, dueOn: r.due_on,
  inventoryDocumentId: r.inventory_document_id, inventorySha256: r.inventory_sha256, preparedBy: r.prepared_by,
  preparedAt: instantOrNull(r.prepared_at), signatureId: r.signature_id, archivedAt: instantOrNull(r.archived_at),
  retention: r.retention_rule === null ? null
    : { years: r.retention_years === null ? null : Number(r.retention_years), rule: r.retention_rule, confirmed: r.retention_confirmed === true },
  createdAt: new Date(r.created_at), changedAt: new Date(r.changed_at),
});

/**
 * The handover deadline fired (§62): the case enters the «to archive»
 * queue. False when it is there already (a second legal-force mark, a
 * replayed deadline) — the first row stays.
 */
export async function insertCaseArchiveDue(tx: Sql, row: { caseId: string; inForceOn: string; dueOn: string }, now: Date): Promise<boolean> {
  const result = await tx.query(
    `INSERT INTO case_archives (case_id, status, version, in_force_on, due_on, created_at, changed_at)
     VALUES ($1, 'due', 1, $2, $3, $4, $4) ON CONFLICT (case_id) DO NOTHING`,
    [row.caseId, row.inForceOn, row.dueOn, now.toISOString()]);
  // ENP-4, ENP-10: every step of the archive is a change of the ЭНП page (what it reads of case_archives).
  if (result.rowCount === 1) await recordEnpPageChange(tx, row.caseId);
  return result.rowCount === 1;
}

export async function findCaseArchive(sql: Sql, caseId: string, options: { lock?: boolean } = {}): Promise<CaseArchiveRecord | null> {
  if (!isUuid(caseId)) return null;
  const result = await sql.query<ArchiveRow>(`SELECT ${COLUMNS} FROM case_archives a WHERE a.case_id = $1${options.lock ? ' FOR UPDATE' : ''}`, [caseId]);
  return result.rows[0] ? archiveOf(result.rows[0]) : null;
}

/** The archive row whose inventory is this document (the signing hook's way back to the case). */
export async function findCaseArchiveByInventory(sql: Sql, documentId: string): Promise<CaseArchiveRecord | null> {
  if (!isUuid(documentId)) return null;
  const result = await sql.query<ArchiveRow>(`SELECT ${COLUMNS} FROM case_archives a WHERE a.inventory_document_id = $1`, [documentId]);
  return result.rows[0] ? archiveOf(result.rows[0]) : null;
}

/** The secretary prepared (again) the inventory; conditional on the version the secretary saw — false on a lost race. */
export async function saveArchiveInventory(tx: Sql, caseId: string, expectedVersion: number,
  inventory: { documentId: string; sha256: string; preparedBy: string }, now: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE case_archives SET status = 'inventory_prepared', version = version + 1, inventory_document_id = $3, inventory_sha256 = $4,
            prepared_by = $5, prepared_at = $6, changed_at = $6
      WHERE case_id = $1 AND version = $2 AND status <> 'archived'`,
    [caseId, expectedVersion, inventory.documentId, inventory.sha256, inventory.preparedBy, now.toISOString()]);
  if (result.rowCount === 1) await recordEnpPageChange(tx, caseId);
  return result.rowCount === 1;
}

/** The judge signed the inventory: archived for good (0017's triggers refuse any change after). */
export async function markCaseArchived(tx: Sql, caseId: string, expectedVersion: number,
  archived: { signatureId: string; retention: { years: number | null; rule: string; confirmed: boolean } }, now: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE case_archives SET status = 'archived', version = version + 1, signature_id = $3, archived_at = $4, changed_at = $4,
            retention_years = $5, retention_rule = $6, retention_confirmed = $7
      WHERE case_id = $1 AND version = $2 AND status = 'inventory_prepared'`,
    [caseId, expectedVersion, archived.signatureId, now.toISOString(), archived.retention.years, archived.retention.rule,
      archived.retention.confirmed]);
  // ENP-10: from this commit the page shows the archive's inventory instead of the live documents.
  if (result.rowCount === 1) await recordEnpPageChange(tx, caseId);
  return result.rowCount === 1;
}

export type ArchiveItemRecord = {
  caseId: string; position: number; source: string; title: string; sha256: string; fileId: string | null; documentId: string | null;
};

export async function insertArchiveItems(tx: Sql, items: readonly ArchiveItemRecord[]): Promise<void> {
  for (const i of items) {
    await tx.query(
      'INSERT INTO case_archive_items (case_id, position, source, title, sha256, file_id, document_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [i.caseId, i.position, i.source, i.title, i.sha256, i.fileId, i.documentId]);
  }
  for (const caseId of new Set(items.map((i) => i.caseId))) await recordEnpPageChange(tx, caseId);
}

export async function listArchiveItems(sql: Sql, caseId: string): Promise<ArchiveItemRecord[]> {
  const result = await sql.query<{ case_id: string; position: number; source: string; title: string; sha256: string; file_id: string | null;
    document_id: string | null }>(
    'SELECT case_id, position, source, title, sha256, file_id, document_id FROM case_archive_items WHERE case_id = $1 ORDER BY position', [caseId]);
  return result.rows.map((r) => ({ caseId: r.case_id, position: Number(r.position), source: r.source, title: r.title, sha256: r.sha256,
    fileId: r.file_id, documentId: r.document_id }));
}

export type ArchiveQueueItem = {
  caseId: string; number: string; status: CaseArchiveStatus; inForceOn: string; dueOn: string; preparedAt: Date | null;
};

/** The «to archive» queue of a court (§62): cases whose handover deadline fired and which are not archived, by handover day. */
export async function listCasesToArchive(sql: Sql, courtId: string): Promise<ArchiveQueueItem[]> {
  const result = await sql.query<{ case_id: string; number: string; status: CaseArchiveStatus; in_force_on: string; due_on: string;
    prepared_at: Date | string | null }>(
    `SELECT a.case_id, k.number, a.status, a.in_force_on::text AS in_force_on, a.due_on::text AS due_on, a.prepared_at
       FROM case_archives a JOIN court_cases k ON k.id = a.case_id
      WHERE k.court_id = $1 AND a.status <> 'archived' ORDER BY a.due_on, k.number`, [courtId]);
  return result.rows.map((r) => ({ caseId: r.case_id, number: r.number, status: r.status, inForceOn: r.in_force_on, dueOn: r.due_on,
    preparedAt: instantOrNull(r.prepared_at) }));
}

// The inventory's sources: what the case holds.

export type CaseFileForArchive = {
  caseDocumentId: string; title: string; fileId: string; sha256: string; sizeBytes: number; kind: string; originalName: string;
  storageKey: string; addedAt: Date;
};

/** The case's documents (case_documents) with their stored files' SHA-256. */
export async function listCaseFilesForArchive(sql: Sql, caseId: string): Promise<CaseFileForArchive[]> {
  const result = await sql.query<{ id: string; title: string; file_id: string; sha256: string; size_bytes: string | number; kind: string;
    original_name: string; storage_key: string; added_at: Date | string }>(
    `SELECT d.id, d.title, d.file_id, f.sha256, f.size_bytes, f.kind, f.original_name, f.storage_key, d.added_at
       FROM case_documents d JOIN stored_files f ON f.id = d.file_id WHERE d.case_id = $1 ORDER BY d.added_at, d.position NULLS LAST, d.id`, [caseId]);
  return result.rows.map((r) => ({ caseDocumentId: r.id, title: r.title, fileId: r.file_id, sha256: r.sha256, sizeBytes: Number(r.size_bytes),
    kind: r.kind, originalName: r.original_name, storageKey: r.storage_key, addedAt: new Date(r.added_at) }));
}

/**
 * The ids of the signed documents the case's filings brought: each
 * filing's manifest (filings.signature_id) and each supplement manifest
 * (the signature named in the case's course).
 */
export async function listSignedFilingDocumentIds(sql: Sql, caseId: string): Promise<string[]> {
  const result = await sql.query<{ id: string }>(
    `SELECT DISTINCT d.id FROM documents d JOIN signatures s ON s.document_id = d.id::text
      WHERE d.signed_at IS NOT NULL AND s.valid AND s.id IN (
        SELECT f.signature_id FROM filings f WHERE f.registered_case_id = $1 AND f.signature_id IS NOT NULL
        UNION
        SELECT (e.details->>'signatureId')::uuid FROM case_events e
         WHERE e.case_id = $1 AND e.details->>'signatureId' ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')`, [caseId]);
  return result.rows.map((r) => r.id);
}

export type SignedDocumentSummary = {
  id: string; kind: string; title: { kk: string; ru: string }; mediaType: string; contentHash: string; size: number; createdAt: Date; signedAt: Date;
};

/** Signed documents by id (no content): what the inventory lists of them. */
export async function listSignedDocumentSummaries(sql: Sql, ids: readonly string[]): Promise<SignedDocumentSummary[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const result = await sql.query<{ id: string; kind: string; title_kk: string; title_ru: string; media_type: string; content_hash: string;
    size: number | string; created_at: Date | string; signed_at: Date | string }>(
    `SELECT id, kind, title_kk, title_ru, media_type, content_hash, octet_length(content) AS size, created_at, signed_at
       FROM documents WHERE id = ANY($1::uuid[]) AND signed_at IS NOT NULL ORDER BY created_at, id`, [valid]);
  return result.rows.map((r) => ({ id: r.id, kind: r.kind, title: { kk: r.title_kk, ru: r.title_ru }, mediaType: r.media_type,
    contentHash: r.content_hash, size: Number(r.size), createdAt: new Date(r.created_at), signedAt: new Date(r.signed_at) }));
}

export type StoredSignatureRecord = {
  id: string; documentId: string; contentHash: string; signerIin: string | null; signerBin: string | null; signerName: string | null;
  algorithm: string | null; cms: Uint8Array; valid: boolean; checkedAt: Date; evidence: Record<string, unknown>;
};

/** The valid signatures stored over these documents, with their CMS and evidence (SIG-7), oldest first. */
export async function listSignaturesOfDocuments(sql: Sql, documentIds: readonly string[]): Promise<StoredSignatureRecord[]> {
  if (documentIds.length === 0) return [];
  const result = await sql.query<{ id: string; document_id: string; content_hash: string; signer_iin: string | null; signer_bin: string | null;
    signer_name: string | null; algorithm: string | null; cms: Uint8Array; valid: boolean; checked_at: Date | string; evidence: Record<string, unknown> | null }>(
    `SELECT id, document_id, content_hash, signer_iin, signer_bin, signer_name, algorithm, cms, valid, checked_at, evidence
       FROM signatures WHERE document_id = ANY($1::text[]) AND valid ORDER BY checked_at, id`, [[...documentIds]]);
  return result.rows.map((r) => ({ id: r.id, documentId: r.document_id, contentHash: r.content_hash, signerIin: r.signer_iin,
    signerBin: r.signer_bin, signerName: r.signer_name, algorithm: r.algorithm, cms: new Uint8Array(r.cms), valid: r.valid,
    checkedAt: new Date(r.checked_at), evidence: r.evidence ?? {} }));
}
