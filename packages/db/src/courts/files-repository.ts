import type { Sql } from '../database';
import type { AttachmentKind } from './codes';
import { isUuid } from './codes';

// stored_files: what identifies a file whose bytes live behind the
// file-storage port (FILE-1, FILE-5) — never the bytes themselves.

export type StoredFileRecord = {
  id: string; sha256: string; sizeBytes: number; kind: AttachmentKind; originalName: string; storageKey: string;
  uploadedBy: string | null; createdAt: Date;
};

type FileRow = {
  id: string; sha256: string; size_bytes: string | number; kind: AttachmentKind; original_name: string; storage_key: string;
  uploaded_by: string | null; created_at: Date | string;
};

const COLUMNS = 'id, sha256, size_bytes, kind, original_name, storage_key, uploaded_by, created_at';

const fileOf = (r: FileRow): StoredFileRecord => ({
  id: r.id, sha256: r.sha256, sizeBytes: Number(r.size_bytes), kind: r.kind, originalName: r.original_name, storageKey: r.storage_key,
  uploadedBy: r.uploaded_by, createdAt: new Date(r.created_at),
});

export type NewStoredFile = Omit<StoredFileRecord, 'createdAt'>;

export async function insertStoredFile(tx: Sql, file: NewStoredFile, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO stored_files (id, sha256, size_bytes, kind, original_name, storage_key, uploaded_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [file.id, file.sha256, file.sizeBytes, file.kind, file.originalName, file.storageKey, file.uploadedBy, now.toISOString()]);
}

/** One stored file; null for a missing or malformed id. */
export async function findStoredFile(sql: Sql, id: string): Promise<StoredFileRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<FileRow>(`SELECT ${COLUMNS} FROM stored_files WHERE id = $1`, [id]);
  return result.rows[0] ? fileOf(result.rows[0]) : null;
}

/** Several stored files by id (those that exist, in no particular order). */
export async function findStoredFiles(sql: Sql, ids: readonly string[]): Promise<StoredFileRecord[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const result = await sql.query<FileRow>(`SELECT ${COLUMNS} FROM stored_files WHERE id = ANY($1::uuid[])`, [valid]);
  return result.rows.map(fileOf);
}

/**
 * The stored file of these bytes (FILE-1: content-addressed, the same bytes
 * share one row): inserted when no row has its storage key yet, else the
 * existing row — also when two uploads of the same bytes race.
 */
export async function ensureStoredFile(tx: Sql, file: NewStoredFile, now: Date): Promise<StoredFileRecord> {
  await tx.query(
    `INSERT INTO stored_files (id, sha256, size_bytes, kind, original_name, storage_key, uploaded_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (storage_key) DO NOTHING`,
    [file.id, file.sha256, file.sizeBytes, file.kind, file.originalName, file.storageKey, file.uploadedBy, now.toISOString()]);
  const result = await tx.query<FileRow>(`SELECT ${COLUMNS} FROM stored_files WHERE storage_key = $1`, [file.storageKey]);
  const row = result.rows[0];
  if (!row) throw new Error(`stored file ${file.storageKey} missing right after its insert`);
  return fileOf(row);
}
