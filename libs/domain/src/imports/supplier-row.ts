import { isSectorCode } from '../reference/sectors';
import {
  count,
  country,
  CsvLayout,
  CsvRecord,
  matching,
  readRow,
  requiredText,
  RowProblem,
  RowResult,
  text,
} from './row-fields';

/** Columns of a supplier CSV. README "Bulk import". */
export const SUPPLIER_CSV: CsvLayout = {
  required: ['external_id', 'name', 'country', 'sector'],
  anyOf: [],
  optional: [
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
  ],
};

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

/** One CSV row (keys are lower-case column names) → the values to store, or why it is rejected. */
export function parseSupplierRow(row: CsvRecord): RowResult<SupplierRowValues> {
  return readRow(() => {
    const externalId = requiredText(
      row,
      'external_id',
      'is required (imports match sites on it)',
      100,
    );
    const name = requiredText(row, 'name', 'is required', 300);
    const siteCountry = country(row, 'country');
    if (!siteCountry) throw new RowProblem('country', 'is required');
    const sector = (row.sector ?? '').trim();
    if (!isSectorCode(sector))
      throw new RowProblem('sector', `"${sector}" is not a sector code (GET /reference/sectors)`);
    const values: SupplierRowValues = {
      externalId,
      name,
      address: text(row, 'address'),
      country: siteCountry,
      sector,
      products: text(row, 'products'),
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
    return values;
  });
}
