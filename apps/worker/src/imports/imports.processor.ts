import type { CsvRecord } from '@app/domain';
import type { TenantScope } from '@app/persistence';
import { OutboxService, runOutboxJobOnce } from '@app/platform';
import { typedJob } from '@app/queues';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { agencyImporter } from './agency-importer';
import { linkImporter } from './link-importer';
import { BatchPipeline } from './batch-pipeline';
import type { RowImporter } from './row-importer';
import { supplierImporter } from './supplier-importer';

export const IMPORTS_QUEUE = 'imports';

/**
 * Applies an uploaded CSV. The whole file is applied in one transaction together with the outbox
 * claim, so a crash half-way applies nothing and the re-run starts clean; progress is written on
 * the side (outside the transaction) so people can watch it.
 */
@Processor(IMPORTS_QUEUE)
export class ImportsProcessor extends WorkerHost {
  private readonly logger = new Logger('ImportsProcessor');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  /** A fresh importer per run (importers may remember things across batches of one file). */
  private importerFor(kind: string): RowImporter<unknown> {
    switch (kind) {
      case 'suppliers':
        return supplierImporter();
      case 'links':
        return linkImporter((manager, organisationId) =>
          this.outbox.enqueue(manager, { organisationId }, 'supply-chain.recompute-tiers', {}),
        );
      case 'agencies':
        return agencyImporter();
      default:
        throw new Error(`Unknown import kind ${kind}`);
    }
  }

  async process(job: Job): Promise<void> {
    const typed = typedJob(job);
    switch (typed.name) {
      case 'import.run': {
        const { importId, organisationId } = typed.data;
        await this.dataSource.query(
          `UPDATE imports SET status = 'running', rows_done = 0, updated_at = now() WHERE id = $1 AND organisation_id = $2 AND status IN ('queued','running')`,
          [importId, organisationId],
        );
        try {
          const outcome = await runOutboxJobOnce(this.dataSource, typed.data, (manager) =>
            this.apply(manager, organisationId, importId),
          );
          this.logger.log({ importId, outcome }, 'import finished');
        } catch (error) {
          await this.dataSource.query(
            `UPDATE imports SET status = 'failed', failure = $3, finished_at = now(), updated_at = now() WHERE id = $1 AND organisation_id = $2`,
            [
              importId,
              organisationId,
              'The import could not be applied; nothing was changed. Try again or contact support.',
            ],
          );
          throw error;
        }
        return;
      }
      default:
        throw new Error(`No handler for job ${typed.name} on ${IMPORTS_QUEUE}`);
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Queue connection problem (retrying): ${error.message}`);
  }

  private async apply(
    manager: EntityManager,
    organisationId: string,
    importId: string,
  ): Promise<void> {
    const [job]: { kind: string }[] = await manager.query(
      'SELECT kind FROM imports WHERE id = $1 AND organisation_id = $2',
      [importId, organisationId],
    );
    const importer = this.importerFor(job.kind);
    const scope: TenantScope = { organisationId };
    const pipeline = new BatchPipeline(
      (rows) => importer.write(manager, scope, rows, header),
      (rowsDone) =>
        this.dataSource
          .query(
            'UPDATE imports SET rows_done = $3, updated_at = now() WHERE id = $1 AND organisation_id = $2',
            [importId, organisationId, rowsDone],
          )
          .then(() => undefined),
    );
    const counts = pipeline.counts;
    const seen = new Map<string, number>();
    const header = new Set<string>();
    const parser = parse({
      bom: true,
      columns: (names: string[]) => {
        const columns = names.map((column) => column.trim().toLowerCase());
        columns.forEach((column) => header.add(column));
        return columns;
      },
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    });
    const source = Readable.from(this.chunks(manager, organisationId, importId));
    // A read error reaches the parser (and so the loop below); once parsing stops, stop reading,
    // so no chunk query runs after this transaction ends.
    source.on('error', (error) => parser.destroy(error));
    source.pipe(parser);
    await manager.query('SAVEPOINT import_rows');
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: CsvRecord;
        info: { lines: number };
      }>) {
        counts.rowsDone++;
        const result = importer.parse(record);
        if (!result.ok) {
          pipeline.reject(info.lines, result.column, result.reason);
          continue;
        }
        const key = importer.key(result.value);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          pipeline.reject(
            info.lines,
            importer.keyColumn,
            `"${key}" already appears on line ${earlier}`,
          );
          continue;
        }
        seen.set(key, info.lines);
        await pipeline.add({ line: info.lines, value: result.value });
      }
    } catch (error) {
      source.destroy();
      await pipeline.abandon();
      if (!(error as { code?: string }).code?.startsWith('CSV_')) throw error;
      // A malformed CSV (e.g. an unclosed quote): apply nothing, say where, and do not retry.
      const line = (error as { lines?: number }).lines ?? counts.rowsDone + 1;
      await manager.query('ROLLBACK TO SAVEPOINT import_rows');
      await manager.query(
        `UPDATE imports SET status = 'failed', failure = $3, finished_at = now(), updated_at = now()
          WHERE id = $1 AND organisation_id = $2`,
        [
          importId,
          organisationId,
          `The file is not valid CSV near line ${line} (${(error as Error).message}); nothing was imported.`,
        ],
      );
      return;
    }
    source.destroy();
    await pipeline.settle();
    await importer.finish?.(manager, scope, counts);
    // Any created or updated row may move risk; a whole-organisation run is one job however large.
    if (counts.created + counts.updated > 0)
      await this.outbox.enqueue(manager, scope, 'risk.recalculate', { all: true });
    await manager.query(
      `UPDATE imports SET status = 'completed', total_rows = $3, rows_done = $3, created = $4, updated = $5, unchanged = $6,
              rejected = $7, rejections = $8, finished_at = now(), updated_at = now()
        WHERE id = $1 AND organisation_id = $2`,
      [
        importId,
        organisationId,
        counts.rowsDone,
        counts.created,
        counts.updated,
        counts.unchanged,
        counts.rejected,
        JSON.stringify(counts.rejections),
      ],
    );
    await manager.query('DELETE FROM import_chunks WHERE import_id = $1 AND organisation_id = $2', [
      importId,
      organisationId,
    ]);
    await manager.query(
      `INSERT INTO activity_log (organisation_id, actor_kind, action, entity_type, entity_id, after)
       VALUES ($1, 'system', 'import.completed', 'import', $2, $3)`,
      [
        organisationId,
        importId,
        JSON.stringify({
          created: counts.created,
          updated: counts.updated,
          unchanged: counts.unchanged,
          rejected: counts.rejected,
        }),
      ],
    );
  }

  /** The stored file, chunk by chunk: only one chunk in memory at a time. */
  private async *chunks(
    manager: EntityManager,
    organisationId: string,
    importId: string,
  ): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq++) {
      const rows: { data: Buffer }[] = await manager.query(
        'SELECT data FROM import_chunks WHERE organisation_id = $1 AND import_id = $2 AND seq = $3',
        [organisationId, importId, seq],
      );
      if (rows.length === 0) return;
      yield rows[0].data;
    }
  }
}
