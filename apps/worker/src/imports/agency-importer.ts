import { FEE_CATEGORIES, feeColumn, parseAgencyRow, type AgencyRowValues } from '@app/domain';
import { recomputeFeeBurdens } from '@app/persistence';
import type { RowImporter } from './row-importer';
import { importedColumn, upsertStatement } from './upsert-sql';

const column = importedColumn<AgencyRowValues>;

const FEES = ['fees_currency', ...FEE_CATEGORIES.map(feeColumn)];
const DEPOSIT = ['deposit_required', 'deposit_amount_minor', 'deposit_currency'];

const COLUMNS = [
  column('external_id', 'external_id', 'text', (row) => row.externalId),
  column('name', 'name', 'text', (row) => row.name),
  column('licence_number', 'licence_number', 'text', (row) => row.licenceNumber),
  column('licensing_country', 'licensing_country', 'text', (row) => row.licensingCountry),
  column('licence_status', 'licence_status', 'text', (row) => row.licenceStatus),
  column('licence_expires_on', 'licence_expires_on', 'date', (row) => row.licenceExpiresOn),
  column(
    'countries_of_operation',
    'countries_of_operation',
    'text',
    (row) => row.countriesOfOperation.join(','),
    (value) => `string_to_array(${value}, ',')`,
  ),
  column(
    'employer_pays_committed',
    'employer_pays_committed',
    'boolean',
    (row) => row.employerPaysCommitted,
  ),
  // Fees not known (null) arrive as SQL NULL: json_to_recordset turns a JSON null into one.
  column('fees_charged_to_workers', FEES, 'jsonb', (row) => row.feesChargedToWorkers),
  column('deposit_required', DEPOSIT, 'boolean', (row) => row.depositRequired),
  column('deposit_amount_minor', DEPOSIT, 'bigint', (row) => row.depositAmountMinor),
  column('deposit_currency', DEPOSIT, 'text', (row) => row.depositCurrency),
  column('loans_offered', 'loans_offered', 'boolean', (row) => row.loansOffered),
  column(
    'loan_interest_rate_percent',
    'loan_interest_rate_percent',
    'numeric',
    (row) => row.loanInterestRatePercent,
  ),
  column('retains_documents', 'retains_documents', 'boolean', (row) => row.retainsDocuments),
  column(
    'contract_in_worker_language',
    'contract_in_worker_language',
    'boolean',
    (row) => row.contractInWorkerLanguage,
  ),
];

/**
 * Recruitment agencies and their fee practice, upserted by external id. When an agency's row
 * changes, the fee burden (months of wages) of its engagements is computed again at the end.
 */
export function agencyImporter(): RowImporter<AgencyRowValues> {
  const updatedIds: string[] = [];
  return {
    parse: parseAgencyRow,
    key: (row) => row.externalId,
    keyColumn: 'external_id',
    async write(manager, scope, rows, header) {
      const result: { id: string; inserted: boolean }[] = await manager.query(
        ...upsertStatement(
          'recruitment_agencies',
          '(organisation_id, external_id) WHERE external_id IS NOT NULL',
          COLUMNS,
          header,
          rows.map((row) => row.value),
          scope.organisationId,
        ),
      );
      const created = result.filter((row) => row.inserted).length;
      updatedIds.push(...result.filter((row) => !row.inserted).map((row) => row.id));
      const updated = result.length - created;
      return { created, updated, unchanged: rows.length - created - updated, rejections: [] };
    },
    async finish(manager, scope) {
      if (updatedIds.length > 0)
        await recomputeFeeBurdens(manager, scope.organisationId, { agencyIds: updatedIds });
    },
  };
}
