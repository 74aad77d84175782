import type { FileStoragePort } from '@oryndau/adapters';
import { LocalDirectoryFileStorage } from '@oryndau/adapters';
import type { Config } from '../config';

// Issue 14 item 4: the file-storage port behind stored_files (FILES_DIR).
// One instance per directory, made on first use.

const stores = new Map<string, FileStoragePort>();

export function courtFileStorage(config: Pick<Config, 'files'>): FileStoragePort {
  const { directory } = config.files;
  let store = stores.get(directory);
  if (!store) {
    store = new LocalDirectoryFileStorage({ directory });
    stores.set(directory, store);
  }
  return store;
}

/** The media type each recognised kind is sent with. */
export const MEDIA_TYPE_OF_KIND: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
