export {
  FileStorageError, FileStorageErrorCode, isFileStorageError, sha256OfKey, storageKeyOf,
  type FileStoragePort, type PutFileMeta, type StoredFile,
} from './port';
export { LocalDirectoryFileStorage, type LocalDirectoryFileStorageOptions } from './local-directory';
export { InMemoryFileStorage } from './memory';
