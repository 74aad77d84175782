import { AdapterError } from '@oryndau/adapters';
import type { Adapters, ArchivedPackage } from '@oryndau/adapters';
import type { Sql } from '@oryndau/db';
import { findCourt } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import type { z } from 'zod';
import type { legacyArchiveSchema } from '@oryndau/contracts';

/**
 * FILE-17, ENP: an old, scanned case held by the archive system (ИС «ЭАСД»),
 * fetched through the archive adapter and shown read-only the way an
 * archived Oryndau case is — its files with their SHA-256 (checked by the
 * adapter on arrival). Read by the staff of the court its record names
 * (metadata.courtId); anything else is answered as missing.
 */
async function readablePackage(deps: { db: Sql; adapters: () => Adapters }, subject: Subject, archiveId: string): Promise<ArchivedPackage> {
  let pkg: ArchivedPackage;
  try {
    pkg = await deps.adapters().archive.getPackage(archiveId);
  } catch (error) {
    if (error instanceof AdapterError && error.code === 'not_found') throw new DomainError(ErrorCode.notFound);
    if (error instanceof AdapterError) throw new DomainError(ErrorCode.externalUnavailable, { system: 'ЭАСД' });
    throw error;
  }
  const courtId = pkg.metadata.courtId;
  if (!courtId || !can(subject, 'courts.archive.legacy', { courtId })) throw new DomainError(ErrorCode.notFound);
  return pkg;
}

export async function legacyArchivedCase(deps: { db: Sql; adapters: () => Adapters }, subject: Subject, archiveId: string)
  : Promise<z.infer<typeof legacyArchiveSchema>> {
  const pkg = await readablePackage(deps, subject, archiveId);
  const court = pkg.metadata.courtId ? await findCourt(deps.db, pkg.metadata.courtId) : null;
  return {
    archiveId: pkg.archiveId, caseNumber: pkg.caseNumber, title: pkg.title, depositedAt: pkg.depositedAt, retentionYears: pkg.retentionYears,
    court: court?.name ?? null,
    files: pkg.files.map((f) => ({ fileId: f.fileId, filename: f.filename, contentType: f.contentType, size: f.size, sha256: f.sha256,
      downloadUrl: `/api/court-archive/legacy/${encodeURIComponent(pkg.archiveId)}/files/${encodeURIComponent(f.fileId)}` })),
  };
}

export async function legacyArchivedFile(deps: { db: Sql; adapters: () => Adapters }, subject: Subject, archiveId: string, fileId: string)
  : Promise<{ bytes: Uint8Array; contentType: string; filename: string; caseNumber: string }> {
  const pkg = await readablePackage(deps, subject, archiveId);
  const file = pkg.files.find((f) => f.fileId === fileId);
  if (!file) throw new DomainError(ErrorCode.notFound);
  return { bytes: file.content, contentType: file.contentType, filename: file.filename, caseNumber: pkg.caseNumber };
}
