import { canonicalJson } from '../canonical-json';
import type { LocalizedText } from '@oryndau/kz';

/**
 * FILE-17, seed 003 §62: the inventory (іс тізімдемесі / опись дела) the
 * secretary prepares and the judge signs when a case goes to the archive.
 * Every document of the case is listed with its SHA-256 and the signatures
 * made over it (who, when, the signature's id), so the signed inventory
 * alone proves which bytes were archived. Pure: the caller gathers the
 * entries (one list per source — the case's files, the signed filings,
 * the court's acts) and the instant; the same input gives the same bytes.
 */

export const ARCHIVE_INVENTORY_FORMAT = 'oryndau.court-archive-inventory';
export const ARCHIVE_INVENTORY_VERSION = 1;

export type InventorySignature = {
  /** The stored signature's id (signatures.id): its .p7s and evidence in an export are named by it. */
  id: string;
  signerName: string | null;
  signerIin: string | null;
  signerBin: string | null;
  /** When it was verified on arrival (the time its evidence was taken at). */
  signedAt: string;
  algorithm: string | null;
};

export type InventoryEntryInput = {
  /** Which source listed it ('case_document', 'signed_document', 'court_act', …): sources are a list, acts are one more. */
  source: string;
  title: string;
  /** A file name for the export, with its extension (original format, §59). */
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  /** Exactly one: a stored file (case_documents → stored_files) or a stored signed document (documents). */
  fileId: string | null;
  documentId: string | null;
  signatures: readonly InventorySignature[];
  /** For ordering: when it became part of the case. */
  addedAt: string;
};

export type InventoryEntry = InventoryEntryInput & { position: number };

export type ArchiveInventory = {
  format: typeof ARCHIVE_INVENTORY_FORMAT;
  version: typeof ARCHIVE_INVENTORY_VERSION;
  case: { id: string; number: string; court: { id: string; name: LocalizedText }; form: string; category: string };
  inForceOn: string;
  preparedAt: string;
  preparedBy: { userId: string; name: string };
  retention: { years: number | null; rule: string; confirmed: boolean };
  entries: InventoryEntry[];
};

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The inventory with its entries numbered in a stable order (when they came
 * into the case, then source, then id), duplicates — the same stored file
 * or document listed by two sources — kept once.
 */
export function buildArchiveInventory(input: Omit<ArchiveInventory, 'format' | 'version' | 'entries'> & { entries: readonly InventoryEntryInput[] })
  : ArchiveInventory {
  const seen = new Set<string>();
  const unique = input.entries.filter((e) => {
    const key = e.fileId ? `file:${e.fileId}` : `document:${e.documentId}`;
    if ((e.fileId === null) === (e.documentId === null)) throw new TypeError('an inventory entry is a stored file or a document, exactly one');
    if (!HEX64.test(e.sha256)) throw new TypeError(`not a SHA-256: ${e.sha256}`);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sorted = [...unique].sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0)
    || a.source.localeCompare(b.source) || (a.fileId ?? a.documentId ?? '').localeCompare(b.fileId ?? b.documentId ?? ''));
  return {
    format: ARCHIVE_INVENTORY_FORMAT, version: ARCHIVE_INVENTORY_VERSION, case: input.case, inForceOn: input.inForceOn,
    preparedAt: input.preparedAt, preparedBy: input.preparedBy, retention: input.retention,
    entries: sorted.map((e, i) => ({ ...e, position: i + 1, signatures: [...e.signatures].sort((a, b) => a.signedAt.localeCompare(b.signedAt) || a.id.localeCompare(b.id)) })),
  };
}

/** The bytes the judge signs: canonical JSON (keys sorted), UTF-8. */
export function archiveInventoryBytes(inventory: ArchiveInventory): Uint8Array {
  return new TextEncoder().encode(canonicalJson(inventory));
}

/** Reads inventory bytes back (the export's verifier, the archive's pages); null when they are not an inventory of this format. */
export function parseArchiveInventory(bytes: Uint8Array): ArchiveInventory | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const v = value as Partial<ArchiveInventory> | null;
  if (!v || v.format !== ARCHIVE_INVENTORY_FORMAT || v.version !== ARCHIVE_INVENTORY_VERSION || !Array.isArray(v.entries)) return null;
  const ok = v.entries.every((e) => e && typeof e === 'object' && Number.isSafeInteger(e.position) && typeof e.sha256 === 'string'
    && HEX64.test(e.sha256) && typeof e.fileName === 'string' && Array.isArray(e.signatures));
  return ok ? (v as ArchiveInventory) : null;
}

/**
 * Whether the case still holds exactly what a prepared inventory lists —
 * the same stored files and documents with the same hashes. A document
 * added (or a signature made) after preparing makes it stale: the judge
 * would sign a list that is not the case any more.
 */
export function inventoryMatches(inventory: ArchiveInventory, current: readonly InventoryEntryInput[]): boolean {
  const key = (e: Pick<InventoryEntryInput, 'fileId' | 'documentId' | 'sha256' | 'signatures'>) =>
    `${e.fileId ?? ''}|${e.documentId ?? ''}|${e.sha256}|${e.signatures.map((s) => s.id).sort().join(',')}`;
  const listed = new Set(inventory.entries.map(key));
  const now = new Set(current.map(key));
  return listed.size === now.size && [...listed].every((k) => now.has(k));
}
