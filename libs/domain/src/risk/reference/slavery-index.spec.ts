import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReferenceCsv } from './edition-csv';
import { parseSlaveryIndexRow, SlaveryIndexRow } from './slavery-index';

const FIXTURE = join(__dirname, '../../../../../test/fixtures/risk/slavery-index-synthetic.csv');

const row = (values: Record<string, string>) => ({
  country: 'VN',
  prevalence_per_1000: '3.5',
  vulnerability: '40',
  government_response: '55.5',
  ...values,
});

describe('Walk Free Global Slavery Index: an organisation’s own copy (no figures shipped)', () => {
  it('reads the synthetic fixture, alpha-2 or alpha-3, empty figures as not known', () => {
    const parsed = parseReferenceCsv('slavery-index', readFileSync(FIXTURE, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const rows = parsed.rows as SlaveryIndexRow[];
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r.iso2)).toEqual(['NP', 'MY', 'VN', 'GB', 'IN', 'AD', 'KP']);
    expect(rows[4]).toEqual({
      iso2: 'IN',
      prevalencePer1000: 4.25,
      vulnerability: 60.5,
      governmentResponse: 40.25,
    });
    expect(rows[5]).toEqual({
      iso2: 'AD',
      prevalencePer1000: null,
      vulnerability: null,
      governmentResponse: null,
    });
  });

  it('accepts the bounds', () => {
    expect(
      parseSlaveryIndexRow(
        row({ prevalence_per_1000: '1000', vulnerability: '0', government_response: '100' }),
      ),
    ).toEqual({
      ok: true,
      value: { iso2: 'VN', prevalencePer1000: 1000, vulnerability: 0, governmentResponse: 100 },
    });
  });

  it.each([
    ['country', '', /required/],
    ['country', 'Viet Nam', /not an ISO 3166-1 alpha-2 or alpha-3 code/],
    ['country', 'ZZ', /not a country/],
    ['country', 'XYZ', /not a country/],
    ['prevalence_per_1000', '-1', /0 to 1000/],
    ['prevalence_per_1000', '1000.5', /0 to 1000/],
    ['prevalence_per_1000', '3,5', /0 to 1000/],
    ['prevalence_per_1000', 'high', /0 to 1000/],
    ['vulnerability', '100.1', /0 to 100/],
    ['vulnerability', '1e2', /0 to 100/],
    ['government_response', '-5', /0 to 100/],
    ['government_response', '50%', /0 to 100/],
  ])('rejects %s = "%s", naming the column', (column, value, reason) => {
    const result = parseSlaveryIndexRow(row({ [column]: value }));
    expect(result).toEqual({ ok: false, column, reason: expect.stringMatching(reason) });
  });
});
