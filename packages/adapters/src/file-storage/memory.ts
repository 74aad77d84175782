import { createHash } from 'node:crypto';
import { FileStorageError, sha256OfKey, storageKeyOf, type FileStoragePort, type PutFileMeta, type StoredFile } from './port';

/** File storage in memory, for unit tests. Keeps copies, so a caller changing its array changes nothing stored. */
export class InMemoryFileStorage implements FileStoragePort {
  private readonly files = new Map<string, Uint8Array>();

  async put(bytes: Uint8Array, _meta: PutFileMeta): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = storageKeyOf(sha256);
    if (!this.files.has(storageKey)) this.files.set(storageKey, bytes.slice());
    return { storageKey, sha256, sizeBytes: bytes.length };
  }

  async get(storageKey: string): Promise<Uint8Array> {
    const sha256 = sha256OfKey(storageKey);
    if (sha256 === null) throw new FileStorageError('invalid_key', storageKey);
    const bytes = this.files.get(storageKey);
    if (bytes === undefined) throw new FileStorageError('not_found', storageKey);
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new FileStorageError('corrupt', storageKey);
    return bytes.slice();
  }

  async exists(storageKey: string): Promise<boolean> {
    return sha256OfKey(storageKey) !== null && this.files.has(storageKey);
  }

  /** Tests only: damages the stored bytes, to prove `get` refuses them. */
  corruptForTest(storageKey: string): void {
    const bytes = this.files.get(storageKey);
    if (bytes !== undefined && bytes.length > 0) bytes[0] = (bytes[0] ?? 0) ^ 0xff;
  }
}
