import { createHash, randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import type { DocumentKind } from './document-kinds';

export type StoredDocument = {
  id: string; kind: string; title: { kk: string; ru: string }; mediaType: string; content: Uint8Array;
  contentHash: string; createdBy: string | null; createdAt: Date; signedAt: Date | null;
};

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores the bytes that will be signed — once; they are never re-rendered.
 * `signedAt` for bytes that arrive already signed (the system's seal), whose
 * signature the caller stores in the same transaction.
 */
export async function createDocument(
  tx: Sql,
  doc: { kind: DocumentKind; title: { kk: string; ru: string }; mediaType: string; content: Uint8Array; createdBy: string | null; id?: string; signedAt?: Date },
  now: Date,
): Promise<StoredDocument> {
  const stored: StoredDocument = {
    // An id chosen before rendering lets the document print its own verification QR code.
    id: doc.id ?? randomUUID(), kind: doc.kind, title: doc.title, mediaType: doc.mediaType, content: doc.content,
    contentHash: sha256Hex(doc.content), createdBy: doc.createdBy, createdAt: now, signedAt: doc.signedAt ?? null,
  };
  await tx.query(
    `INSERT INTO documents (id, kind, title_kk, title_ru, media_type, content, content_hash, created_by, created_at, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [stored.id, stored.kind, doc.title.kk, doc.title.ru, doc.mediaType, Buffer.from(doc.content), stored.contentHash,
      doc.createdBy, now.toISOString(), stored.signedAt?.toISOString() ?? null],
  );
  return stored;
}

type Row = {
  id: string; kind: string; title_kk: string; title_ru: string; media_type: string; content: Uint8Array;
  content_hash: string; created_by: string | null; created_at: Date; signed_at: Date | null;
};

export async function loadDocument(sql: Sql, id: string): Promise<StoredDocument | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const result = await sql.query<Row>('SELECT * FROM documents WHERE id = $1', [id]);
  const r = result.rows[0];
  if (!r) return null;
  return {
    id: r.id, kind: r.kind, title: { kk: r.title_kk, ru: r.title_ru }, mediaType: r.media_type,
    content: new Uint8Array(r.content), contentHash: r.content_hash, createdBy: r.created_by,
    createdAt: new Date(r.created_at), signedAt: r.signed_at ? new Date(r.signed_at) : null,
  };
}
