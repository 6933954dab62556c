import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { FileStore, InvalidStorageKeyError, StoredBytesMissingError } from './file-store';

/** Relative keys made of safe segments, e.g. `<organisationId>/<uuid>`. */
const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** Suffix of the file a put writes before renaming it into place. */
export const TEMP_SUFFIX = '.tmp';

function hasCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

/**
 * Keeps files as plain files under a root directory, one per key (`<root>/<organisationId>/<uuid>`).
 * A put writes a temporary file beside the target, flushes it to disk and renames it into place,
 * so a reader sees either nothing or the whole file, never part of one.
 */
export class DiskFileStore implements FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}${TEMP_SUFFIX}`;
    try {
      const handle = await open(temporary, 'wx', 0o640);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<NodeJS.ReadableStream> {
    const path = this.pathOf(key);
    try {
      // Opening first turns a missing file into an error here rather than on the stream.
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (error) {
      if (hasCode(error, 'ENOENT') || hasCode(error, 'EISDIR'))
        throw new StoredBytesMissingError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!hasCode(error, 'ENOENT')) throw error;
    }
  }

  /** The file of a key, refusing anything that could lead outside the root. */
  private pathOf(key: string): string {
    if (typeof key !== 'string' || key.includes('..') || isAbsolute(key) || !KEY.test(key))
      throw new InvalidStorageKeyError(key);
    const path = resolve(this.root, key);
    const inside = relative(this.root, path);
    if (!inside || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
      throw new InvalidStorageKeyError(key);
    return path;
  }
}
