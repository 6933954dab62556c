import { FEE_CATEGORIES, FeeCategory } from '../recruitment/fees';
import { isLicenceStatus, LicenceStatus } from '../recruitment/licence';
import { resolveCountry } from '../reference/countries';
import {
  country,
  CsvLayout,
  CsvRecord,
  currency,
  isoDate,
  minorUnits,
  readRow,
  requiredText,
  RowProblem,
  RowResult,
  text,
  yesNo,
} from './row-fields';

/** One column per ILO fee category: fee_recruitment_service_minor, fee_travel_minor, … */
export const feeColumn = (category: FeeCategory): string => `fee_${category}_minor`;

/** Columns of a recruitment-agency CSV, fee practice included. README "Bulk import". */
export const AGENCY_CSV: CsvLayout = {
  required: ['external_id', 'name'],
  anyOf: [],
  optional: [
    'licence_number',
    'licensing_country',
    'licence_status',
    'licence_expires_on',
    'countries_of_operation',
    'employer_pays_committed',
    'fees_currency',
    ...FEE_CATEGORIES.map(feeColumn),
    'deposit_required',
    'deposit_amount_minor',
    'deposit_currency',
    'loans_offered',
    'loan_interest_rate_percent',
    'retains_documents',
    'contract_in_worker_language',
  ],
};

export interface AgencyRowValues {
  externalId: string;
  name: string;
  licenceNumber: string | null;
  licensingCountry: string | null;
  licenceStatus: LicenceStatus;
  licenceExpiresOn: string | null;
  countriesOfOperation: string[];
  employerPaysCommitted: boolean | null;
  /** null: not known (no fee column filled in). */
  feesChargedToWorkers: { category: FeeCategory; amountMinor: number; currency: string }[] | null;
  depositRequired: boolean | null;
  depositAmountMinor: number | null;
  depositCurrency: string | null;
  loansOffered: boolean | null;
  /** Percent a year, as exact decimal text (at most 2 decimals). */
  loanInterestRatePercent: string | null;
  retainsDocuments: boolean | null;
  contractInWorkerLanguage: boolean | null;
}

export function parseAgencyRow(row: CsvRecord): RowResult<AgencyRowValues> {
  return readRow(() => {
    const licenceStatus = text(row, 'licence_status')?.toLowerCase() ?? 'unknown';
    if (!isLicenceStatus(licenceStatus))
      throw new RowProblem(
        'licence_status',
        'must be one of licensed, expired, suspended, revoked, unlicensed, unknown',
      );
    const depositAmountMinor = minorUnits(row, 'deposit_amount_minor');
    const depositCurrency = currency(row, 'deposit_currency');
    if (depositAmountMinor !== null && depositCurrency === null)
      throw new RowProblem('deposit_currency', 'is required when deposit_amount_minor is given');
    return {
      externalId: requiredText(
        row,
        'external_id',
        'is required (imports match agencies on it)',
        100,
      ),
      name: requiredText(row, 'name', 'is required', 300),
      licenceNumber: text(row, 'licence_number', 100),
      licensingCountry: country(row, 'licensing_country'),
      licenceStatus,
      licenceExpiresOn: isoDate(row, 'licence_expires_on'),
      countriesOfOperation: countries(row, 'countries_of_operation'),
      employerPaysCommitted: yesNo(row, 'employer_pays_committed'),
      feesChargedToWorkers: fees(row),
      depositRequired: depositAmountMinor !== null ? true : yesNo(row, 'deposit_required'),
      depositAmountMinor,
      depositCurrency: depositAmountMinor === null ? null : depositCurrency,
      loansOffered: yesNo(row, 'loans_offered'),
      loanInterestRatePercent: percent(row, 'loan_interest_rate_percent'),
      retainsDocuments: yesNo(row, 'retains_documents'),
      contractInWorkerLanguage: yesNo(row, 'contract_in_worker_language'),
    };
  });
}

/** "NP; MY" or "NP MY" or "Nepal|Malaysia": codes in the order given, each once. */
function countries(row: CsvRecord, column: string): string[] {
  const value = text(row, column);
  if (value === null) return [];
  const codes = value
    .split(/[;|,\s]+/)
    .filter(Boolean)
    .map((part) => {
      const code = resolveCountry(part);
      if (!code)
        throw new RowProblem(column, `"${part}" is not a country (use ISO codes such as NP)`);
      return code;
    });
  return [...new Set(codes)];
}

/**
 * Fees workers pay, one column per ILO category, all in fees_currency: 0 = none charged in that
 * category; every fee column empty = not known (null, never "no fees").
 */
function fees(row: CsvRecord): AgencyRowValues['feesChargedToWorkers'] {
  const given = FEE_CATEGORIES.map((category) => ({
    category,
    amountMinor: minorUnits(row, feeColumn(category)),
  }));
  if (given.every((fee) => fee.amountMinor === null)) return null;
  const charged = given.filter(
    (fee): fee is { category: FeeCategory; amountMinor: number } => !!fee.amountMinor,
  );
  const feesCurrency = currency(row, 'fees_currency');
  if (charged.length > 0 && feesCurrency === null)
    throw new RowProblem('fees_currency', 'is required when a fee is given');
  return feesCurrency === null ? [] : charged.map((fee) => ({ ...fee, currency: feesCurrency }));
}

function percent(row: CsvRecord, column: string): string | null {
  const value = text(row, column)?.replace(/%$/, '').trim() ?? null;
  if (value === null) return null;
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(value) || Number(value) > 1000)
    throw new RowProblem(column, 'must be a percentage between 0 and 1000, at most 2 decimals');
  return value;
}
