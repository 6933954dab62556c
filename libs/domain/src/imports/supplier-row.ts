import { resolveCountry } from '../reference/countries';
import { isSectorCode } from '../reference/sectors';

/** Columns of a supplier CSV (header row, any order, case-insensitive). README "Bulk import". */
export const SUPPLIER_CSV_REQUIRED = ['external_id', 'name', 'country', 'sector'] as const;
export const SUPPLIER_CSV_OPTIONAL = [
  'address',
  'products',
  'hs_code',
  'workforce_total',
  'workforce_migrant',
  'workforce_female',
  'workforce_agency',
  'lei',
  'duns',
  'os_id',
  'contact_email',
] as const;

export interface SupplierRowValues {
  externalId: string;
  name: string;
  address: string | null;
  country: string;
  sector: string;
  products: string | null;
  hsCode: string | null;
  workforceTotal: number;
  workforceMigrant: number;
  workforceFemale: number;
  workforceAgency: number;
  lei: string | null;
  duns: string | null;
  osId: string | null;
  contactEmail: string | null;
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; column: string; reason: string };

/** Header problems that stop an import before it starts: the missing required columns. */
export function missingColumns(header: readonly string[], required: readonly string[]): string[] {
  const present = new Set(header.map((column) => column.trim().toLowerCase()));
  return required.filter((column) => !present.has(column));
}

const text = (value: string | undefined): string | null => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

class RowProblem extends Error {
  constructor(
    readonly column: string,
    reason: string,
  ) {
    super(reason);
  }
}

function count(row: Record<string, string>, column: string): number {
  const value = text(row[column]);
  if (value === null) return 0;
  if (!/^\d{1,9}$/.test(value))
    throw new RowProblem(column, 'must be a whole, non-negative number');
  return Number(value);
}

function matching(
  row: Record<string, string>,
  column: string,
  pattern: RegExp,
  description: string,
): string | null {
  const value = text(row[column]);
  if (value !== null && !pattern.test(value))
    throw new RowProblem(column, `must be ${description}`);
  return value;
}

/** One CSV row (keys are lower-case column names) → the values to store, or why it is rejected. */
export function parseSupplierRow(row: Record<string, string>): RowResult<SupplierRowValues> {
  try {
    const externalId = text(row.external_id);
    if (!externalId) throw new RowProblem('external_id', 'is required (imports match sites on it)');
    if (externalId.length > 100)
      throw new RowProblem('external_id', 'must be at most 100 characters');
    const name = text(row.name);
    if (!name) throw new RowProblem('name', 'is required');
    const country = resolveCountry(row.country ?? '');
    if (!country)
      throw new RowProblem(
        'country',
        `"${(row.country ?? '').trim()}" is not a country (use ISO codes such as VN)`,
      );
    const sector = (row.sector ?? '').trim();
    if (!isSectorCode(sector))
      throw new RowProblem('sector', `"${sector}" is not a sector code (GET /reference/sectors)`);
    const values: SupplierRowValues = {
      externalId,
      name,
      address: text(row.address),
      country,
      sector,
      products: text(row.products),
      hsCode: matching(row, 'hs_code', /^\d{2,10}$/, '2 to 10 digits'),
      workforceTotal: count(row, 'workforce_total'),
      workforceMigrant: count(row, 'workforce_migrant'),
      workforceFemale: count(row, 'workforce_female'),
      workforceAgency: count(row, 'workforce_agency'),
      lei: matching(row, 'lei', /^[A-Z0-9]{18}[0-9]{2}$/, 'a 20-character LEI'),
      duns: matching(row, 'duns', /^\d{9}$/, '9 digits'),
      osId: matching(row, 'os_id', /^[A-Z]{2}\d{7}[A-Z0-9]{6}$/, 'an Open Supply Hub OS ID'),
      contactEmail:
        matching(
          row,
          'contact_email',
          /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
          'an e-mail address',
        )?.toLowerCase() ?? null,
    };
    for (const [column, part] of [
      ['workforce_migrant', values.workforceMigrant],
      ['workforce_female', values.workforceFemale],
      ['workforce_agency', values.workforceAgency],
    ] as const) {
      if (part > values.workforceTotal)
        throw new RowProblem(column, `must not exceed workforce_total (${values.workforceTotal})`);
    }
    return { ok: true, value: values };
  } catch (error) {
    if (error instanceof RowProblem)
      return { ok: false, column: error.column, reason: error.message };
    throw error;
  }
}
