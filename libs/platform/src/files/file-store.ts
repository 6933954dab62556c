/**
 * Where the bytes of stored files live. The database row (StoredFile) says what a file is and who
 * may read it; the store only keeps bytes under an opaque key, which the caller generates as
 * `<organisationId>/<uuid>`.
 *
 * One interface for every backend: the disk store (DiskFileStore) is the only one today, and an
 * S3-compatible object store can be added later as another implementation bound to FILE_STORE,
 * without changing the services that use it.
 */
export interface FileStore {
  /** Stores the bytes under the key, replacing nothing a reader could see half-written. */
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes under the key; rejects with StoredBytesMissingError when there are none. */
  get(key: string): Promise<NodeJS.ReadableStream>;
  /** Removes the bytes under the key; removing a key that holds nothing is not an error. */
  remove(key: string): Promise<void>;
}

/** Injects the configured FileStore. */
export const FILE_STORE = Symbol('FILE_STORE');

/** Raised by FileStore.get when the key holds no bytes (a row whose file was lost or removed). */
export class StoredBytesMissingError extends Error {
  constructor(readonly key: string) {
    super(`The file store holds nothing under key "${key}"`);
    this.name = 'StoredBytesMissingError';
  }
}

/** Raised when a key could escape the store or is not of the form the store accepts. */
export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(
      `Invalid storage key ${JSON.stringify(key)}: expected relative segments of letters, digits, ".", "_" or "-", without ".."`,
    );
    this.name = 'InvalidStorageKeyError';
  }
}
