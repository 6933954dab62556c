import {
  AGENCY_CSV,
  CsvLayout,
  DomainError,
  LINK_CSV,
  missingColumns,
  SUPPLIER_CSV,
} from '@app/domain';
import {
  ImportChunk,
  ImportJob,
  InjectTenantRepository,
  TenantRepository,
  TenantScope,
} from '@app/persistence';
import { ActivityLogService, Actor, OutboxService } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';

/** What can be imported, and the columns each file must have (README "Bulk import"). */
export const IMPORT_KINDS = {
  suppliers: SUPPLIER_CSV,
  links: LINK_CSV,
  agencies: AGENCY_CSV,
} as const satisfies Record<string, CsvLayout>;
export type ImportKind = keyof typeof IMPORT_KINDS;

const CHUNK_BYTES = 1 << 20;
export const MAX_IMPORT_BYTES = 200 * (1 << 20);

export const importView = (job: ImportJob) => ({
  id: job.id,
  kind: job.kind,
  status: job.status,
  fileName: job.fileName,
  progress: { rowsDone: job.rowsDone, totalRows: job.totalRows },
  report: {
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    rejected: job.rejected,
    rejections: job.rejections,
  },
  failure: job.failure,
  createdAt: job.createdAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
});

/** Reads the header line out of the first bytes; refuses what is not a CSV with the columns needed. */
function checkHeader(firstBytes: Buffer, layout: CsvLayout): void {
  const end = firstBytes.indexOf(0x0a);
  const line = firstBytes.subarray(0, end === -1 ? firstBytes.length : end);
  if (line.includes(0) || !/[a-z]/i.test(line.toString('utf8'))) {
    throw DomainError.invalid('file', 'is not a CSV file (UTF-8 text with a header row)');
  }
  let header: string[];
  try {
    const rows: string[][] = parse(line, { bom: true, relax_column_count: true });
    header = rows[0] ?? [];
  } catch {
    throw DomainError.invalid('file', 'is not a CSV file: its first line is not a header row');
  }
  const missing = missingColumns(header, layout);
  if (missing.length > 0) {
    throw new DomainError(
      'invalid',
      `The file lacks required columns: ${missing.join(', ')}`,
      missing.map((column) => ({
        field: column,
        message: 'required column is missing from the header row',
      })),
    );
  }
}

/**
 * Takes an uploaded CSV: streams it into PostgreSQL in ~1 MB chunks (never all in memory),
 * checks the header on the way, counts the rows, and queues the import in the same transaction.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(ImportJob) private readonly imports: TenantRepository<ImportJob>,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  async upload(
    scope: TenantScope,
    actor: Actor,
    kind: ImportKind,
    body: Readable,
    fileName: string | null,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const job = await this.imports.within(manager).insert(scope, {
        kind,
        fileName,
        createdBy: actor.kind === 'user' ? actor.userId : null,
        status: 'queued',
        rejections: [],
      });
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      let seq = 0;
      let bytes = 0;
      let newlines = 0;
      let lastByte = 0x0a;
      let inQuotes = false;
      const flush = async () => {
        if (pendingBytes === 0) return;
        const data = Buffer.concat(pending);
        if (seq === 0) checkHeader(data, IMPORT_KINDS[kind]);
        await manager.insert(ImportChunk, {
          organisationId: scope.organisationId,
          importId: job.id,
          seq: seq++,
          data,
        });
        pending = [];
        pendingBytes = 0;
      };
      for await (const piece of body) {
        const chunk = piece as Buffer;
        bytes += chunk.length;
        if (bytes > MAX_IMPORT_BYTES) {
          throw new DomainError(
            'invalid',
            `The file is larger than ${MAX_IMPORT_BYTES / (1 << 20)} MB; split it`,
            [{ field: 'file', message: 'too large' }],
          );
        }
        // Record ends: line breaks outside quoted fields (an address may span lines).
        for (const byte of chunk) {
          if (byte === 0x22) inQuotes = !inQuotes;
          else if (byte === 0x0a && !inQuotes) newlines++;
        }
        lastByte = chunk[chunk.length - 1];
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      await flush();
      if (seq === 0) throw DomainError.invalid('file', 'is empty');
      // Lines after the header; a final line without a line break counts too. (Exact once applied.)
      job.totalRows = Math.max(0, newlines + (lastByte === 0x0a ? 0 : 1) - 1);
      job.fileBytes = String(bytes);
      await this.imports.within(manager).save(scope, job);
      await this.activity.append(manager, scope, actor, {
        action: 'import.uploaded',
        entityType: 'import',
        entityId: job.id,
        after: { kind, fileName, bytes, rows: job.totalRows },
      });
      await this.outbox.enqueue(manager, scope, 'import.run', { importId: job.id });
      return importView(job);
    });
  }

  async get(scope: TenantScope, id: string) {
    return importView(await this.imports.getById(scope, id));
  }

  async list(scope: TenantScope) {
    return (await this.imports.find(scope, { order: { createdAt: 'DESC' }, take: 50 })).map(
      importView,
    );
  }
}
