import type { CsvRecord, RowResult } from '@app/domain';
import type { ImportRejection, TenantScope } from '@app/persistence';
import type { EntityManager } from 'typeorm';

/** A row that passed its own checks, with the line it started on (for the report). */
export interface ParsedRow<T> {
  line: number;
  value: T;
}

export interface WrittenRows {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows only the database could judge (an unknown site, an archived one). */
  rejections: ImportRejection[];
}

/**
 * What one kind of import does with its rows. The processor owns the file, the transaction, the
 * progress and the report; an importer reads rows and writes them in batches.
 */
export interface RowImporter<T> {
  parse(record: CsvRecord): RowResult<T>;
  /** What identifies a row within a file: a later row with the same key is rejected. */
  key(value: T): string;
  keyColumn: string;
  /** `header`: the file's columns; a stored value whose columns are not in the file is kept. */
  write(
    manager: EntityManager,
    scope: TenantScope,
    rows: ParsedRow<T>[],
    header: ReadonlySet<string>,
  ): Promise<WrittenRows>;
  /** After the last row, in the same transaction: refresh what is derived from the rows. */
  finish?(manager: EntityManager, scope: TenantScope, written: WrittenRows): Promise<void>;
}
