import { createHash } from 'node:crypto';
import type { FileStoragePort } from '@oryndau/adapters';
import type { Database, EnpAccessRecord } from '@oryndau/db';
import { listEnpParticipantDocuments } from '@oryndau/db';
import { DomainError, ErrorCode, enp } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { loadActContext } from '../courts/acts/act-context';
import { actPdfOf } from '../courts/acts/download-court-act';
import { storedFileBytes } from '../courts/file-download';
import { loadDocument } from '../signing/documents';
import { easdParticipantDownload } from './easd-participant';
import type { EasdDeps } from './easd-case';
import { participantActor } from './participant-actor';

export type DownloadDeps = { db: Database; clock: Clock; files: FileStoragePort; publicOrigin: string; adapters?: EasdDeps['adapters'] | undefined };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * ENP-4, ENP-5, ENP-6: one document of the participant's case — looked up
 * through the very query that lists their view (matrix + blocks), so a
 * document outside it is a 404 whatever its id. An act comes as its PDF,
 * stamped with the legal-force mark and its verification QR once in force
 * (the same bytes the cabinet gets). ENP-11: every download is journalled.
 */
export async function participantDownload(deps: DownloadDeps, access: EnpAccessRecord, documentId: string, request: { id: string; address: string })
  : Promise<{ bytes: Uint8Array; mediaType: string; fileName: string }> {
  const parsed = enp.parseEnpDocumentId(documentId);
  if (access.caseId === null) {
    // ENP-10: a scan of an old case of the archive system ЭАСД.
    if (!parsed || parsed.source !== 'easd') throw new DomainError(ErrorCode.notFound);
    if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'ЭАСД' });
    return easdParticipantDownload({ db: deps.db, clock: deps.clock, adapters: deps.adapters }, access, access.easdArchiveId ?? '', documentId, request);
  }
  const row = parsed ? (await listEnpParticipantDocuments(deps.db, access.caseId, access.category, documentId))[0] : undefined;
  if (!parsed || !row) throw new DomainError(ErrorCode.notFound);
  let file: { bytes: Uint8Array; mediaType: string; fileName: string };
  if (parsed.source === 'act') {
    const ctx = await loadActContext(deps.db, row.ref);
    if (!ctx) throw new DomainError(ErrorCode.notFound);
    const pdf = await actPdfOf(deps, ctx);
    file = { bytes: pdf.bytes, mediaType: 'application/pdf', fileName: pdf.fileName };
  } else if (parsed.source === 'doc' || (parsed.source === 'arc' && row.fileKind !== null)) {
    const stored = await storedFileBytes(deps.db, deps.files, row.ref);
    file = { bytes: stored.bytes, mediaType: stored.mediaType, fileName: stored.originalName };
  } else if (parsed.source === 'arc' && row.kind !== 'archive_inventory') {
    // ENP-10: an archived act (or its legal-force mark) — the very bytes the inventory lists, as signed.
    const document = await loadDocument(deps.db, row.ref);
    if (!document) throw new DomainError(ErrorCode.notFound);
    file = { bytes: document.content, mediaType: document.mediaType, fileName: `${row.title.ru}.pdf` };
  } else {
    const document = await loadDocument(deps.db, row.ref);
    if (!document) throw new DomainError(ErrorCode.notFound);
    file = { bytes: document.content, mediaType: document.mediaType, fileName: `${row.title.ru}.json` };
  }
  // ENP-10: what the archive's inventory recorded is what leaves; a changed file is never served as the archived original.
  if (row.sha256 !== null && sha256(file.bytes) !== row.sha256) throw new DomainError(ErrorCode.notFound); // as the archive's own download (archive-content.ts)
  await deps.db.transaction(async (tx) => {
    tx.journal({ at: deps.clock.now(), actor: participantActor(access, request.id, request.address), action: 'enp.document_downloaded',
      objectType: 'court_case', objectId: access.caseId, subjectIin: access.iin,
      details: { accessId: access.id, category: access.category, documentId, documentTitle: row.title.ru, kind: row.kind } });
  });
  return file;
}
