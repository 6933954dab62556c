import { LINK_CSV, linkKey, parseLinkRow } from './link-row';
import { missingColumns } from './row-fields';

describe('supply-link CSV rows', () => {
  it('reads a site → site link with spend in minor units', () => {
    const result = parseLinkRow({
      buyer_external_id: ' GAR-1 ',
      supplier_external_id: 'MILL-1',
      commodity: 'Jersey',
      annual_spend_minor: '0012500',
      spend_currency: 'usd',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        buyer: { kind: 'site', externalId: 'GAR-1' },
        supplierExternalId: 'MILL-1',
        commodity: 'Jersey',
        annualSpendMinor: 12500,
        spendCurrency: 'USD',
      },
    });
    if (result.ok) expect(linkKey(result.value)).toBe('GAR-1 → MILL-1');
  });

  it('reads a company → site link, the company named by registration number or id', () => {
    const result = parseLinkRow({ buyer_company: '01234567', supplier_external_id: 'GAR-1' });
    expect(result).toMatchObject({
      ok: true,
      value: { buyer: { kind: 'company', ref: '01234567' } },
    });
    if (result.ok) expect(linkKey(result.value)).toBe('company 01234567 → GAR-1');
  });

  it.each([
    [{ supplier_external_id: '', buyer_external_id: 'A' }, 'supplier_external_id'],
    [{ supplier_external_id: 'A' }, 'buyer_external_id'],
    [{ supplier_external_id: 'A', buyer_external_id: 'B', buyer_company: 'C' }, 'buyer_company'],
    [{ supplier_external_id: 'A', buyer_external_id: 'A' }, 'supplier_external_id'],
    [
      {
        supplier_external_id: 'A',
        buyer_external_id: 'B',
        annual_spend_minor: '12.50',
        spend_currency: 'USD',
      },
      'annual_spend_minor',
    ],
    [
      {
        supplier_external_id: 'A',
        buyer_external_id: 'B',
        annual_spend_minor: '-5',
        spend_currency: 'USD',
      },
      'annual_spend_minor',
    ],
    [
      { supplier_external_id: 'A', buyer_external_id: 'B', annual_spend_minor: '1250' },
      'spend_currency',
    ],
    [
      {
        supplier_external_id: 'A',
        buyer_external_id: 'B',
        annual_spend_minor: '1250',
        spend_currency: 'XYZ',
      },
      'spend_currency',
    ],
    [
      {
        supplier_external_id: 'A',
        buyer_external_id: 'B',
        annual_spend_minor: '99999999999999999999',
        spend_currency: 'USD',
      },
      'annual_spend_minor',
    ],
  ])('rejects %p naming the column', (row, column) => {
    expect(parseLinkRow(row)).toMatchObject({ ok: false, column });
  });

  it('needs the supplier column and one of the buyer columns in the header', () => {
    expect(missingColumns(['buyer_company', 'supplier_external_id'], LINK_CSV)).toEqual([]);
    expect(missingColumns(['BUYER_EXTERNAL_ID', 'supplier_external_id'], LINK_CSV)).toEqual([]);
    expect(missingColumns(['commodity'], LINK_CSV)).toEqual([
      'supplier_external_id',
      'buyer_external_id or buyer_company',
    ]);
  });
});
