import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskFileStore } from './disk-file-store';
import { InvalidStorageKeyError, StoredBytesMissingError } from './file-store';

const ORG = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const KEY = `${ORG}/9b2d4c1e-7a3f-4e2b-8c5d-1f6a7b8c9d0e`;

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('DiskFileStore', () => {
  let root: string;
  let store: DiskFileStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'file-store-'));
    store = new DiskFileStore(join(root, 'files'));
  });

  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores, reads back and removes bytes, creating directories as needed', async () => {
    const data = Buffer.from([0, 1, 2, 255, ...Buffer.from('evidence')]);
    await store.put(KEY, data);
    expect(await readAll(await store.get(KEY))).toEqual(data);

    await store.put(KEY, Buffer.from('replaced'));
    expect((await readAll(await store.get(KEY))).toString()).toBe('replaced');

    await store.remove(KEY);
    await expect(store.get(KEY)).rejects.toBeInstanceOf(StoredBytesMissingError);
    await expect(store.remove(KEY)).resolves.toBeUndefined();
  });

  it('reports a missing key clearly', async () => {
    await expect(store.get(KEY)).rejects.toThrow(/holds nothing under key/);
    await expect(store.get(ORG)).rejects.toBeInstanceOf(StoredBytesMissingError);
  });

  it('refuses keys that could leave the root', async () => {
    for (const key of [
      '../outside',
      `${ORG}/../../outside`,
      `${ORG}/..`,
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      `${ORG}\\..\\x`,
      '',
      '.',
      `${ORG}//x`,
      `${ORG}/x\u0000`,
    ]) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(store.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(store.remove(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
    await expect(readdir(root)).resolves.toEqual([]);
  });

  it('writes atomically, leaving only the final file behind', async () => {
    await store.put(KEY, Buffer.alloc(256 * 1024, 7));
    await store.put(`${ORG}/second`, Buffer.from('two'));
    expect((await readdir(join(root, 'files', ORG))).sort()).toEqual(
      ['9b2d4c1e-7a3f-4e2b-8c5d-1f6a7b8c9d0e', 'second'].sort(),
    );
  });

  it('removes its temporary file when the write fails', async () => {
    // A directory already sits where the file should go, so the rename fails.
    await store.put(`${ORG}/taken/inner`, Buffer.from('x'));
    await expect(store.put(`${ORG}/taken`, Buffer.from('y'))).rejects.toThrow();
    expect(await readdir(join(root, 'files', ORG))).toEqual(['taken']);
  });
});
