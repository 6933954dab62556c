import { csvLine } from '../../csv/csv-writer';
import { SECTORS } from '../../reference/sectors';
import { DOL_DOWNSTREAM_ROWS, DOL_GOOD_ROWS } from './dol-goods.data';
import {
  parseDolDownstreamRow,
  parseDolGoodRow,
  parseReferenceCsv,
  parseSectorWeightRow,
  parseTipTierRow,
  REFERENCE_CSV_MAX_PROBLEMS,
  REFERENCE_TABLE_NAMES,
  SOURCE_NOT_GIVEN,
} from './edition-csv';
import { SECTOR_WEIGHT_ROWS } from './sector-weights';
import { TIP_TIER_ROWS } from './tip-tiers.data';
import { TIP_TIERS_REFERENCE } from './tip-tiers';

type Cell = string | number | boolean | null;
const csv = (header: string[], rows: Cell[][]): string =>
  [header, ...rows].map((cells) => csvLine(cells)).join('');
const yn = (flag: boolean): string => (flag ? 'Y' : 'N');

const TIP_HEADER = ['iso2', 'country', 'edition', 'tier', 'previous_edition_tier', 'source'];
const DOL_HEADER = ['good', 'country', 'iso2', 'child_labor', 'forced_labor', 'edition', 'source'];
const DOWNSTREAM_HEADER = [
  'good',
  'country',
  'iso2',
  'input_good',
  'input_country',
  'input_iso2',
  'input_child_labor',
  'input_forced_labor',
  'edition',
  'source',
];
const WEIGHTS_HEADER = ['sector', 'weight', 'reasoning', 'source'];

describe('built-in editions pass through the same parsers', () => {
  it('TIP tiers: re-serialised, they parse back equal (with the report edition)', () => {
    const text = csv(
      TIP_HEADER,
      TIP_TIER_ROWS.map((r) => [r.iso2, '', 2025, r.tier, r.previousTier, r.source]),
    );
    expect(parseReferenceCsv('tip-tiers', text)).toEqual({
      ok: true,
      rows: TIP_TIER_ROWS.map((r) => ({ ...r, edition: TIP_TIERS_REFERENCE.edition })),
    });
  });

  it('DOL goods: re-serialised, they parse back equal', () => {
    const text = csv(
      DOL_HEADER,
      DOL_GOOD_ROWS.map((r) => [
        r.good,
        '',
        r.iso2,
        yn(r.childLabour),
        yn(r.forcedLabour),
        r.edition,
        r.source,
      ]),
    );
    expect(parseReferenceCsv('dol-goods', text)).toEqual({ ok: true, rows: DOL_GOOD_ROWS });
  });

  it('DOL downstream goods: re-serialised, they parse back equal (unknown inputs stay "")', () => {
    const text = csv(
      DOWNSTREAM_HEADER,
      DOL_DOWNSTREAM_ROWS.map((r) => [
        r.good,
        '',
        r.iso2,
        r.inputGood,
        '',
        r.inputIso2,
        yn(r.inputChildLabour),
        yn(r.inputForcedLabour),
        r.edition,
        r.source,
      ]),
    );
    expect(parseReferenceCsv('dol-downstream', text)).toEqual({
      ok: true,
      rows: DOL_DOWNSTREAM_ROWS,
    });
  });

  it('sector weights: re-serialised, they parse back equal', () => {
    const text = csv(
      WEIGHTS_HEADER,
      SECTOR_WEIGHT_ROWS.map((r) => [r.sector, r.weight, r.reasoning, r.source]),
    );
    expect(parseReferenceCsv('sector-weights', text)).toEqual({
      ok: true,
      rows: SECTOR_WEIGHT_ROWS,
    });
  });
});

describe('TIP tier rows', () => {
  const tip = (values: Record<string, string>) => ({
    iso2: 'MY',
    edition: '2026',
    tier: 'Tier 2',
    previous_edition_tier: 'tier 2 watch list',
    source: 'state.gov 2026 report',
    ...values,
  });

  it('reads a row, matching tiers whatever the case and spacing', () => {
    expect(parseTipTierRow(tip({ tier: ' TIER  2 ' }))).toEqual({
      ok: true,
      value: {
        iso2: 'MY',
        tier: 'Tier 2',
        previousTier: 'Tier 2 Watch List',
        source: 'state.gov 2026 report',
        edition: 2026,
      },
    });
  });

  it('reads an empty tier as unranked (null), an alpha-3 code, and a missing source', () => {
    expect(
      parseTipTierRow({ iso2: 'and', edition: '2026', tier: '', previous_edition_tier: '' }),
    ).toEqual({
      ok: true,
      value: {
        iso2: 'AD',
        tier: null,
        previousTier: null,
        source: SOURCE_NOT_GIVEN,
        edition: 2026,
      },
    });
  });

  it.each([
    ['iso2', '', /required/],
    ['iso2', 'Malaysia', /not an ISO 3166-1/],
    ['iso2', 'ZZ', /not a country/],
    ['tier', 'Tier 4', /not a tier/],
    ['tier', '1', /not a tier/],
    ['previous_edition_tier', 'Watch List', /not a tier/],
    ['edition', '', /edition year/],
    ['edition', '25', /edition year/],
    ['edition', '2025-09-29', /edition year/],
  ])('rejects %s = "%s", naming the column', (column, value, reason) => {
    expect(parseTipTierRow(tip({ [column]: value }))).toEqual({
      ok: false,
      column,
      reason: expect.stringMatching(reason),
    });
  });
});

describe('DOL goods rows', () => {
  const good = (values: Record<string, string>) => ({
    good: 'Bricks',
    iso2: 'PK',
    child_labor: 'Y',
    forced_labor: 'N',
    edition: '2026',
    source: 'dol.gov',
    ...values,
  });

  it('reads Y/N and yes/no', () => {
    expect(parseDolGoodRow(good({ child_labor: 'yes', forced_labor: 'Y' }))).toEqual({
      ok: true,
      value: {
        good: 'Bricks',
        iso2: 'PK',
        childLabour: true,
        forcedLabour: true,
        edition: 2026,
        source: 'dol.gov',
      },
    });
    expect(parseDolGoodRow(good({ child_labor: 'n', forced_labor: 'yes' }))).toMatchObject({
      ok: true,
      value: { childLabour: false, forcedLabour: true },
    });
  });

  it.each([
    ['good', '', /required/],
    ['iso2', 'Pakistan', /not an ISO 3166-1/],
    ['child_labor', '', /Y or N/],
    ['child_labor', 'maybe', /Y or N/],
    ['forced_labor', '', /Y or N/],
    ['edition', 'twenty', /edition year/],
    ['source', '', /required/],
  ])('rejects %s = "%s", naming the column', (column, value, reason) => {
    expect(parseDolGoodRow(good({ [column]: value }))).toEqual({
      ok: false,
      column,
      reason: expect.stringMatching(reason),
    });
  });

  it('rejects a good listed for neither child nor forced labour', () => {
    expect(parseDolGoodRow(good({ child_labor: 'N', forced_labor: 'no' }))).toEqual({
      ok: false,
      column: 'forced_labor',
      reason: expect.stringMatching(/child_labor or forced_labor must be Y/),
    });
  });
});

describe('DOL downstream rows', () => {
  const downstream = (values: Record<string, string>) => ({
    good: 'Solar Modules',
    iso2: 'CN',
    input_good: 'Polysilicon',
    input_iso2: 'CHN',
    input_child_labor: 'N',
    input_forced_labor: 'Y',
    edition: '2026',
    source: 'dol.gov',
    ...values,
  });

  it('reads a row, and an input the list does not name as ""', () => {
    expect(parseDolDownstreamRow(downstream({}))).toEqual({
      ok: true,
      value: {
        good: 'Solar Modules',
        iso2: 'CN',
        inputGood: 'Polysilicon',
        inputIso2: 'CN',
        inputChildLabour: false,
        inputForcedLabour: true,
        edition: 2026,
        source: 'dol.gov',
      },
    });
    expect(parseDolDownstreamRow(downstream({ input_good: '', input_iso2: '' }))).toMatchObject({
      ok: true,
      value: { inputGood: '', inputIso2: '' },
    });
  });

  it.each([
    ['input_iso2', 'Congo', /not an ISO 3166-1/],
    ['input_child_labor', 'x', /Y or N/],
    ['input_forced_labor', 'N', /input_child_labor or input_forced_labor must be Y/],
    ['iso2', '', /required/],
  ])('rejects %s = "%s", naming the column', (column, value, reason) => {
    expect(parseDolDownstreamRow(downstream({ [column]: value }))).toEqual({
      ok: false,
      column,
      reason: expect.stringMatching(reason),
    });
  });
});

describe('sector weight rows', () => {
  const weight = (values: Record<string, string>) => ({
    sector: 'construction',
    weight: '18',
    reasoning: 'Our own assessment.',
    source: 'internal review 2026',
    ...values,
  });

  it('reads a row, the sector code whatever the case, a missing source said so', () => {
    expect(parseSectorWeightRow(weight({ sector: 'Construction', source: '' }))).toEqual({
      ok: true,
      value: {
        sector: 'construction',
        weight: 18,
        reasoning: 'Our own assessment.',
        source: SOURCE_NOT_GIVEN,
      },
    });
    expect(parseSectorWeightRow(weight({ weight: '0' }))).toMatchObject({
      ok: true,
      value: { weight: 0 },
    });
  });

  it.each([
    ['sector', '', /required/],
    ['sector', 'Construction and building', /not a sector code/],
    ['weight', '', /whole number from 0 to 20/],
    ['weight', '21', /whole number from 0 to 20/],
    ['weight', '2.5', /whole number from 0 to 20/],
    ['weight', '-1', /whole number from 0 to 20/],
    ['reasoning', '  ', /required/],
  ])('rejects %s = "%s", naming the column', (column, value, reason) => {
    expect(parseSectorWeightRow(weight({ [column]: value }))).toEqual({
      ok: false,
      column,
      reason: expect.stringMatching(reason),
    });
  });
});

describe('parseReferenceCsv: whole files', () => {
  const TIP_OK = 'iso2,edition,tier\nMY,2026,Tier 2\nGB,2026,Tier 1\n';

  it('knows the five tables', () => {
    expect(REFERENCE_TABLE_NAMES).toEqual([
      'tip-tiers',
      'dol-goods',
      'dol-downstream',
      'sector-weights',
      'slavery-index',
    ]);
  });

  it('matches the header whatever the case, order and spacing, with a BOM, ignoring extra columns', () => {
    const parsed = parseReferenceCsv(
      'tip-tiers',
      '\uFEFF Tier ,ISO2,Edition,remarks\r\nTier 3,KP,2026,x\r\n\r\n,,,\r\n',
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { iso2: 'KP', tier: 'Tier 3', previousTier: null, source: SOURCE_NOT_GIVEN, edition: 2026 },
      ],
    });
  });

  it('names the missing header columns on line 1', () => {
    expect(
      parseReferenceCsv('dol-goods', 'good,iso2,child_labor,edition\nBricks,PK,Y,2026\n'),
    ).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          column: 'forced_labor, source',
          reason: expect.stringMatching(/forced_labor, source/),
        },
      ],
    });
  });

  it('refuses a header naming a column twice', () => {
    expect(parseReferenceCsv('tip-tiers', 'iso2,edition,tier,ISO2\nMY,2026,Tier 2,MY\n')).toEqual({
      ok: false,
      problems: [{ line: 1, column: 'iso2', reason: expect.stringMatching(/more than once/) }],
    });
  });

  it('refuses an empty file and a file without rows', () => {
    expect(parseReferenceCsv('tip-tiers', '')).toEqual({
      ok: false,
      problems: [{ line: 1, column: '', reason: expect.stringMatching(/empty/) }],
    });
    expect(parseReferenceCsv('tip-tiers', 'iso2,edition,tier\n\n')).toEqual({
      ok: false,
      problems: [{ line: 2, column: '', reason: expect.stringMatching(/no rows/) }],
    });
  });

  it('refuses malformed CSV with its line', () => {
    expect(parseReferenceCsv('tip-tiers', `${TIP_OK}FR,2026\n`)).toEqual({
      ok: false,
      problems: [{ line: 4, column: '', reason: expect.stringMatching(/number of fields/) }],
    });
    expect(parseReferenceCsv('tip-tiers', `${TIP_OK}FR,2026,Tier "1"\n`)).toEqual({
      ok: false,
      problems: [{ line: 4, column: '', reason: expect.stringMatching(/not valid CSV/) }],
    });
  });

  it('reports each rejected row and each repeated key on its own (first) file line', () => {
    const text =
      'iso2,edition,tier,source\r\n' +
      'MY,2026,Tier 2,"two\r\nlines"\r\n' +
      '\r\n' +
      'my,2026,Tier 3,\r\n' +
      'GB,2026,Tier 9,\r\n' +
      'MYS,2026,Tier 2,\r\n';
    expect(parseReferenceCsv('tip-tiers', text)).toEqual({
      ok: false,
      problems: [
        { line: 5, column: 'iso2', reason: 'repeats the row on line 2: each iso2 may appear once' },
        { line: 6, column: 'tier', reason: expect.stringMatching(/not a tier/) },
        { line: 7, column: 'iso2', reason: expect.stringMatching(/line 2/) },
      ],
    });
  });

  it('finds duplicate goods whatever the case and spacing', () => {
    const text =
      'good,iso2,child_labor,forced_labor,edition,source\n' +
      'Bricks,PK,Y,Y,2026,dol.gov\n' +
      'Bricks,IN,Y,Y,2026,dol.gov\n' +
      ' bricks ,PAK,Y,N,2026,dol.gov\n';
    expect(parseReferenceCsv('dol-goods', text)).toEqual({
      ok: false,
      problems: [
        {
          line: 4,
          column: 'good, iso2',
          reason: expect.stringMatching(/repeats the row on line 2/),
        },
      ],
    });
  });

  it('finds duplicate downstream goods on good, iso2, input good and input iso2', () => {
    const header =
      'good,iso2,input_good,input_iso2,input_child_labor,input_forced_labor,edition,source\n';
    const ok = parseReferenceCsv(
      'dol-downstream',
      `${header}Rum,DO,Sugarcane,DO,N,Y,2026,x\nRum,DO,Molasses,DO,N,Y,2026,x\n`,
    );
    expect(ok).toMatchObject({
      ok: true,
      rows: [{ inputGood: 'Sugarcane' }, { inputGood: 'Molasses' }],
    });
    const repeated = parseReferenceCsv(
      'dol-downstream',
      `${header}Rum,DO,Sugarcane,DO,N,Y,2026,x\nRUM,DO,sugarcane,DOM,Y,Y,2026,y\n`,
    );
    expect(repeated).toMatchObject({
      ok: false,
      problems: [{ line: 3, column: 'good, iso2, input_good, input_iso2' }],
    });
  });

  it('requires a weight for every sector, once', () => {
    const rows = SECTOR_WEIGHT_ROWS.map((r) => [r.sector, r.weight, r.reasoning, r.source]);
    const withoutTwo = rows.filter(([sector]) => sector !== 'fishing' && sector !== 'furniture');
    expect(parseReferenceCsv('sector-weights', csv(WEIGHTS_HEADER, withoutTwo))).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          column: 'sector',
          reason: 'every sector needs a weight; missing: fishing, furniture',
        },
      ],
    });
    const twice = [...rows, ['construction', 5, 'Again.', '']];
    expect(parseReferenceCsv('sector-weights', csv(WEIGHTS_HEADER, twice))).toEqual({
      ok: false,
      problems: [
        {
          line: SECTORS.length + 2,
          column: 'sector',
          reason: expect.stringMatching(/repeats the row on line \d+/),
        },
      ],
    });
  });

  it('does not report a sector as missing when its row is rejected for another reason', () => {
    const rows = SECTOR_WEIGHT_ROWS.map((r) => [
      r.sector,
      r.sector === 'fishing' ? 99 : r.weight,
      r.reasoning,
      r.source,
    ]);
    expect(parseReferenceCsv('sector-weights', csv(WEIGHTS_HEADER, rows))).toEqual({
      ok: false,
      problems: [{ line: expect.any(Number), column: 'weight', reason: expect.any(String) }],
    });
  });

  it(`reports at most ${REFERENCE_CSV_MAX_PROBLEMS} problems`, () => {
    const text = `iso2,edition,tier\n${'MY,2026,Tier 9\n'.repeat(80)}`;
    const parsed = parseReferenceCsv('tip-tiers', text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toHaveLength(REFERENCE_CSV_MAX_PROBLEMS);
      expect(parsed.problems[49]).toMatchObject({ line: 51, column: 'tier' });
    }
  });

  it('reads an organisation’s slavery-index copy, refusing repeated countries', () => {
    const header = 'country,prevalence_per_1000,vulnerability,government_response\n';
    expect(parseReferenceCsv('slavery-index', `${header}VN,1,2,3\nVNM,4,5,6\n`)).toEqual({
      ok: false,
      problems: [{ line: 3, column: 'country', reason: expect.stringMatching(/line 2/) }],
    });
    expect(parseReferenceCsv('slavery-index', `${header}VN,1,2,x\n`)).toEqual({
      ok: false,
      problems: [{ line: 2, column: 'government_response', reason: expect.any(String) }],
    });
  });
});
