import type { ImportRejection } from '@app/persistence';
import type { ParsedRow, WrittenRows } from './row-importer';

const BATCH = 5000;
const KEPT_REJECTIONS = 1000;

export interface ImportCounts {
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The first KEPT_REJECTIONS, in line order. */
  rejections: ImportRejection[];
}

/**
 * Collects parsed rows into batches and writes one batch while the next is being read (the parser
 * and PostgreSQL then use a core each), keeping the counts and the report in line order.
 */
export class BatchPipeline {
  readonly counts: ImportCounts = {
    rowsDone: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rejections: [],
  };
  private batch: ParsedRow<unknown>[] = [];
  /** Rejections since the last batch was handed over (all on earlier lines than the next batch). */
  private rejections: ImportRejection[] = [];
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (rows: ParsedRow<unknown>[]) => Promise<WrittenRows>,
    private readonly progress: (rowsDone: number) => Promise<void>,
  ) {}

  reject(line: number, column: string | null, reason: string): void {
    this.rejections.push({ line, column, reason });
  }

  async add(row: ParsedRow<unknown>): Promise<void> {
    this.batch.push(row);
    if (this.batch.length >= BATCH) await this.flush();
  }

  /** Everything handed over is written and counted. */
  async settle(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }

  /** Waits for the batch being written, ignoring its outcome (the caller is rolling back). */
  async abandon(): Promise<void> {
    await this.inFlight.catch(() => undefined);
  }

  private async flush(): Promise<void> {
    await this.inFlight; // one batch at a time; its failure stops the import here
    const rows = this.batch;
    const rejections = this.rejections;
    const rowsDone = this.counts.rowsDone;
    this.batch = [];
    this.rejections = [];
    const work = (async () => {
      const written =
        rows.length > 0
          ? await this.write(rows)
          : { created: 0, updated: 0, unchanged: 0, rejections: [] };
      const counts = this.counts;
      counts.created += written.created;
      counts.updated += written.updated;
      counts.unchanged += written.unchanged;
      const all = [...rejections, ...written.rejections].sort((a, b) => a.line - b.line);
      counts.rejected += all.length;
      counts.rejections.push(...all.slice(0, KEPT_REJECTIONS - counts.rejections.length));
      await this.progress(rowsDone);
    })();
    work.catch(() => undefined); // observed by the next flush, settle or abandon
    this.inFlight = work;
  }
}
