import type { Sql } from '../database';

/** The bytes that are (or will be) signed, stored once and never re-rendered. */
export type StoredDocument = {
  id: string; kind: string; title: { kk: string; ru: string }; mediaType: string; content: Uint8Array;
  contentHash: string; createdBy: string | null; createdAt: Date; signedAt: Date | null;
};

type Row = {
  id: string; kind: string; title_kk: string; title_ru: string; media_type: string; content: Uint8Array;
  content_hash: string; created_by: string | null; created_at: Date; signed_at: Date | null;
};

export async function insertDocument(tx: Sql, doc: StoredDocument): Promise<void> {
  await tx.query(
    `INSERT INTO documents (id, kind, title_kk, title_ru, media_type, content, content_hash, created_by, created_at, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [doc.id, doc.kind, doc.title.kk, doc.title.ru, doc.mediaType, Buffer.from(doc.content), doc.contentHash,
      doc.createdBy, doc.createdAt.toISOString(), doc.signedAt?.toISOString() ?? null],
  );
}

/** The document with this id (the caller has checked it is a UUID), or null. */
export async function findDocument(sql: Sql, id: string): Promise<StoredDocument | null> {
  const r = (await sql.query<Row>(
    'SELECT id, kind, title_kk, title_ru, media_type, content, content_hash, created_by, created_at, signed_at FROM documents WHERE id = $1',
    [id])).rows[0];
  if (!r) return null;
  return {
    id: r.id, kind: r.kind, title: { kk: r.title_kk, ru: r.title_ru }, mediaType: r.media_type,
    content: new Uint8Array(r.content), contentHash: r.content_hash, createdBy: r.created_by,
    createdAt: new Date(r.created_at), signedAt: r.signed_at ? new Date(r.signed_at) : null,
  };
}

/** ISSUE-13 item 1: the draft rendering an act is read in until it is signed (null once signed, or when there is none). */
export async function findDraftRendering(sql: Sql, id: string): Promise<Uint8Array | null> {
  const r = (await sql.query<{ draft_rendering: Uint8Array | null }>(
    'SELECT draft_rendering FROM documents WHERE id = $1 AND signed_at IS NULL', [id])).rows[0];
  return r?.draft_rendering ? new Uint8Array(r.draft_rendering) : null;
}

/** Stores the draft rendering beside the bytes to sign (in the transaction that created the document). */
export async function storeDraftRendering(tx: Sql, id: string, bytes: Uint8Array): Promise<void> {
  await tx.query('UPDATE documents SET draft_rendering = $2 WHERE id = $1 AND signed_at IS NULL', [id, Buffer.from(bytes)]);
}

/** Marks the document signed at its first accepted signature (later ones keep the first time). */
export async function markDocumentSigned(tx: Sql, id: string, at: Date): Promise<void> {
  await tx.query('UPDATE documents SET signed_at = $2 WHERE id = $1 AND signed_at IS NULL', [id, at.toISOString()]);
}

/** A verified signature with its evidence (SIG-4, SIG-7). */
export type NewSignature = {
  id: string; challengeId: string | null; documentType: string; documentId: string; contentHash: string;
  signer: { iin: string | null; bin: string | null; name: string | null; algorithm: string | null };
  cms: Uint8Array; checkedAt: Date; evidence: unknown;
};

export async function insertSignature(tx: Sql, s: NewSignature): Promise<void> {
  await tx.query(
    `INSERT INTO signatures (id, challenge_id, document_type, document_id, content_hash, signer_iin, signer_bin, signer_name, algorithm,
                             cms, valid, checked_at, evidence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, $11, $12::jsonb)`,
    [s.id, s.challengeId, s.documentType, s.documentId, s.contentHash, s.signer.iin, s.signer.bin, s.signer.name, s.signer.algorithm,
      Buffer.from(s.cms), s.checkedAt.toISOString(), JSON.stringify(s.evidence ?? {})],
  );
}
