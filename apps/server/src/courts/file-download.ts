import type { Sql } from '@oryndau/db';
import { findStoredFile } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Config } from '../config';
import { MEDIA_TYPE_OF_KIND, courtFileStorage } from './file-store';

/** A stored file's bytes and media type, read through the file-storage port (its hash is checked by the port). */
export async function storedFileBytes(sql: Sql, config: Pick<Config, 'files'>, fileId: string)
  : Promise<{ bytes: Uint8Array; mediaType: string; originalName: string }> {
  const file = await findStoredFile(sql, fileId);
  if (!file) throw new DomainError(ErrorCode.notFound);
  const bytes = await courtFileStorage(config).get(file.storageKey).catch(() => {
    throw new DomainError(ErrorCode.notFound);
  });
  return { bytes, mediaType: MEDIA_TYPE_OF_KIND[file.kind] ?? 'application/octet-stream', originalName: file.originalName };
}
