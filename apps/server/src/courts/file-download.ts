import type { Sql } from '@oryndau/db';
import { findStoredFile } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { FileStoragePort } from '@oryndau/adapters';
import { MEDIA_TYPE_OF_KIND } from './file-store';

/** A stored file's bytes and media type, read through the file-storage port (its hash is checked by the port). */
export async function storedFileBytes(sql: Sql, files: FileStoragePort, fileId: string)
  : Promise<{ bytes: Uint8Array; mediaType: string; originalName: string }> {
  const file = await findStoredFile(sql, fileId);
  if (!file) throw new DomainError(ErrorCode.notFound);
  const bytes = await files.get(file.storageKey).catch(() => {
    throw new DomainError(ErrorCode.notFound);
  });
  return { bytes, mediaType: MEDIA_TYPE_OF_KIND[file.kind] ?? 'application/octet-stream', originalName: file.originalName };
}
