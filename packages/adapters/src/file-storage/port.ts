// The file-storage port (issue 14 item 4): the bytes of uploaded attachments
// and of received documents (duty receipts, signed manifests) live here, the
// database keeps only their metadata (`stored_files`: sha256, size, kind,
// original name, storage key). Storage is content-addressed by SHA-256, so
// the key names the bytes: the same file uploaded twice is stored once, and
// a read that does not hash back to its key is refused as corrupt.

export interface PutFileMeta {
  /** What the file is (an `AttachmentKind`, `duty_receipt`, …); for the caller's records, not part of the key. */
  readonly kind: string;
  /** The name it was uploaded under; for the caller's records, not part of the key. */
  readonly originalName: string;
}

export interface StoredFile {
  /** Where the bytes are: `<aa>/<bb>/<sha256 hex>` (two-level fan-out by the hash's first bytes). */
  readonly storageKey: string;
  /** SHA-256 of the bytes, lower-case hex (64 characters). */
  readonly sha256: string;
  readonly sizeBytes: number;
}

export interface FileStoragePort {
  /** Stores the bytes durably before resolving; storing the same bytes again returns the same key. */
  put(bytes: Uint8Array, meta: PutFileMeta): Promise<StoredFile>;
  /** The bytes under the key. Throws `FileStorageError`: `not_found`, `corrupt` (they no longer hash to the key) or `invalid_key`. */
  get(storageKey: string): Promise<Uint8Array>;
  /** Whether bytes are stored under the key (false for a key that is not of our form). */
  exists(storageKey: string): Promise<boolean>;
}

export const FileStorageErrorCode = {
  /** Nothing is stored under this key. */
  not_found: 'not_found',
  /** The stored bytes no longer hash to their key (disk damage, tampering): never hand them out. */
  corrupt: 'corrupt',
  /** Not a key this storage issues (`aa/bb/<64 hex>`); refused before touching the disk (no path traversal). */
  invalid_key: 'invalid_key',
} as const;

export type FileStorageErrorCode = (typeof FileStorageErrorCode)[keyof typeof FileStorageErrorCode];

export class FileStorageError extends Error {
  override readonly name = 'FileStorageError';

  constructor(
    readonly code: FileStorageErrorCode,
    readonly storageKey: string,
    options?: { cause?: unknown },
  ) {
    super(`file storage: ${code} (${storageKey.slice(0, 80)})`, options);
  }
}

export function isFileStorageError(value: unknown): value is FileStorageError {
  return value instanceof FileStorageError;
}

const KEY = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** The storage key of bytes with this SHA-256 (lower-case hex). */
export function storageKeyOf(sha256: string): string {
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** The SHA-256 a well-formed key names, or null for anything else (wrong shape, fan-out not matching the hash). */
export function sha256OfKey(storageKey: string): string | null {
  const match = KEY.exec(storageKey);
  if (match === null) return null;
  const [, first, second, hash] = match as unknown as [string, string, string, string];
  return hash.startsWith(first + second) ? hash : null;
}
