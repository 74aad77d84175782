import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FileStorageError, sha256OfKey, storageKeyOf, type FileStoragePort, type PutFileMeta, type StoredFile } from './port';

// Files in a local directory (default `$DATA_DIR/files`), content-addressed:
// `<root>/ab/cd/abcd…` for SHA-256 `abcd…`. A file is written to a temporary
// name in its final directory, flushed (fsync), renamed into place and the
// directory flushed too, so a crash leaves either nothing or the whole file
// under its key, never a part. Temporary names start with a dot and never
// match a key. Reads hash the bytes again and refuse any that changed.

export interface LocalDirectoryFileStorageOptions {
  /** The root directory; created on first write. */
  readonly directory: string;
}

export class LocalDirectoryFileStorage implements FileStoragePort {
  readonly directory: string;

  constructor(options: LocalDirectoryFileStorageOptions) {
    this.directory = options.directory;
  }

  async put(bytes: Uint8Array, _meta: PutFileMeta): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = storageKeyOf(sha256);
    const stored: StoredFile = { storageKey, sha256, sizeBytes: bytes.length };
    const path = this.pathOf(storageKey);
    // Already there and whole (same size, and its name is its hash): content addressing makes a second write pointless.
    const existing = await stat(path).catch(() => null);
    if (existing?.isFile() && existing.size === bytes.length && (await this.hashOf(path)) === sha256) return stored;

    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${sha256.slice(0, 16)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temporary, 'wx', 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    await syncDirectory(dirname(path));
    return stored;
  }

  async get(storageKey: string): Promise<Uint8Array> {
    const sha256 = sha256OfKey(storageKey);
    if (sha256 === null) throw new FileStorageError('invalid_key', storageKey);
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(storageKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileStorageError('not_found', storageKey, { cause: error });
      throw error;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new FileStorageError('corrupt', storageKey);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async exists(storageKey: string): Promise<boolean> {
    if (sha256OfKey(storageKey) === null) return false;
    const found = await stat(this.pathOf(storageKey)).catch(() => null);
    return found?.isFile() ?? false;
  }

  /** The file's path for a well-formed key (callers have checked it). */
  pathOf(storageKey: string): string {
    return join(this.directory, ...storageKey.split('/'));
  }

  private async hashOf(path: string): Promise<string | null> {
    const bytes = await readFile(path).catch(() => null);
    return bytes === null ? null : createHash('sha256').update(bytes).digest('hex');
  }
}

/** Flushes a directory entry (the rename) to disk; platforms that cannot open a directory skip it. */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
