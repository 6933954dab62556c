import { missingColumns } from './row-fields';
import { parseSupplierRow, SUPPLIER_CSV } from './supplier-row';

const row = (fields: Record<string, string> = {}) => ({
  external_id: 'VN-1',
  name: ' Saigon Stitch ',
  country: 'Vietnam',
  sector: 'apparel_manufacturing',
  workforce_total: '850',
  workforce_migrant: '310',
  ...fields,
});

describe('supplier CSV rows', () => {
  it('reads a good row, resolving country names and trimming', () => {
    const result = parseSupplierRow(row());
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        externalId: 'VN-1',
        name: 'Saigon Stitch',
        country: 'VN',
        workforceTotal: 850,
        workforceMigrant: 310,
        address: null,
      }),
    });
  });

  it.each([
    [{ external_id: ' ' }, 'external_id'],
    [{ country: 'Atlantis' }, 'country'],
    [{ sector: 'space' }, 'sector'],
    [{ workforce_total: '-3' }, 'workforce_total'],
    [{ workforce_total: '12.5' }, 'workforce_total'],
    [{ workforce_migrant: '900' }, 'workforce_migrant'],
    [{ hs_code: '61.09' }, 'hs_code'],
    [{ contact_email: 'nobody' }, 'contact_email'],
  ])('rejects %p naming the column', (fields, column) => {
    const result = parseSupplierRow(row(fields));
    expect(result).toMatchObject({ ok: false, column });
  });

  it('names the missing required columns of a header, case-insensitively', () => {
    expect(missingColumns(['External_ID', ' Name '], SUPPLIER_CSV)).toEqual(['country', 'sector']);
  });
});
