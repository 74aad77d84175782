import { createHash } from 'node:crypto';
import type { FileStoragePort } from '@oryndau/adapters';
import type { Sql } from '@oryndau/db';
import { findDocument, findStoredFile } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { CaseArchiveRecord } from '@oryndau/db';

/** The signed inventory of an archived case, parsed, with its stored bytes. */
export async function archivedInventory(sql: Sql, archive: CaseArchiveRecord) {
  const document = archive.inventoryDocumentId ? await findDocument(sql, archive.inventoryDocumentId) : null;
  const inventory = document ? courts.parseArchiveInventory(document.content) : null;
  if (!document || !inventory) throw new DomainError(ErrorCode.notFound);
  return { document, inventory };
}

export function inventoryEntry(inventory: courts.ArchiveInventory, position: number): courts.InventoryEntry {
  const entry = inventory.entries.find((e) => e.position === position);
  if (!entry) throw new DomainError(ErrorCode.notFound);
  return entry;
}

/**
 * An inventory entry's bytes as stored — the stored file through the
 * storage port, or the signed document's content — and whether they still
 * hash to what the signed inventory lists (§61 p.3). Missing or corrupt
 * storage reads as null bytes, never as someone else's file.
 */
export async function entryBytes(sql: Sql, files: FileStoragePort, entry: courts.InventoryEntry)
  : Promise<{ bytes: Uint8Array | null; intact: boolean }> {
  let bytes: Uint8Array | null = null;
  if (entry.fileId) {
    const file = await findStoredFile(sql, entry.fileId);
    bytes = file ? await files.get(file.storageKey).catch(() => null) : null;
  } else if (entry.documentId) {
    bytes = (await findDocument(sql, entry.documentId))?.content ?? null;
  }
  const intact = bytes !== null && createHash('sha256').update(bytes).digest('hex') === entry.sha256;
  return { bytes, intact };
}

/** The bytes, or a 404 when they are gone or no longer the archived ones. */
export async function requireEntryBytes(sql: Sql, files: FileStoragePort, entry: courts.InventoryEntry): Promise<Uint8Array> {
  const { bytes, intact } = await entryBytes(sql, files, entry);
  if (!bytes || !intact) throw new DomainError(ErrorCode.notFound);
  return bytes;
}
