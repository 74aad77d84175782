import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { FileStoragePort } from '@oryndau/adapters';
import type { CaseArchiveRecord, Sql, StoredSignatureRecord } from '@oryndau/db';
import { listSignaturesOfDocuments } from '@oryndau/db';
import type { ArchiveCase } from './archive-access';
import { archivedInventory, requireEntryBytes } from './archive-content';
import { storedEvidence } from './reverify-archived-case';

/** The export's format (manifest.json), read by `oryndau archive verify`. */
export const ARCHIVE_EXPORT_FORMAT = 'oryndau.court-archive-export';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const b64 = (list: Uint8Array[]) => list.map((b) => Buffer.from(b).toString('base64'));

type SignatureRef = { id: string; path: string; evidence: string };

/**
 * FILE-17 (issue 15 item 5): an archived case as one ZIP that proves itself
 * outside Oryndau — every document in its original format and bytes
 * (documents/NNN-name), each signature over it as a detached or attached
 * CMS (signatures/NNN-id.p7s) with the evidence it was verified with
 * (evidence/id.json: time, chain, CRLs, OCSP), the judge-signed inventory
 * (inventory.json + inventory.json.p7s) and manifest.json naming them all.
 */
export async function exportArchivedCase(
  deps: { db: Sql; files: FileStoragePort }, found: ArchiveCase & { archive: CaseArchiveRecord }, now: Date,
): Promise<{ zip: Uint8Array; fileName: string }> {
  const { document, inventory } = await archivedInventory(deps.db, found.archive);
  const date = found.archive.archivedAt ?? now;
  const zip = new JSZip();
  const put = (path: string, bytes: Uint8Array | string) => zip.file(path, bytes, { date, binary: typeof bytes !== 'string' });
  const signatures = await listSignaturesOfDocuments(deps.db, [document.id, ...inventory.entries.flatMap((e) => (e.documentId ? [e.documentId] : []))]);
  const addSignature = (signature: StoredSignatureRecord, path: string): SignatureRef => {
    const evidence = storedEvidence(signature);
    put(path, signature.cms);
    const evidencePath = `evidence/${signature.id}.json`;
    put(evidencePath, JSON.stringify({ signatureId: signature.id, time: evidence.time?.toISOString() ?? null, chain: b64(evidence.chain),
      crls: b64(evidence.crls), ocsp: b64(evidence.ocsp) }, null, 2));
    return { id: signature.id, path, evidence: evidencePath };
  };

  put('inventory.json', document.content);
  const inventorySignatures = signatures.filter((s) => s.documentId === document.id)
    .map((s, i, all) => addSignature(s, all.length === 1 ? 'inventory.json.p7s' : `inventory.json.${i + 1}.p7s`));
  const documents = [];
  for (const entry of inventory.entries) {
    const bytes = await requireEntryBytes(deps.db, deps.files, entry);
    const number = String(entry.position).padStart(3, '0');
    const path = `documents/${number}-${entry.fileName}`;
    put(path, bytes);
    const refs = entry.documentId
      ? signatures.filter((s) => s.documentId === entry.documentId).map((s) => addSignature(s, `signatures/${number}-${s.id}.p7s`)) : [];
    documents.push({ position: entry.position, title: entry.title, path, sha256: sha256(bytes), signatures: refs });
  }
  put('manifest.json', JSON.stringify({
    format: ARCHIVE_EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(),
    case: { id: found.details.courtCase.id, number: found.details.courtCase.number, court: found.court.name },
    archivedAt: found.archive.archivedAt?.toISOString() ?? null,
    inventory: { path: 'inventory.json', sha256: document.contentHash, signatures: inventorySignatures },
    documents,
  }, null, 2));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { zip: bytes, fileName: `case-${found.details.courtCase.number.replace(/[^0-9A-Za-z-]+/g, '_')}.zip` };
}
