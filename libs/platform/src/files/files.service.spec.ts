import type { AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import type { StoredFile } from '@app/persistence';
import { HttpException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { FileStore } from './file-store';
import { FilesService, sanitiseFilename } from './files.service';

const ORG = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OWNER = { type: 'questionnaire_assignment', id: '9b2d4c1e-7a3f-4e2b-8c5d-1f6a7b8c9d0e' };
const USER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const scope = { organisationId: ORG };
const PDF = Buffer.from('%PDF-1.7\nbody');

function request(body: Buffer[], headers: Record<string, string>) {
  return Object.assign(Readable.from(body), { headers });
}

/** A FilesService over an in-memory store and a repository fake; no database. */
function setup(options: { failInsert?: boolean; limit?: number } = {}) {
  const stored = new Map<string, Buffer>();
  const rows: StoredFile[] = [];
  const store: FileStore = {
    put: (key, data) => (stored.set(key, data), Promise.resolve()),
    get: (key) => Promise.resolve(Readable.from([stored.get(key)!])),
    remove: (key) => (stored.delete(key), Promise.resolve()),
  };
  const repository = {
    create: (values: StoredFile) => ({ ...values }),
    save: (row: StoredFile) => {
      if (options.failInsert) return Promise.reject(new Error('insert failed'));
      const saved = { ...row, createdAt: new Date('2030-01-01T00:00:00Z') };
      rows.push(saved);
      return Promise.resolve(saved);
    },
    findOne: ({ where }: { where: Partial<StoredFile> }) =>
      Promise.resolve(
        rows.find((r) => r.id === where.id && r.organisationId === where.organisationId) ?? null,
      ),
    find: ({ where }: { where: { id: { value: string[] }; organisationId: string } }) =>
      Promise.resolve(
        rows.filter(
          (r) => where.id.value.includes(r.id) && r.organisationId === where.organisationId,
        ),
      ),
  };
  const dataSource = { getRepository: () => repository } as unknown as DataSource;
  const config = { UPLOAD_MAX_BYTES: options.limit ?? 1024 * 1024 } as AppConfig;
  return { service: new FilesService(dataSource, store, config), stored, rows };
}

async function statusOf(promise: Promise<unknown>): Promise<number | string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    if (error instanceof HttpException) return error.getStatus();
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('FilesService', () => {
  it('stores the bytes under <organisation>/<id> and describes them in a row', async () => {
    const { service, stored, rows } = setup();
    const upload = await service.storeUpload(
      request([PDF.subarray(0, 4), PDF.subarray(4)], { 'content-type': 'application/pdf' }),
      scope,
      OWNER,
      USER,
      'C:\\Users\\me\\Policy\u202e.pdf',
    );
    expect(upload).toMatchObject({
      filename: 'Policy.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(rows[0]).toMatchObject({
      id: upload.id,
      organisationId: ORG,
      ownerType: OWNER.type,
      ownerId: OWNER.id,
      uploadedBy: USER,
      storageKey: `${ORG}/${upload.id}`,
    });
    expect(stored.get(`${ORG}/${upload.id}`)).toEqual(PDF);
    expect(upload).not.toHaveProperty('storageKey');

    const opened = await service.open(scope, upload.id);
    expect(opened.file.id).toBe(upload.id);
    expect(await statusOf(service.open({ organisationId: OWNER.id }, upload.id))).toBe('not_found');
    expect(await statusOf(service.open(scope, 'not-a-uuid'))).toBe('not_found');
    expect(
      (await service.describe(scope, [upload.id, 'x', OWNER.id])).map((file) => file.id),
    ).toEqual([upload.id]);
    expect(await service.describe({ organisationId: OWNER.id }, [upload.id])).toEqual([]);
  });

  it('refuses unsupported, mismatching, empty and oversized uploads without storing anything', async () => {
    const { service, stored } = setup({ limit: 2048 });
    const upload = (body: Buffer[], headers: Record<string, string>) =>
      statusOf(service.storeUpload(request(body, headers), scope, OWNER, USER, 'f'));
    expect(await upload([PDF], { 'content-type': 'application/zip' })).toBe(415);
    expect(await upload([PDF], {})).toBe(415);
    expect(await upload([PDF], { 'content-type': 'image/png' })).toBe(415);
    expect(await upload([], { 'content-type': 'application/pdf' })).toBe('invalid');
    expect(await upload([PDF, Buffer.alloc(2048)], { 'content-type': 'application/pdf' })).toBe(
      413,
    );
    expect(
      await upload([PDF], { 'content-type': 'application/pdf', 'content-length': '4096' }),
    ).toBe(413);
    expect(stored.size).toBe(0);
  });

  it('names the limit in megabytes and stops reading once over it', async () => {
    const { service } = setup({ limit: 10 * 1024 * 1024 });
    let pulled = 0;
    const body = Readable.from(
      (function* () {
        for (pulled = 0; pulled < 1000; pulled++) yield Buffer.alloc(1024 * 1024);
      })(),
    );
    const req = Object.assign(body, { headers: { 'content-type': 'text/plain' } });
    await expect(service.storeUpload(req, scope, OWNER, null, undefined)).rejects.toThrow(
      'The file is larger than 10 MB',
    );
    expect(pulled).toBeLessThan(50);
  });

  it('removes the stored bytes when the row cannot be inserted', async () => {
    const { service, stored } = setup({ failInsert: true });
    await expect(
      service.storeUpload(
        request([PDF], { 'content-type': 'application/pdf' }),
        scope,
        OWNER,
        USER,
        'p.pdf',
      ),
    ).rejects.toThrow('insert failed');
    expect(stored.size).toBe(0);
  });
});

describe('sanitiseFilename', () => {
  it('keeps the base name without control characters, within 200 characters', () => {
    expect(sanitiseFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFilename('a\u0000b\nc\u007f.txt')).toBe('abc.txt');
    expect(sanitiseFilename(undefined)).toBe('evidence');
    expect(sanitiseFilename(' .. ')).toBe('evidence');
    expect(sanitiseFilename('dir/')).toBe('evidence');
    const long = sanitiseFilename(`${'é'.repeat(300)}.xlsx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.xlsx')).toBe(true);
    expect(sanitiseFilename('😀'.repeat(150))).toHaveLength(200);
  });
});
