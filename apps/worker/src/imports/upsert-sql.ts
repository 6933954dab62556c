import { v7 as timeOrderedUuid } from 'uuid';

/** One stored column filled from a CSV file: which CSV columns carry it, and its SQL type. */
export interface ImportedColumn<T> {
  db: string;
  /** The CSV columns it is read from: if none is in the file, the stored value is left alone. */
  csv: readonly string[];
  type: string;
  value: (row: T) => unknown;
  /** How the passed value becomes the stored one, when it is not stored as passed. */
  convert?: (expression: string) => string;
}

/** A column read from one CSV column (or from any of a group written together). */
export const importedColumn = <T>(
  db: string,
  csv: string | readonly string[],
  type: string,
  value: (row: T) => unknown,
  convert?: (expression: string) => string,
): ImportedColumn<T> => ({ db, csv: typeof csv === 'string' ? [csv] : csv, type, value, convert });

/**
 * INSERT … SELECT FROM json_to_recordset(…) ON CONFLICT (key) DO UPDATE for the columns the file has,
 * only where something differs, RETURNING whether each row was inserted (xmax = 0) and its id.
 * Columns missing from the file keep what is stored: a file with "external_id,name,loans_offered"
 * updates loans only, it does not wipe the rest.
 */
export function upsertStatement<T>(
  table: string,
  /** The ON CONFLICT target; null for rows known to be new (a plain insert is ~20% cheaper). */
  conflict: string | null,
  columns: readonly ImportedColumn<T>[],
  header: ReadonlySet<string>,
  rows: readonly T[],
  organisationId: string,
): [string, unknown[]] {
  const names = columns.map((column) => column.db);
  const fields = columns.map((column, index) => `c${index} ${column.type}`);
  const selected = columns.map((column, index) => column.convert?.(`u.c${index}`) ?? `u.c${index}`);
  const updated = columns.filter((column) => column.csv.some((csv) => header.has(csv)));
  const assignments = updated.map(({ db }) => `${db} = EXCLUDED.${db}`);
  const stored = updated.map(({ db }) => `${table}.${db}`).join(', ');
  const incoming = updated.map(({ db }) => `EXCLUDED.${db}`).join(', ');
  const onConflict =
    updated.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${assignments.join(', ')}, updated_at = now()
         WHERE (${stored}) IS DISTINCT FROM (${incoming})`;
  const sql = `INSERT INTO ${table} (organisation_id, id, ${names.join(', ')})
     SELECT $1, u.id, ${selected.join(', ')} FROM json_to_recordset($2::json) AS u(id uuid, ${fields.join(', ')})
     ${conflict === null ? '' : `ON CONFLICT ${conflict} ${onConflict}`}
     RETURNING id, (xmax = 0) AS inserted`;
  // Time-ordered ids for new rows: each batch appends to the right edge of the primary key index
  // instead of touching pages all over it. (A row that exists keeps its id.)
  // The rows travel as one JSON document: the driver would otherwise escape every array element
  // one by one in JavaScript while the database waits (~1.5 s per 100k sites).
  const records = rows.map((row) => {
    const record: Record<string, unknown> = { id: timeOrderedUuid() };
    columns.forEach((column, index) => (record[`c${index}`] = column.value(row)));
    return record;
  });
  return [sql, [organisationId, JSON.stringify(records)]];
}
