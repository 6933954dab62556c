import {
  CsvLayout,
  CsvRecord,
  currency,
  minorUnits,
  readRow,
  requiredText,
  RowProblem,
  RowResult,
  text,
} from './row-fields';

/**
 * Columns of a supply-link CSV: who buys (one of your sites by its external id, or one of your
 * reporting companies by registration number or id) from which site. README "Bulk import".
 */
export const LINK_CSV: CsvLayout = {
  required: ['supplier_external_id'],
  anyOf: [['buyer_external_id', 'buyer_company']],
  optional: ['commodity', 'annual_spend_minor', 'spend_currency'],
};

export type LinkBuyer = { kind: 'site'; externalId: string } | { kind: 'company'; ref: string };

export interface LinkRowValues {
  buyer: LinkBuyer;
  supplierExternalId: string;
  commodity: string | null;
  annualSpendMinor: number | null;
  spendCurrency: string | null;
}

/** The same link (buyer → supplier) written twice in a file: the key that spots it, readable. */
export const linkKey = (link: LinkRowValues): string =>
  `${link.buyer.kind === 'site' ? link.buyer.externalId : `company ${link.buyer.ref}`} → ${link.supplierExternalId}`;

export function parseLinkRow(row: CsvRecord): RowResult<LinkRowValues> {
  return readRow(() => {
    const supplierExternalId = requiredText(
      row,
      'supplier_external_id',
      'is required: the external id of the site that supplies',
      100,
    );
    const buyer = readBuyer(row);
    if (buyer.kind === 'site' && buyer.externalId === supplierExternalId)
      throw new RowProblem('supplier_external_id', 'a site cannot supply itself');
    const annualSpendMinor = minorUnits(row, 'annual_spend_minor');
    const spendCurrency = currency(row, 'spend_currency');
    if (annualSpendMinor !== null && spendCurrency === null)
      throw new RowProblem('spend_currency', 'is required when annual_spend_minor is given');
    return {
      buyer,
      supplierExternalId,
      commodity: text(row, 'commodity', 300),
      annualSpendMinor,
      spendCurrency: annualSpendMinor === null ? null : spendCurrency,
    };
  });
}

function readBuyer(row: CsvRecord): LinkBuyer {
  const site = text(row, 'buyer_external_id', 100);
  const company = text(row, 'buyer_company', 100);
  if (site !== null && company !== null)
    throw new RowProblem(
      'buyer_company',
      'fill either buyer_external_id (a site buys) or buyer_company (your company buys), not both',
    );
  if (company !== null) return { kind: 'company', ref: company };
  if (site !== null) return { kind: 'site', externalId: site };
  throw new RowProblem(
    'buyer_external_id',
    'is required: the site that buys, or else buyer_company for your own company',
  );
}
