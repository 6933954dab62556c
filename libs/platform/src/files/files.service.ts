import { APP_CONFIG, AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { StoredFile, TenantRepository, TenantScope } from '@app/persistence';
import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { readRequestBody } from '../streams/read-at-most';
import {
  ALLOWED_EVIDENCE_TYPES,
  EVIDENCE_TYPE_LABELS,
  isEvidenceContentType,
  type EvidenceContentType,
  mediaTypeOf,
  sniffContentType,
} from './evidence-files';
import { FILE_STORE, type FileStore } from './file-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Longest filename kept, in UTF-16 code units. */
export const MAX_FILENAME_LENGTH = 200;
export const DEFAULT_FILENAME = 'evidence';

/** A request as FilesService reads it: its headers and its body as a stream. */
export type UploadRequest = {
  headers: Record<string, string | string[] | undefined>;
} & NodeJS.ReadableStream;

/** What an upload answers with (never the storage key). */
export interface StoredUpload {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

export interface FileOwner {
  /** What the file is evidence for, e.g. "questionnaire_assignment". */
  type: string;
  id: string;
}

/**
 * Control characters (C0, DEL, C1) and bidirectional overrides/isolates, which can make
 * "invoice\u202Efdp.exe" display as "invoiceexe.pdf".
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name to keep for an uploaded file: its last path segment (either slash), without control or
 * direction-changing characters, at most 200 characters (the extension is kept when shortening);
 * "evidence" when nothing usable remains.
 */
export function sanitiseFilename(given: string | undefined | null): string {
  const base = (given ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE_CHARACTERS, '').trim();
  if (!cleaned || cleaned === '.' || cleaned === '..') return DEFAULT_FILENAME;
  if (cleaned.length <= MAX_FILENAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 16 ? cleaned.slice(dot) : '';
  return (
    truncate(
      cleaned.slice(0, cleaned.length - extension.length),
      MAX_FILENAME_LENGTH - extension.length,
    ) + extension
  );
}

/** The longest prefix within `length` code units that does not split a character. */
function truncate(text: string, length: number): string {
  let result = '';
  for (const character of text) {
    if (result.length + character.length > length) break;
    result += character;
  }
  return result;
}

/**
 * Evidence files: checks and keeps uploaded bytes in the FileStore and describes them in
 * stored_files, always within one organisation. Who may upload to or read an owner is for the
 * caller to decide; this service makes sure a file never leaves its organisation.
 */
@Injectable()
export class FilesService {
  private readonly files: TenantRepository<StoredFile>;

  constructor(
    dataSource: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.files = new TenantRepository(dataSource.getRepository(StoredFile), 'File');
  }

  /**
   * Reads the request body as one file and keeps it for `owner`: 415 for a Content-Type that is not
   * allowed or that the bytes do not match, 413 above UPLOAD_MAX_BYTES, 400 (field "body") when empty.
   */
  async storeUpload(
    req: UploadRequest,
    scope: TenantScope,
    owner: FileOwner,
    uploadedBy: string | null,
    filename: string | undefined,
  ): Promise<StoredUpload> {
    if (!UUID.test(owner.id)) throw new Error(`The owner id of a file must be a uuid`);
    const declared = mediaTypeOf(req.headers['content-type']);
    if (!isEvidenceContentType(declared))
      throw new HttpException(
        `Content-Type must be one of: ${ALLOWED_EVIDENCE_TYPES.join(', ')}`,
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      );

    const data = await readRequestBody(req, this.config.UPLOAD_MAX_BYTES);
    if (data.length === 0)
      throw DomainError.invalid('body', 'is empty: send the file as the request body');

    const contentType = sniffContentType(data, declared);
    if (!contentType)
      throw new HttpException(
        `The file's contents do not match its Content-Type ${declared} (${EVIDENCE_TYPE_LABELS[declared]})`,
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      );

    return this.keep(scope, owner, data, contentType, sanitiseFilename(filename), uploadedBy);
  }

  /** Keeps a file the product made itself (a PDF report): no upload checks, same storage. */
  storeGenerated(
    scope: TenantScope,
    owner: FileOwner,
    data: Buffer,
    contentType: EvidenceContentType,
    filename: string,
  ): Promise<StoredUpload> {
    return this.keep(scope, owner, data, contentType, sanitiseFilename(filename), null);
  }

  private async keep(
    scope: TenantScope,
    owner: FileOwner,
    data: Buffer,
    contentType: EvidenceContentType,
    filename: string,
    uploadedBy: string | null,
  ): Promise<StoredUpload> {
    const id = randomUUID();
    const storageKey = `${scope.organisationId}/${id}`;
    await this.store.put(storageKey, data);
    let row: StoredFile;
    try {
      row = await this.files.insert(scope, {
        id,
        ownerType: owner.type,
        ownerId: owner.id,
        filename,
        contentType,
        sizeBytes: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        storageKey,
        uploadedBy,
      });
    } catch (error) {
      // No row, so nothing will ever refer to the bytes: do not leave them behind.
      await this.store.remove(storageKey).catch(() => undefined);
      throw error;
    }
    return {
      id: row.id,
      filename: row.filename,
      contentType: row.contentType,
      sizeBytes: row.sizeBytes,
      sha256: row.sha256,
      createdAt: row.createdAt,
    };
  }

  /** A file of the scope's organisation and its bytes; 404 for any other id. */
  async open(
    scope: TenantScope,
    id: string,
  ): Promise<{ file: StoredFile; stream: NodeJS.ReadableStream }> {
    const file = await this.files.getById(scope, id);
    return { file, stream: await this.store.get(file.storageKey) };
  }

  /**
   * The files among `ids` that belong to the scope's organisation (others, and ids that are not
   * uuids, are simply absent), e.g. to check that an answer only references files uploaded to the
   * same owner.
   */
  async describe(scope: TenantScope, ids: string[]): Promise<StoredFile[]> {
    const wanted = [...new Set(ids.filter((id) => UUID.test(id)))];
    if (wanted.length === 0) return [];
    return this.files.find(scope, { where: { id: In(wanted) } });
  }
}
