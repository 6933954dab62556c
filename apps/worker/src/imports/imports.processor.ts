import { parseSupplierRow, SupplierRowValues } from '@app/domain';
import type { ImportRejection } from '@app/persistence';
import { runOutboxJobOnce } from '@app/platform';
import { typedJob } from '@app/queues';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';

export const IMPORTS_QUEUE = 'imports';
const BATCH = 1000;
const KEPT_REJECTIONS = 1000;

interface Counts {
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: ImportRejection[];
}

/**
 * Applies an uploaded CSV. The whole file is applied in one transaction together with the outbox
 * claim, so a crash half-way applies nothing and the re-run starts clean; progress is written on
 * the side (outside the transaction) so people can watch it.
 */
@Processor(IMPORTS_QUEUE)
export class ImportsProcessor extends WorkerHost {
  private readonly logger = new Logger('ImportsProcessor');

  constructor(private readonly dataSource: DataSource) {
    super();
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
    const counts: Counts = {
      rowsDone: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      rejections: [],
    };
    const reject = (line: number, column: string | null, reason: string) => {
      counts.rejected++;
      if (counts.rejections.length < KEPT_REJECTIONS)
        counts.rejections.push({ line, column, reason });
    };
    const seen = new Map<string, number>();
    const parser = parse({
      bom: true,
      columns: (header: string[]) => header.map((column) => column.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    });
    const source = Readable.from(this.chunks(manager, organisationId, importId));
    // A read error reaches the parser (and so the loop below); once parsing stops, stop reading,
    // so no chunk query runs after this transaction ends.
    source.on('error', (error) => parser.destroy(error));
    source.pipe(parser);
    let batch: SupplierRowValues[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const written = await upsertSuppliers(manager, organisationId, batch);
      counts.created += written.created;
      counts.updated += written.updated;
      counts.unchanged += batch.length - written.created - written.updated;
      batch = [];
      await this.dataSource.query(
        'UPDATE imports SET rows_done = $3, updated_at = now() WHERE id = $1 AND organisation_id = $2',
        [importId, organisationId, counts.rowsDone],
      );
    };
    await manager.query('SAVEPOINT import_rows');
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: Record<string, string>;
        info: { lines: number };
      }>) {
        counts.rowsDone++;
        const result = parseSupplierRow(record);
        if (!result.ok) {
          reject(info.lines, result.column, result.reason);
          continue;
        }
        const earlier = seen.get(result.value.externalId);
        if (earlier !== undefined) {
          reject(
            info.lines,
            'external_id',
            `"${result.value.externalId}" already appears on line ${earlier}`,
          );
          continue;
        }
        seen.set(result.value.externalId, info.lines);
        batch.push(result.value);
        if (batch.length >= BATCH) await flush();
      }
    } catch (error) {
      source.destroy();
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
    await flush();
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

/** Upsert by external id; a row identical to what is stored is left alone (and counted unchanged). */
async function upsertSuppliers(
  manager: EntityManager,
  organisationId: string,
  rows: SupplierRowValues[],
): Promise<{ created: number; updated: number }> {
  const column = <K extends keyof SupplierRowValues>(key: K) => rows.map((row) => row[key]);
  const result: { inserted: boolean }[] = await manager.query(
    `INSERT INTO suppliers (organisation_id, external_id, name, address, country, sector, products, hs_code, workforce_total,
                            workforce_migrant, workforce_female, workforce_agency, lei, duns, os_id, contact_email)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[],
                              $10::int[], $11::int[], $12::int[], $13::text[], $14::text[], $15::text[], $16::text[])
     ON CONFLICT (organisation_id, external_id) WHERE external_id IS NOT NULL DO UPDATE SET
       name = EXCLUDED.name, address = EXCLUDED.address, country = EXCLUDED.country, sector = EXCLUDED.sector,
       products = EXCLUDED.products, hs_code = EXCLUDED.hs_code, workforce_total = EXCLUDED.workforce_total,
       workforce_migrant = EXCLUDED.workforce_migrant, workforce_female = EXCLUDED.workforce_female,
       workforce_agency = EXCLUDED.workforce_agency, lei = EXCLUDED.lei, duns = EXCLUDED.duns, os_id = EXCLUDED.os_id,
       contact_email = EXCLUDED.contact_email, updated_at = now()
     WHERE (suppliers.name, suppliers.address, suppliers.country, suppliers.sector, suppliers.products, suppliers.hs_code,
            suppliers.workforce_total, suppliers.workforce_migrant, suppliers.workforce_female, suppliers.workforce_agency,
            suppliers.lei, suppliers.duns, suppliers.os_id, suppliers.contact_email)
       IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.address, EXCLUDED.country, EXCLUDED.sector, EXCLUDED.products, EXCLUDED.hs_code,
            EXCLUDED.workforce_total, EXCLUDED.workforce_migrant, EXCLUDED.workforce_female, EXCLUDED.workforce_agency,
            EXCLUDED.lei, EXCLUDED.duns, EXCLUDED.os_id, EXCLUDED.contact_email)
     RETURNING (xmax = 0) AS inserted`,
    [
      organisationId,
      column('externalId'),
      column('name'),
      column('address'),
      column('country'),
      column('sector'),
      column('products'),
      column('hsCode'),
      column('workforceTotal'),
      column('workforceMigrant'),
      column('workforceFemale'),
      column('workforceAgency'),
      column('lei'),
      column('duns'),
      column('osId'),
      column('contactEmail'),
    ],
  );
  const created = result.filter((row) => row.inserted).length;
  return { created, updated: result.length - created };
}
