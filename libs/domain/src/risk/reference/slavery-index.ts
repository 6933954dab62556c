/**
 * Walk Free Global Slavery Index 2023: the shape of an organisation's own licensed copy.
 *
 * The workbook says "Copyright © 2023 Minderoo Foundation Limited. All Rights reserved", so no
 * figure of it is shipped with the product (docs/domain.md §4). An organisation that holds a licence
 * imports its copy as CSV into an optional table; the risk model works without it and says so.
 */
import {
  country,
  CsvLayout,
  CsvRecord,
  readRow,
  RowProblem,
  RowResult,
  text,
} from '../../imports/row-fields';

export interface SlaveryIndexRow {
  iso2: string;
  /** Estimated prevalence of modern slavery per 1,000 people; null when not known. */
  prevalencePer1000: number | null;
  /** Vulnerability score, 0..100 (higher = more vulnerable); null when not known. */
  vulnerability: number | null;
  /** Government response score, 0..100, higher = stronger response; null when not known. */
  governmentResponse: number | null;
}

/** The table as the product knows it: what it is and that its figures are never shipped. */
export const SLAVERY_INDEX_REFERENCE = {
  id: 'walk-free-global-slavery-index',
  title: 'Walk Free, Global Slavery Index: prevalence, vulnerability and government response',
  edition: 2023,
  licence:
    'Copyright © 2023 Minderoo Foundation Limited, all rights reserved: not shipped; an ' +
    'organisation imports its own licensed copy, and the model works without it',
} as const;

/** Columns of an organisation's copy; an empty figure is "not known" (null), never 0. */
export const SLAVERY_INDEX_CSV: CsvLayout = {
  required: ['country', 'prevalence_per_1000', 'vulnerability', 'government_response'],
  anyOf: [],
  optional: ['country_name', 'note'],
};

export function parseSlaveryIndexRow(row: CsvRecord): RowResult<SlaveryIndexRow> {
  return readRow(() => {
    const iso2 = isoCountryCode(row, 'country');
    if (iso2 === null)
      throw new RowProblem('country', 'is required (an ISO code such as VN or VNM)');
    text(row, 'country_name', 200);
    text(row, 'note');
    return {
      iso2,
      prevalencePer1000: decimal(row, 'prevalence_per_1000', 1000, 'per 1,000 people'),
      vulnerability: decimal(row, 'vulnerability', 100, 'a score'),
      governmentResponse: decimal(row, 'government_response', 100, 'a score'),
    };
  });
}

/**
 * An ISO 3166-1 code, alpha-2 or alpha-3, as canonical alpha-2; null when empty. Names are refused
 * here: reference tables key on codes, and a name can be ambiguous ("Congo").
 */
export function isoCountryCode(row: CsvRecord, column: string): string | null {
  const value = text(row, column);
  if (value === null) return null;
  if (!/^[A-Za-z]{2,3}$/.test(value))
    throw new RowProblem(
      column,
      `"${value}" is not an ISO 3166-1 alpha-2 or alpha-3 code (such as VN or VNM)`,
    );
  return country(row, column);
}

/** A non-negative decimal (point, not comma) up to `max`; null when empty. */
function decimal(row: CsvRecord, column: string, max: number, what: string): number | null {
  const value = text(row, column, 50);
  if (value === null) return null;
  const amount = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(amount) || amount > max)
    throw new RowProblem(
      column,
      `must be a number from 0 to ${max} (${what}), written like 12.5, or left empty when not known`,
    );
  return amount;
}
