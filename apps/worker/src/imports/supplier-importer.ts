import { parseSupplierRow, type SupplierRowValues } from '@app/domain';
import type { RowImporter } from './row-importer';
import { importedColumn, upsertStatement } from './upsert-sql';

const column = importedColumn<SupplierRowValues>;

/** Checked against each other (migrant ≤ total…), so a file with any of them sets all four. */
const WORKFORCE = ['workforce_total', 'workforce_migrant', 'workforce_female', 'workforce_agency'];

const COLUMNS = [
  column('external_id', 'external_id', 'text', (row) => row.externalId),
  column('name', 'name', 'text', (row) => row.name),
  column('address', 'address', 'text', (row) => row.address),
  column('country', 'country', 'text', (row) => row.country),
  column('sector', 'sector', 'text', (row) => row.sector),
  column('products', 'products', 'text', (row) => row.products),
  column('hs_code', 'hs_code', 'text', (row) => row.hsCode),
  column('workforce_total', WORKFORCE, 'int', (row) => row.workforceTotal),
  column('workforce_migrant', WORKFORCE, 'int', (row) => row.workforceMigrant),
  column('workforce_female', WORKFORCE, 'int', (row) => row.workforceFemale),
  column('workforce_agency', WORKFORCE, 'int', (row) => row.workforceAgency),
  column('lei', 'lei', 'text', (row) => row.lei),
  column('duns', 'duns', 'text', (row) => row.duns),
  column('os_id', 'os_id', 'text', (row) => row.osId),
  column('contact_email', 'contact_email', 'text', (row) => row.contactEmail),
];

const CONFLICT = '(organisation_id, external_id) WHERE external_id IS NOT NULL';

/**
 * Sites, upserted by external id; a row identical to what is stored is left alone. The external
 * ids stored when the import starts are read once: rows with any other id are plain inserts
 * (a repeat within the file is rejected before it gets here).
 */
export function supplierImporter(): RowImporter<SupplierRowValues> {
  let stored: Set<string> | undefined;
  return {
    parse: parseSupplierRow,
    key: (row) => row.externalId,
    keyColumn: 'external_id',
    async write(manager, scope, rows, header) {
      if (!stored) {
        const ids: { external_id: string }[] = await manager.query(
          'SELECT external_id FROM suppliers WHERE organisation_id = $1 AND external_id IS NOT NULL',
          [scope.organisationId],
        );
        stored = new Set(ids.map((row) => row.external_id));
      }
      const known = stored;
      const values = rows.map((row) => row.value);
      const fresh = values.filter((row) => !known.has(row.externalId));
      const existing = values.filter((row) => known.has(row.externalId));
      let created = 0;
      let updated = 0;
      for (const [conflict, batch] of [
        [null, fresh],
        [CONFLICT, existing],
      ] as const) {
        if (batch.length === 0) continue;
        const result: { inserted: boolean }[] = await manager.query(
          ...upsertStatement('suppliers', conflict, COLUMNS, header, batch, scope.organisationId),
        );
        const inserted = result.filter((row) => row.inserted).length;
        created += inserted;
        updated += result.length - inserted;
      }
      return { created, updated, unchanged: rows.length - created - updated, rejections: [] };
    },
  };
}
