import { createHash, randomUUID } from 'node:crypto';
import type { Sql, StoredDocument } from '@oryndau/db';
import { findDocument, insertDocument } from '@oryndau/db';
import type { DocumentKind } from './document-kinds';

export type { StoredDocument } from '@oryndau/db';

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
  await insertDocument(tx, stored);
  return stored;
}

export async function loadDocument(sql: Sql, id: string): Promise<StoredDocument | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return findDocument(sql, id);
}
