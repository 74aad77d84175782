import type { Sql } from '@oryndau/db';
import {
  listCaseFilesForArchive, listCourtActsOfCase, listSignaturesOfDocuments, listSignedDocumentSummaries, listSignedFilingDocumentIds,
} from '@oryndau/db';
import type { courts } from '@oryndau/domain';
import type { LocalizedText } from '@oryndau/kz';
import { MEDIA_TYPE_OF_KIND } from '../file-store';

/**
 * FILE-17: where the inventory's entries come from. Each source lists what
 * it knows of a case; the inventory is their union. The court's acts
 * (issue 15 item 1, court_acts) are one more source: `courtActsSource`.
 */
export type ArchiveSource = {
  id: string;
  name: LocalizedText;
  entries(sql: Sql, caseId: string): Promise<courts.InventoryEntryInput[]>;
};

const EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf', 'application/json': 'json', 'image/jpeg': 'jpg', 'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** A file name safe in a ZIP on every system, keeping letters of any script and the extension. */
export function safeFileName(name: string, fallbackExtension: string): string {
  // Control characters (below U+0020) and the path and shell-reserved ones become '_'.
  const cleaned = [...name.normalize('NFC')].map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('')
    .replace(/\s+/g, ' ').trim().slice(0, 120);
  if (!cleaned || cleaned.startsWith('.')) return `document.${fallbackExtension}`;
  return /\.[A-Za-z0-9]{1,5}$/.test(cleaned) ? cleaned : `${cleaned}.${fallbackExtension}`;
}

/** The case's documents (FILE-1, FILE-5, FILE-8): each stored file by its SHA-256; signed through the filing that brought it. */
export const caseFilesSource: ArchiveSource = {
  id: 'case_document',
  name: { kk: 'Іс құжаты', ru: 'Документ дела' },
  async entries(sql, caseId) {
    return (await listCaseFilesForArchive(sql, caseId)).map((f) => ({
      source: 'case_document', title: f.title, fileName: safeFileName(f.originalName, f.kind), mediaType: MEDIA_TYPE_OF_KIND[f.kind] ?? 'application/octet-stream',
      sha256: f.sha256, size: f.sizeBytes, fileId: f.fileId, documentId: null, signatures: [], addedAt: f.addedAt.toISOString(),
    }));
  },
};

/** Signed documents (documents rows) of a case, named by a function of the case: each with its hash and every signature over it. */
export function signedDocumentsSource(id: string, name: LocalizedText, idsOf: (sql: Sql, caseId: string) => Promise<string[]>): ArchiveSource {
  return {
    id, name,
    async entries(sql, caseId) {
      const documents = await listSignedDocumentSummaries(sql, await idsOf(sql, caseId));
      const signatures = await listSignaturesOfDocuments(sql, documents.map((d) => d.id));
      return documents.map((d) => ({
        source: id, title: d.title.ru === d.title.kk ? d.title.ru : `${d.title.kk} / ${d.title.ru}`,
        fileName: safeFileName(`${d.kind}-${d.id.slice(0, 8)}`, EXTENSION[d.mediaType] ?? 'bin'), mediaType: d.mediaType, sha256: d.contentHash,
        size: d.size, fileId: null, documentId: d.id, addedAt: d.signedAt.toISOString(),
        signatures: signatures.filter((s) => s.documentId === d.id).map((s) => ({
          id: s.id, signerName: s.signerName, signerIin: s.signerIin, signerBin: s.signerBin, signedAt: s.checkedAt.toISOString(), algorithm: s.algorithm,
        })),
      }));
    },
  };
}

/** The filings' signed manifests (FILE-6, FILE-8): they bind the case's files to their applicants' signatures. */
export const signedFilingsSource = signedDocumentsSource('signed_filing', { kk: 'Қол қойылған өтініш', ru: 'Подписанное обращение' },
  listSignedFilingDocumentIds);

/**
 * The court's signed acts (issue 15 item 1, FILE-14): each act's signed
 * document with every judge's signature, and its legal-force mark
 * (FILE-15, SIG-6) — a draft or an act still being signed is not listed.
 */
export const courtActsSource = signedDocumentsSource('court_act', { kk: 'Сот актісі', ru: 'Судебный акт' }, async (sql, caseId) =>
  (await listCourtActsOfCase(sql, caseId)).filter((a) => a.status === 'signed')
    .flatMap((a) => [a.documentId, ...(a.legalForceDocumentId ? [a.legalForceDocumentId] : [])]));

/** Every source of the inventory, in order. */
export const ARCHIVE_SOURCES: readonly ArchiveSource[] = [caseFilesSource, signedFilingsSource, courtActsSource];

export const sourceName = (id: string, sources: readonly ArchiveSource[] = ARCHIVE_SOURCES): LocalizedText =>
  sources.find((s) => s.id === id)?.name ?? { kk: 'Құжат', ru: 'Документ' };

export async function gatherInventoryEntries(sql: Sql, caseId: string, sources: readonly ArchiveSource[] = ARCHIVE_SOURCES)
  : Promise<courts.InventoryEntryInput[]> {
  const lists = [];
  for (const source of sources) lists.push(await source.entries(sql, caseId));
  return lists.flat();
}
