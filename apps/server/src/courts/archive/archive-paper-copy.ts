import type { FileStoragePort } from '@oryndau/adapters';
import type { CaseArchiveRecord, Sql } from '@oryndau/db';
import { listSignaturesOfDocuments } from '@oryndau/db';
import { renderArchivePaperCopy } from '@oryndau/documents';
import { courtLocalTime } from '../court-time';
import type { ArchiveCase } from './archive-access';
import { archivedInventory, inventoryEntry, requireEntryBytes } from './archive-content';

const HEADING = 'Электрондық құжаттың қағаз көшірмесі / Копия электронного документа на бумажном носителе';
const COVER_NOTE = 'Түпнұсқа файл осы PDF-ке өзгеріссіз салынған (PDF қосымшасы). / Оригинальный файл вложен в этот PDF без изменений (вложение PDF).';
const VERIFY_NOTE = 'Тексеру / Проверка';

/**
 * FILE-17, seed 003 §61 p.4: a paper copy of an archived document — the
 * document itself, stamped with the case, who signed it and when, its
 * SHA-256 and the QR code of the public verification page of its signature
 * (a document signed in its own right) or of the signed inventory that
 * lists its hash (a file of the case).
 */
export async function archivePaperCopy(
  deps: { db: Sql; files: FileStoragePort; publicOrigin: string }, found: ArchiveCase & { archive: CaseArchiveRecord }, position: number, now: Date,
): Promise<{ pdf: Uint8Array; fileName: string }> {
  const { document: inventoryDocument, inventory } = await archivedInventory(deps.db, found.archive);
  const entry = inventoryEntry(inventory, position);
  const bytes = await requireEntryBytes(deps.db, deps.files, entry);
  const zone = found.court.timeZone;
  const when = (at: Date | string) => {
    const local = courtLocalTime(new Date(at), zone);
    return `${local.date.split('-').reverse().join('.')} ${local.time}`;
  };
  const [judgeSignature] = (await listSignaturesOfDocuments(deps.db, [inventoryDocument.id])).filter((s) => s.id === found.archive.signatureId);
  const signedBy = entry.signatures.length
    ? entry.signatures.map((s) => `${s.signerName ?? '—'}, ${when(s.signedAt)}`).join('; ')
    : `${judgeSignature?.signerName ?? '—'}, ${judgeSignature ? when(judgeSignature.checkedAt) : '—'} (тізімдеме / опись)`;
  const verifiedDocumentId = entry.signatures.length && entry.documentId ? entry.documentId : inventoryDocument.id;
  const pdf = await renderArchivePaperCopy({
    heading: HEADING,
    rows: [
      ['Іс / Дело', `№ ${found.details.courtCase.number}, ${found.court.name.kk} / ${found.court.name.ru}`],
      ['Құжат / Документ', `${entry.position}. ${entry.title} (${entry.fileName})`],
      ['Қол қойды / Подписал', signedBy],
      ['Мұрағатқа алынды / Принято в архив', found.archive.archivedAt ? when(found.archive.archivedAt) : '—'],
      ['SHA-256', entry.sha256],
      ['Көшірме жасалды / Копия изготовлена', when(now)],
    ],
    verifyUrl: `${deps.publicOrigin}/verify/${verifiedDocumentId}`, verifyNote: VERIFY_NOTE, date: now,
    original: { bytes, mediaType: entry.mediaType, fileName: entry.fileName },
  }, COVER_NOTE);
  return { pdf, fileName: `${entry.fileName.replace(/\.[^.]+$/, '')}-copy.pdf` };
}
