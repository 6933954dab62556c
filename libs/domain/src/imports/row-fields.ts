import { resolveCountry } from '../reference/countries';
import { isCurrencyCode } from '../reference/currencies';

/**
 * The columns of one kind of CSV file (header row, any order, case-insensitive): the ones every file
 * needs, groups of which at least one must be there, and the ones that may be left out.
 */
export interface CsvLayout {
  readonly required: readonly string[];
  readonly anyOf: ReadonlyArray<readonly string[]>;
  readonly optional: readonly string[];
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; column: string; reason: string };

/** Header problems that stop an import before it starts: what is missing, as people would say it. */
export function missingColumns(header: readonly string[], layout: CsvLayout): string[] {
  const present = new Set(header.map((column) => column.trim().toLowerCase()));
  return [
    ...layout.required.filter((column) => !present.has(column)),
    ...layout.anyOf
      .filter((group) => !group.some((column) => present.has(column)))
      .map((group) => group.join(' or ')),
  ];
}

/** Why a row is rejected, and in which column: thrown by the field readers, caught by `readRow`. */
export class RowProblem extends Error {
  constructor(
    readonly column: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** Runs a row reader, turning the first problem it meets into a rejection. */
export function readRow<T>(read: () => T): RowResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof RowProblem)
      return { ok: false, column: error.column, reason: error.message };
    throw error;
  }
}

export type CsvRecord = Readonly<Record<string, string | undefined>>;

/** Trimmed text; an empty cell is null (not known), never "". */
export function text(row: CsvRecord, column: string, maxLength = 1000): string | null {
  const trimmed = (row[column] ?? '').trim();
  if (trimmed.length > maxLength)
    throw new RowProblem(column, `must be at most ${maxLength} characters`);
  return trimmed === '' ? null : trimmed;
}

export function requiredText(
  row: CsvRecord,
  column: string,
  why = 'is required',
  maxLength = 1000,
): string {
  const value = text(row, column, maxLength);
  if (value === null) throw new RowProblem(column, why);
  return value;
}

/** A head count: whole and not negative; empty is 0. */
export function count(row: CsvRecord, column: string): number {
  const value = text(row, column);
  if (value === null) return 0;
  if (!/^\d{1,9}$/.test(value))
    throw new RowProblem(column, 'must be a whole, non-negative number');
  return Number(value);
}

export function matching(
  row: CsvRecord,
  column: string,
  pattern: RegExp,
  description: string,
): string | null {
  const value = text(row, column);
  if (value !== null && !pattern.test(value))
    throw new RowProblem(column, `must be ${description}`);
  return value;
}

/** ISO 3166-1 alpha-2 (or an English name); null when empty. */
export function country(row: CsvRecord, column: string): string | null {
  const value = text(row, column);
  if (value === null) return null;
  const code = resolveCountry(value);
  if (!code) throw new RowProblem(column, `"${value}" is not a country (use ISO codes such as VN)`);
  return code;
}

/** ISO 4217; null when empty. */
export function currency(row: CsvRecord, column: string): string | null {
  const value = text(row, column)?.toUpperCase() ?? null;
  if (value !== null && !isCurrencyCode(value))
    throw new RowProblem(column, `"${value}" is not an ISO 4217 currency code (such as USD)`);
  return value;
}

/**
 * An amount in minor units of its currency (cents, paisa); null when empty. Decimals are refused
 * rather than guessed at: "12.50" could mean 12.50 or 1,250 minor units.
 */
export function minorUnits(row: CsvRecord, column: string): number | null {
  const value = text(row, column);
  if (value === null) return null;
  if (!/^\d+$/.test(value))
    throw new RowProblem(
      column,
      'must be a whole number of minor units (e.g. cents: USD 12.50 is written 1250)',
    );
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new RowProblem(column, 'is too large');
  return amount;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** yes / no; empty is null: not known, which is never read as "no". */
export function yesNo(row: CsvRecord, column: string): boolean | null {
  const value = text(row, column)?.toLowerCase() ?? null;
  if (value === null) return null;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  throw new RowProblem(column, 'must be yes or no (or left empty when not known)');
}

/** A calendar date written YYYY-MM-DD; null when empty. */
export function isoDate(row: CsvRecord, column: string): string | null {
  const value = text(row, column);
  if (value === null) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new RowProblem(column, 'must be a date written YYYY-MM-DD');
  return value;
}
