/**
 * New editions of the risk reference tables, loaded by an organisation admin as CSV files with the
 * same columns as the extracts the built-in data was made from (US TIP Report tiers, US DOL List of
 * Goods and its downstream goods), plus the sector weights and an organisation's own licensed copy
 * of the Walk Free Global Slavery Index.
 *
 * A new edition is a new reference-data version; the file is accepted whole or not at all, so
 * `parseReferenceCsv` returns either every row or the problems (each with its file line and column).
 */
import { parse } from 'csv-parse/sync';
import {
  CsvLayout,
  CsvRecord,
  missingColumns,
  readRow,
  requiredText,
  RowProblem,
  RowResult,
  text,
  yesNo,
} from '../../imports/row-fields';
import { SECTORS, isSectorCode } from '../../reference/sectors';
import { DolDownstreamRow, DolGoodRow } from './dol-goods';
import { SECTOR_WEIGHT_MAX, SectorWeightRow } from './sector-weights';
import {
  isoCountryCode,
  parseSlaveryIndexRow,
  SLAVERY_INDEX_CSV,
  SlaveryIndexRow,
} from './slavery-index';
import { TIP_TIERS, TipTier, TipTierRow } from './tip-tiers';

/** What a row's source says when the file leaves it empty (where the column may be left out). */
export const SOURCE_NOT_GIVEN = 'not stated in the imported file';

const SOURCE_MAX_LENGTH = 2000;

// ---------------------------------------------------------------------------------------------
// US TIP Report tiers

export const TIP_TIERS_CSV: CsvLayout = {
  required: ['iso2', 'edition', 'tier'],
  anyOf: [],
  optional: ['country', 'previous_edition_tier', 'source'],
};

/** A TIP row as loaded from a file: the tier placement and the report edition it comes from. */
export interface TipTierEditionRow extends TipTierRow {
  /** The report's year, e.g. 2025. */
  edition: number;
}

/** An empty tier is "not ranked in this edition": unknown, never Tier 1. */
export function parseTipTierRow(row: CsvRecord): RowResult<TipTierEditionRow> {
  return readRow(() => ({
    iso2: requiredCountry(row, 'iso2'),
    tier: tipTier(row, 'tier'),
    previousTier: tipTier(row, 'previous_edition_tier'),
    source: text(row, 'source', SOURCE_MAX_LENGTH) ?? SOURCE_NOT_GIVEN,
    edition: year(row, 'edition'),
  }));
}

// ---------------------------------------------------------------------------------------------
// US DOL List of Goods

/** `country` is the name as the list writes it: kept for people, ignored (iso2 is the key). */
export const DOL_GOODS_CSV: CsvLayout = {
  required: ['good', 'iso2', 'child_labor', 'forced_labor', 'edition', 'source'],
  anyOf: [],
  optional: ['country'],
};

export function parseDolGoodRow(row: CsvRecord): RowResult<DolGoodRow> {
  return readRow(() => {
    const good = requiredText(row, 'good', 'is required', 300);
    const iso2 = requiredCountry(row, 'iso2');
    const childLabour = flag(row, 'child_labor');
    const forcedLabour = flag(row, 'forced_labor');
    if (!childLabour && !forcedLabour)
      throw new RowProblem(
        'forced_labor',
        'child_labor or forced_labor must be Y: the list names a good for one or both',
      );
    return {
      good,
      iso2,
      childLabour,
      forcedLabour,
      edition: year(row, 'edition'),
      source: requiredText(row, 'source', 'is required', SOURCE_MAX_LENGTH),
    };
  });
}

/**
 * `input_good` and `input_iso2` may be empty where the list does not say which input (the result
 * then holds "", as the built-in data does); the names in `country` / `input_country` are ignored.
 */
export const DOL_DOWNSTREAM_CSV: CsvLayout = {
  required: [
    'good',
    'iso2',
    'input_good',
    'input_iso2',
    'input_child_labor',
    'input_forced_labor',
    'edition',
    'source',
  ],
  anyOf: [],
  optional: ['country', 'input_country'],
};

export function parseDolDownstreamRow(row: CsvRecord): RowResult<DolDownstreamRow> {
  return readRow(() => {
    const good = requiredText(row, 'good', 'is required', 300);
    const iso2 = requiredCountry(row, 'iso2');
    const inputGood = text(row, 'input_good', 300) ?? '';
    const inputIso2 = isoCountryCode(row, 'input_iso2') ?? '';
    const inputChildLabour = flag(row, 'input_child_labor');
    const inputForcedLabour = flag(row, 'input_forced_labor');
    if (!inputChildLabour && !inputForcedLabour)
      throw new RowProblem(
        'input_forced_labor',
        'input_child_labor or input_forced_labor must be Y: the input is listed for one or both',
      );
    return {
      good,
      iso2,
      inputGood,
      inputIso2,
      inputChildLabour,
      inputForcedLabour,
      edition: year(row, 'edition'),
      source: requiredText(row, 'source', 'is required', SOURCE_MAX_LENGTH),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Sector weights

export const SECTOR_WEIGHTS_CSV: CsvLayout = {
  required: ['sector', 'weight', 'reasoning', 'source'],
  anyOf: [],
  optional: [],
};

export function parseSectorWeightRow(row: CsvRecord): RowResult<SectorWeightRow> {
  return readRow(() => {
    const sector = requiredText(row, 'sector', 'is required (a sector code such as construction)');
    const code = sector.toLowerCase();
    if (!isSectorCode(code))
      throw new RowProblem('sector', `"${sector}" is not a sector code (such as construction)`);
    const weight = text(row, 'weight');
    if (weight === null || !/^\d{1,3}$/.test(weight) || Number(weight) > SECTOR_WEIGHT_MAX)
      throw new RowProblem('weight', `must be a whole number from 0 to ${SECTOR_WEIGHT_MAX}`);
    return {
      sector: code,
      weight: Number(weight),
      reasoning: requiredText(row, 'reasoning', 'is required: say why this weight'),
      source: text(row, 'source', SOURCE_MAX_LENGTH) ?? SOURCE_NOT_GIVEN,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Field readers shared by the tables

function requiredCountry(row: CsvRecord, column: string): string {
  const code = isoCountryCode(row, column);
  if (code === null) throw new RowProblem(column, 'is required (an ISO code such as VN)');
  return code;
}

const TIER_BY_NAME: ReadonlyMap<string, TipTier> = new Map(
  TIP_TIERS.map((tier) => [tier.toLowerCase(), tier]),
);

/** One of TIP_TIERS whatever the case and spacing, as written in the report; null when empty. */
function tipTier(row: CsvRecord, column: string): TipTier | null {
  const value = text(row, column, 100);
  if (value === null) return null;
  const tier = TIER_BY_NAME.get(value.toLowerCase().replace(/\s+/g, ' '));
  if (tier === undefined)
    throw new RowProblem(
      column,
      `"${value}" is not a tier: use ${TIP_TIERS.join(', ')}, or leave it empty when not ranked`,
    );
  return tier;
}

/** Y or N (yes / no also read); required: the list says one or the other. */
function flag(row: CsvRecord, column: string): boolean {
  let value: boolean | null = null;
  try {
    value = yesNo(row, column);
  } catch (error) {
    if (!(error instanceof RowProblem)) throw error;
  }
  if (value === null) throw new RowProblem(column, 'must be Y or N');
  return value;
}

/** An edition's year, written YYYY. */
function year(row: CsvRecord, column: string): number {
  const value = text(row, column, 20);
  if (value === null || !/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100)
    throw new RowProblem(column, 'must be the edition year, such as 2025');
  return Number(value);
}

// ---------------------------------------------------------------------------------------------
// Whole files

export type ReferenceTableName =
  'tip-tiers' | 'dol-goods' | 'dol-downstream' | 'sector-weights' | 'slavery-index';

/**
 * The reference tables, in the order stored reference versions and explanations refer to them
 * by position: append-only.
 */
export const REFERENCE_TABLE_NAMES: readonly ReferenceTableName[] = [
  'tip-tiers',
  'dol-goods',
  'dol-downstream',
  'sector-weights',
  'slavery-index',
];

export function isReferenceTableName(name: string): name is ReferenceTableName {
  return (REFERENCE_TABLE_NAMES as readonly string[]).includes(name);
}

/**
 * Why a file is refused: the 1-based file line (the header is line 1; a row spanning several lines
 * is named by its first) and the column, or "" when the problem is not in one column.
 */
export interface ReferenceCsvProblem {
  line: number;
  column: string;
  reason: string;
}

export type ParsedReferenceTable =
  { ok: true; rows: unknown[] } | { ok: false; problems: ReferenceCsvProblem[] };

/** At most this many problems are reported for one file. */
export const REFERENCE_CSV_MAX_PROBLEMS = 50;

/** How one table's rows are read and what makes two of them the same row. */
interface TableReader {
  readonly layout: CsvLayout;
  /** The columns of the key, as named in duplicate problems. */
  readonly keyColumn: string;
  read(row: CsvRecord): RowResult<{ value: unknown; key: string }>;
}

const reader = <T>(
  layout: CsvLayout,
  parseRow: (row: CsvRecord) => RowResult<T>,
  keyColumn: string,
  key: (value: T) => string,
): TableReader => ({
  layout,
  keyColumn,
  read: (row) => {
    const result = parseRow(row);
    return result.ok
      ? { ok: true, value: { value: result.value, key: key(result.value) } }
      : result;
  },
});

/** Goods compare whatever the case and spacing, as `goodListing` does. */
const sameGood = (good: string): string => good.trim().toLowerCase().replace(/\s+/g, ' ');

const READERS: Readonly<Record<ReferenceTableName, TableReader>> = {
  'tip-tiers': reader(TIP_TIERS_CSV, parseTipTierRow, 'iso2', (row: TipTierRow) => row.iso2),
  'dol-goods': reader(
    DOL_GOODS_CSV,
    parseDolGoodRow,
    'good, iso2',
    (row: DolGoodRow) => `${sameGood(row.good)}|${row.iso2}`,
  ),
  'dol-downstream': reader(
    DOL_DOWNSTREAM_CSV,
    parseDolDownstreamRow,
    'good, iso2, input_good, input_iso2',
    (row: DolDownstreamRow) =>
      [sameGood(row.good), row.iso2, sameGood(row.inputGood), row.inputIso2].join('|'),
  ),
  'sector-weights': reader(
    SECTOR_WEIGHTS_CSV,
    parseSectorWeightRow,
    'sector',
    (row: SectorWeightRow) => row.sector,
  ),
  'slavery-index': reader(
    SLAVERY_INDEX_CSV,
    parseSlaveryIndexRow,
    'country',
    (row: SlaveryIndexRow) => row.iso2,
  ),
};

/** The layout of a table's file, for the API to describe it. */
export function referenceCsvLayout(table: ReferenceTableName): CsvLayout {
  return READERS[table].layout;
}

interface ParsedRecord {
  record: Record<string, string>;
  info: { lines: number };
}

/**
 * Reads a whole file for one table: every row, or why the file is refused (missing columns,
 * malformed CSV, no rows, rejected rows, duplicate keys, and for the sector weights any sector
 * without a weight). Columns are matched on the header, whatever the case, order and spacing;
 * columns the table does not know are ignored.
 */
export function parseReferenceCsv(
  table: ReferenceTableName,
  csvText: string,
): ParsedReferenceTable {
  const tableReader = READERS[table];
  const refuse = (line: number, column: string, reason: string): ParsedReferenceTable => ({
    ok: false,
    problems: [{ line, column, reason }],
  });

  // One line break throughout, so the parser's line count is the file's (it counts a CRLF inside
  // a quoted field as two lines).
  const normalised = csvText.replace(/\r\n?/g, '\n');
  let header: string[] = [];
  let records: ParsedRecord[];
  try {
    records = parse<ParsedRecord>(normalised, {
      bom: true,
      columns: (names: string[]) => {
        header = names.map((name) => String(name).trim().toLowerCase());
        return header.map((name) => (name === '' ? undefined : name));
      },
      skip_empty_lines: true,
      // A row of empty cells (",,,,", as spreadsheets export) is not a row.
      skip_records_with_empty_values: true,
      info: true,
    });
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    return refuse(
      typeof lines === 'number' && lines > 0 ? lines : 1,
      '',
      `is not valid CSV: ${csvProblem(error)}`,
    );
  }

  const columns = header;
  if (columns.length === 0)
    return refuse(1, '', 'the file is empty: a header line and at least one row are needed');
  const repeated = columns.filter((name, i) => name !== '' && columns.indexOf(name) !== i);
  if (repeated.length > 0)
    return refuse(1, repeated.join(', '), 'appears more than once in the header');
  const missing = missingColumns(columns, tableReader.layout);
  if (missing.length > 0)
    return refuse(
      1,
      missing.join(', '),
      `the header lacks ${missing.length === 1 ? 'this column' : 'these columns'}: ${missing.join(', ')}`,
    );
  if (records.length === 0) return refuse(2, '', 'the file has no rows after the header');

  const problems: ReferenceCsvProblem[] = [];
  const rows: unknown[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const { record, info } of records) {
    if (problems.length >= REFERENCE_CSV_MAX_PROBLEMS) break;
    const line = firstLine(record, info.lines);
    const result = tableReader.read(record);
    if (!result.ok) {
      problems.push({ line, column: result.column, reason: result.reason });
      continue;
    }
    const earlier = firstLineOfKey.get(result.value.key);
    if (earlier !== undefined) {
      problems.push({
        line,
        column: tableReader.keyColumn,
        reason: `repeats the row on line ${earlier}: each ${tableReader.keyColumn} may appear once`,
      });
      continue;
    }
    firstLineOfKey.set(result.value.key, line);
    rows.push(result.value.value);
  }

  if (table === 'sector-weights' && problems.length < REFERENCE_CSV_MAX_PROBLEMS) {
    const named = new Set(records.map(({ record }) => (record.sector ?? '').trim().toLowerCase()));
    const without = SECTORS.map((sector) => sector.code).filter((code) => !named.has(code));
    if (without.length > 0)
      problems.push({
        line: 1,
        column: 'sector',
        reason: `every sector needs a weight; missing: ${without.join(', ')}`,
      });
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** The parser gives the line a record ends on; a quoted line break inside it moves the start up. */
function firstLine(record: CsvRecord, endLine: number): number {
  const breaks = Object.values(record).reduce(
    (count, value) => count + (value?.match(/\n/g)?.length ?? 0),
    0,
  );
  return Math.max(2, endLine - breaks);
}

/** The parser's reason in plain words, without its own line number. */
function csvProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return 'this line has a different number of fields than the header';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote inside a field that is not itself quoted (write "" inside a quoted field)';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text after a closing quote';
    default:
      return error instanceof Error
        ? error.message.replace(/\s*(at|on) line \d+\.?/, '')
        : 'unreadable';
  }
}
