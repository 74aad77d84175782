import { AdapterError } from '@oryndau/adapters';
import type { Adapters, ArchivedPackage } from '@oryndau/adapters';
import type { CourtRecord, EasdBlock, Sql } from '@oryndau/db';
import { findCourt, listEasdBlocks, listEnpAllowedKinds } from '@oryndau/db';
import { DomainError, ErrorCode, can, enp } from '@oryndau/domain';
import type { Subject, courts } from '@oryndau/domain';
import type { LocalizedText } from '@oryndau/kz';

// ENP-10: an old case of the archive system ИС «ЭАСД» as the ЭНП sees it —
// fetched through the archive adapter (the adapter checks every file's
// SHA-256 on arrival and refuses a file that fails it), its metadata parsed
// by the domain (enp.parseEasdMetadata), its scans named `easd:<file id>`
// and of the matrix kind `easd_scan`.

export type EasdDeps = { db: Sql; adapters: () => Adapters };
export type EasdScan = { id: string; fileId: string; title: LocalizedText; date: string; size: number; mediaType: string; sha256: string;
  fileName: string; content: Uint8Array };
export type EasdCaseData = { pkg: ArchivedPackage; info: enp.EasdCase; court: CourtRecord; scans: EasdScan[] };

/** The media types the portal serves from ЭАСД: its scans are PDF or JPEG (anything else is not listed). */
const SCAN_TYPES = new Set(['application/pdf', 'image/jpeg']);

export const easdDocumentId = (fileId: string) => `easd:${fileId}`;

/** The package and its case; an unknown id — or a package that names no court and form — is a 404, the archive being down a 503. */
export async function loadEasdCase(deps: EasdDeps, archiveId: string): Promise<EasdCaseData> {
  let pkg: ArchivedPackage;
  try {
    pkg = await deps.adapters().archive.getPackage(archiveId);
  } catch (error) {
    if (error instanceof AdapterError && error.code === 'not_found') throw new DomainError(ErrorCode.notFound);
    if (error instanceof AdapterError) throw new DomainError(ErrorCode.externalUnavailable, { system: 'ЭАСД' });
    throw error;
  }
  const info = enp.parseEasdMetadata(pkg.metadata);
  const court = info ? await findCourt(deps.db, info.courtId) : null;
  if (!info || !court) throw new DomainError(ErrorCode.notFound);
  const fallbackDate = pkg.depositedAt.slice(0, 10);
  const scans = pkg.files.flatMap((f, index): EasdScan[] => {
    if (!SCAN_TYPES.has(f.contentType)) return [];
    const described = info.documents[index] ?? null;
    return [{ id: easdDocumentId(f.fileId), fileId: f.fileId, title: described?.title ?? { kk: f.filename, ru: f.filename },
      date: described?.date ?? info.registeredOn ?? fallbackDate, size: f.size, mediaType: f.contentType, sha256: f.sha256, fileName: f.filename,
      content: f.content }];
  });
  // Oldest first, the package's order kept among equal days.
  scans.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { pkg, info, court, scans };
}

type OfficeAction = 'enp.access.issue' | 'enp.access.list' | 'enp.document.block' | 'enp.history.read';

/**
 * The court's staff on an ЭАСД case: those who may read the court's old
 * cases (courts.archive.legacy, the court the package names) see it — for
 * anyone else it does not exist (404); the ЭНП action itself is then a 403
 * when it is not theirs.
 */
export async function loadEasdOfficeCase(deps: EasdDeps, subject: Subject, archiveId: string, action: OfficeAction): Promise<EasdCaseData> {
  const data = await loadEasdCase(deps, archiveId);
  if (!can(subject, 'courts.archive.legacy', { courtId: data.court.id })) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, action, { courtId: data.court.id })) throw new DomainError(ErrorCode.forbidden);
  return data;
}

/**
 * ENP-6, ENP-5 for ЭАСД: the scans a participant of `category` sees — none
 * unless the matrix in force opens `easd_scan` for the package's form and
 * that category, and never a blocked one. Both read from the database in
 * the same call that serves the list or the file.
 */
export async function visibleEasdScans(db: Sql, data: EasdCaseData, category: courts.ParticipantCategory): Promise<EasdScan[]> {
  const [kinds, blocks] = [await listEnpAllowedKinds(db, data.info.form, category), await listEasdBlocks(db, data.pkg.archiveId)];
  if (!kinds.includes('easd_scan')) return [];
  const blocked = new Set(blocks.map((b: EasdBlock) => b.documentId));
  return data.scans.filter((s) => !blocked.has(s.id));
}
