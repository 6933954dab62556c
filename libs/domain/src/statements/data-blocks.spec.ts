import fc from 'fast-check';
import { ILO_INDICATORS } from '../risk/indicators';
import {
  composeDataBlocks,
  figureByKey,
  hasAnyRecords,
  indicatorsFound,
  mainRisks,
  percent,
  type BlockFigure,
  type DataBlockContent,
  type StatementDataBlocks,
} from './data-blocks';
import { freezeStatementRecords, type StatementPeriods, type StatementSourceRows } from './freeze';
import {
  emptyFrozenRecords,
  traceRecords,
  type FrozenRecord,
  type FrozenRecords,
  type ReportingYear,
  type TraceFilter,
} from './frozen-records';
import { DATA_BLOCKS } from './regimes';
import { PERIODS, apparelBuyerRows, engagementRow, rowsWith, siteRow } from './test-rows';

const compose = (rows: StatementSourceRows, periods: StatementPeriods = PERIODS) => {
  const records = freezeStatementRecords(rows, periods);
  return { records, blocks: composeDataBlocks(records, periods) };
};

/** A block's figures by short name: the value, or [value, previous] for year-on-year figures. */
function figureValues(block: DataBlockContent): Record<string, unknown> {
  const prefix = `${block.block}.`;
  return Object.fromEntries(
    block.figures.map((f) => {
      expect(f.key.startsWith(prefix)).toBe(true);
      return [f.key.slice(prefix.length), 'previous' in f ? [f.value, f.previous] : f.value];
    }),
  );
}

const table = (block: DataBlockContent, name: string) => {
  const found = block.tables.find((t) => t.key === `${block.block}.${name}`);
  if (!found) throw new Error(`no table ${name} in ${block.block}`);
  return found;
};

const count = (records: FrozenRecords, trace: TraceFilter | null | undefined) => {
  if (!trace) throw new Error('no trace');
  return traceRecords(records, trace).length;
};

// ——— How each figure relates to the records its trace selects ———————————————————————————————

/** Count figures that add up a field of the records they trace, rather than count them. */
const SUMMED: Record<string, string> = {
  'structure.workers': 'workers',
  'structure.migrant_workers': 'migrant',
  'structure.agency_workers': 'agency',
  'structure.female_workers': 'female',
  'fee_exposure.workers_placed': 'workers',
  'fee_exposure.workers_none': 'workers',
  'fee_exposure.workers_up_to_one_month': 'workers',
  'fee_exposure.workers_over_one_month': 'workers',
  'fee_exposure.workers_unknown': 'workers',
  'fee_remediation.workers': 'workers',
  'training.people': 'people',
};
/** Count figures that count the distinct values of a field over the records they trace. */
const DISTINCT: Record<string, string> = {
  'structure.countries': 'country',
  'structure.corridors': 'corridor',
};

type Traced = ReadonlyArray<FrozenRecord>;
const factsOf = (records: Traced) =>
  records.map((r) => r.facts as unknown as Record<string, unknown>);

/** Each percent figure: [part, whole] from the records its trace selects (and all the records). */
const PERCENTS: Record<
  string,
  (traced: Traced, all: FrozenRecords, year: ReportingYear) => [number, number]
> = {
  // The trace is the questionnaires due (the whole); the part is those answered.
  'questionnaire_coverage.response_rate': (traced) => [
    factsOf(traced).filter((f) => f.responded === true).length,
    traced.length,
  ],
  // The others trace the part; the whole is the records the share is of.
  'questionnaire_coverage.sites_answered_share': (traced, all) => [traced.length, all.site.length],
  'audits.unannounced_share': (traced, all, year) => [
    traced.length,
    all.audit.filter((a) => a.facts.year === year).length,
  ],
  'high_risk_coverage.coverage': (traced, all) => [
    traced.length,
    all.site.filter((s) => s.facts.highRisk).length,
  ],
};

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 10) / 10;
}

/** What the figure should be, computed from nothing but the records its trace selects. */
function expectedFromTrace(
  figure: BlockFigure,
  records: FrozenRecords,
  trace: TraceFilter,
  year: ReportingYear,
): number | string | null {
  const traced = traceRecords(records, trace);
  const facts = factsOf(traced);
  switch (figure.unit) {
    case 'count': {
      const summed = SUMMED[figure.key];
      if (summed) return facts.reduce((total, f) => total + (f[summed] as number), 0);
      const distinct = DISTINCT[figure.key];
      if (distinct) return new Set(facts.map((f) => f[distinct])).size;
      return traced.length;
    }
    case 'percent': {
      const rule = PERCENTS[figure.key];
      if (!rule) throw new Error(`percent figure ${figure.key} has no rule in this spec`);
      const [part, whole] = rule(traced, records, year);
      return percent(part, whole);
    }
    case 'money': {
      const field = figure.key.includes('.repaid_') ? 'repaid' : 'outstanding';
      const column = `${field}${year === 'current' ? 'Current' : 'Previous'}`;
      return facts.reduce((total, f) => total + BigInt(f[column] as string), 0n).toString();
    }
    case 'days':
      return median(facts.map((f) => daysBetween(f.receivedOn as string, f.closedOn as string)));
    default:
      throw new Error(`unit ${figure.unit} has no rule in this spec`);
  }
}

/** Every figure against its trace (and its previous value against its previous trace). */
function expectTracesConsistent(blocks: StatementDataBlocks, records: FrozenRecords): void {
  for (const block of Object.values(blocks))
    for (const figure of block.figures) {
      expect({ key: figure.key, hasTrace: figure.trace !== null }).toEqual({
        key: figure.key,
        hasTrace: true,
      });
      const trace = figure.trace as TraceFilter;
      expect({ key: figure.key, value: figure.value }).toEqual({
        key: figure.key,
        value: expectedFromTrace(figure, records, trace, 'current'),
      });
      if ('previous' in figure) {
        expect({ key: figure.key, previousTrace: !!figure.previousTrace }).toEqual({
          key: figure.key,
          previousTrace: true,
        });
        expect({ key: figure.key, previous: figure.previous }).toEqual({
          key: figure.key,
          previous: expectedFromTrace(figure, records, figure.previousTrace!, 'previous'),
        });
      }
    }
}

/** Rows of tables that count records: the count column against the row's trace. */
const ROW_COUNT_COLUMN: Record<string, (row: unknown[]) => number> = {
  'structure.by_tier': (row) => row[1] as number,
  'structure.by_country': (row) => row[1] as number,
  'structure.by_sector': (row) => row[1] as number,
  'audits.by_type': (row) => row[1] as number,
  'risk_bands.by_tier': (row) => (row.slice(1) as number[]).reduce((a, b) => a + b, 0),
  'top_risks.country_sector': (row) => row[2] as number,
  'top_risks.main_factors': (row) => row[1] as number,
  'findings_by_indicator.by_indicator': (row) => row[1] as number,
  'grievances.by_category': (row) => row[1] as number,
  'training.by_audience': (row) => row[1] as number,
};
/** Tables whose rows add up a field: the summed column against the row's trace. */
const ROW_SUM_COLUMN: Record<string, [number, string]> = {
  'structure.by_corridor': [3, 'workers'],
  'fee_exposure.by_corridor': [1, 'workers'],
};

function expectRowTracesConsistent(blocks: StatementDataBlocks, records: FrozenRecords): void {
  for (const block of Object.values(blocks))
    for (const t of block.tables) {
      if (!t.rowTraces) {
        // One row per traced record.
        expect({ key: t.key, rows: t.rows.length }).toEqual({
          key: t.key,
          rows: count(records, t.trace),
        });
        continue;
      }
      expect({ key: t.key, rowTraces: t.rowTraces.length }).toEqual({
        key: t.key,
        rowTraces: t.rows.length,
      });
      const counted = ROW_COUNT_COLUMN[t.key] as ((row: unknown[]) => number) | undefined;
      const summed = ROW_SUM_COLUMN[t.key] as [number, string] | undefined;
      if (!counted && !summed) throw new Error(`table ${t.key} has no rule in this spec`);
      t.rows.forEach((row, index) => {
        const traced = traceRecords(records, t.rowTraces![index]!);
        const actual = counted ? counted(row) : row[summed![0]];
        const expected = counted
          ? traced.length
          : factsOf(traced).reduce((total, f) => total + (f[summed![1]] as number), 0);
        expect({ key: t.key, row: row[0], value: actual }).toEqual({
          key: t.key,
          row: row[0],
          value: expected,
        });
      });
    }
}

/** Paths of any NaN, Infinity or undefined value in the blocks. */
function badValues(value: unknown, path = ''): string[] {
  if (value === undefined) return [path];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (typeof value === 'string') return /NaN|undefined|Infinity/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => badValues(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => badValues(item, `${path}.${key}`));
  return [];
}

// ——— The apparel buyer ——————————————————————————————————————————————————————————————————————

describe('composeDataBlocks for a UK apparel buyer', () => {
  const { records, blocks } = compose(apparelBuyerRows());

  it('has the thirteen blocks, each titled as in DATA_BLOCKS', () => {
    expect(Object.keys(blocks)).toEqual(Object.keys(DATA_BLOCKS));
    for (const [name, block] of Object.entries(blocks)) {
      expect(block.block).toBe(name);
      expect(block.title).toBe(DATA_BLOCKS[name as keyof typeof DATA_BLOCKS]);
    }
  });

  it('gives every figure a key unique in the statement', () => {
    const keys = Object.values(blocks).flatMap((b) => [
      ...b.figures.map((f) => f.key),
      ...b.tables.map((t) => t.key),
      ...b.charts.map((c) => c.key),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('structure: sites by tier, country and sector; agencies and corridors', () => {
    const block = blocks.structure;
    expect(figureValues(block)).toEqual({
      sites: 7,
      sites_tier_1: 4,
      sites_tier_2: 2,
      sites_tier_3: 1,
      workers: 4400,
      migrant_workers: 1070,
      agency_workers: 1000,
      female_workers: 2250,
      countries: 3,
      agencies: 3,
      corridors: 3,
    });
    expect(table(block, 'by_tier').rows).toEqual([
      ['Tier 1', 4, 2050, 250, 400],
      ['Tier 2', 2, 1750, 700, 600],
      ['Tier 3', 1, 600, 120, 0],
    ]);
    expect(table(block, 'by_tier').rowTraces).toEqual([
      { kind: 'site', where: { tier: 1 } },
      { kind: 'site', where: { tier: 2 } },
      { kind: 'site', where: { tier: 3 } },
    ]);
    // Most sites first; equal counts by name.
    expect(table(block, 'by_country').rows).toEqual([
      ['Bangladesh', 3, 2300],
      ['India', 2, 750],
      ['Malaysia', 2, 1350],
    ]);
    expect(table(block, 'by_country').rowTraces).toEqual([
      { kind: 'site', where: { country: 'BD' } },
      { kind: 'site', where: { country: 'IN' } },
      { kind: 'site', where: { country: 'MY' } },
    ]);
    expect(table(block, 'by_sector').rows).toEqual([
      ['Apparel and garment manufacturing', 4, 2050],
      ['Textiles (spinning, weaving, finishing)', 2, 1400],
      ['Rubber and plastics', 1, 950],
    ]);
    expect(table(block, 'by_corridor').rows).toEqual([
      ['Nepal to Malaysia', 2, 2, 850],
      ['Bangladesh (within the country)', 1, 1, 150],
      ['Bangladesh to Malaysia', 1, 1, 100],
    ]);
    expect(table(block, 'by_corridor').rowTraces).toEqual([
      { kind: 'engagement', where: { corridor: 'NP→MY' } },
      { kind: 'engagement', where: { corridor: 'BD→BD' } },
      { kind: 'engagement', where: { corridor: 'BD→MY' } },
    ]);
    expect(block.gaps).toEqual([]);
  });

  it('policies: those in force at the year-end, and the missing topics said plainly', () => {
    const block = blocks.policies;
    expect(figureValues(block)).toEqual({ registered: 3 });
    expect(table(block, 'register').rows).toEqual([
      ['Modern Slavery and Human Trafficking Policy', 'Modern slavery', '3.0', '2025-06-01'],
      [
        'Responsible Recruitment and Employer Pays Policy',
        'Worker-paid recruitment fees',
        '1.1',
        '2026-03-31',
      ],
      ['Supplier Code of Conduct', 'Supplier code of conduct', '5.0', '2023-02-14'],
    ]);
    // The identity-documents policy was adopted after the year-end.
    expect(block.gaps).toEqual([
      'No policy on the retention of identity documents is registered in our records.',
    ]);
  });

  it('questionnaire coverage: sent, answered and the response rate, this year and last', () => {
    const block = blocks.questionnaire_coverage;
    expect(figureValues(block)).toEqual({
      sent: [5, 3],
      answered: [4, 2],
      response_rate: [80, 66.7],
      sites_answered: 4,
      sites_answered_share: 57.1,
    });
    const sent = block.figures[0];
    expect([sent.trace, sent.previousTrace]).toEqual([
      { kind: 'assignment', where: { year: 'current' } },
      { kind: 'assignment', where: { year: 'previous' } },
    ]);
    expect(block.figures[1].trace).toEqual({
      kind: 'assignment',
      where: { responded: true, year: 'current' },
    });
    expect(block.gaps).toEqual([]);
  });

  it('audits: by type, the share unannounced and whether by a third party', () => {
    const block = blocks.audits;
    expect(figureValues(block)).toEqual({
      visits: [4, 1],
      unannounced: [2, 0],
      semi_announced: [1, 0],
      announced: [1, 1],
      unannounced_share: [50, 0],
      third_party: [2, 1],
    });
    expect(table(block, 'by_type').rows).toEqual([
      ['Unannounced', 2, 1, 1],
      ['Semi-announced', 1, 1, 0],
      ['Announced', 1, 0, 1],
    ]);
    expect(block.gaps).toEqual([]);
  });

  it('high-risk coverage: high and critical sites reached by a questionnaire or an audit', () => {
    expect(figureValues(blocks.high_risk_coverage)).toEqual({
      sites: 4,
      questionnaire: 2,
      audited: 2,
      covered: 3,
      coverage: 75,
    });
    expect(blocks.high_risk_coverage.gaps).toEqual([]);
  });

  it('risk bands: sites per band and tier, unscored sites not counted as low', () => {
    const block = blocks.risk_bands;
    expect(figureValues(block)).toEqual({ critical: 2, high: 2, medium: 1, low: 1, unscored: 1 });
    expect(block.figures.map((f) => f.label)).toEqual([
      'Sites rated critical',
      'Sites rated high',
      'Sites rated medium',
      'Sites rated low',
      'Sites rated not yet scored',
    ]);
    expect(table(block, 'by_tier').columns).toEqual([
      'Tier',
      'Critical',
      'High',
      'Medium',
      'Low',
      'Not yet scored',
    ]);
    expect(table(block, 'by_tier').rows).toEqual([
      ['Tier 1', 0, 2, 0, 1, 1],
      ['Tier 2', 1, 0, 1, 0, 0],
      ['Tier 3', 1, 0, 0, 0, 0],
    ]);
    expect(block.charts).toEqual([
      {
        key: 'risk_bands.by_tier_chart',
        caption: 'Sites by risk band, per tier',
        categories: ['Tier 1', 'Tier 2', 'Tier 3'],
        series: [
          { name: 'Critical', values: [0, 1, 1] },
          { name: 'High', values: [2, 0, 0] },
          { name: 'Medium', values: [0, 1, 0] },
          { name: 'Low', values: [1, 0, 0] },
          { name: 'Not yet scored', values: [1, 0, 0] },
        ],
      },
    ]);
    expect(block.gaps).toEqual([
      '1 site had no risk score yet at the snapshot; they are not counted as low risk.',
    ]);
  });

  it('top risks: countries × sectors by high-risk sites and score; what drives them', () => {
    const block = blocks.top_risks;
    expect(block.figures).toEqual([]);
    expect(table(block, 'country_sector').rows).toEqual([
      ['Malaysia', 'Rubber and plastics', 1, 1, 81],
      ['India', 'Textiles (spinning, weaving, finishing)', 1, 1, 77],
      ['Malaysia', 'Apparel and garment manufacturing', 1, 1, 58],
      ['Bangladesh', 'Apparel and garment manufacturing', 2, 1, 42],
      ['Bangladesh', 'Textiles (spinning, weaving, finishing)', 1, 0, 48],
    ]);
    expect(table(block, 'country_sector').rowTraces?.[0]).toEqual({
      kind: 'site',
      where: { country: 'MY', sector: 'rubber_plastics' },
    });
    expect(table(block, 'main_factors').rows).toEqual([
      ['Recruitment-fee practice of agencies', 2],
      ['Audit findings', 1],
      ['Country: US TIP Report tier', 1],
    ]);
    expect(table(block, 'main_factors').rowTraces).toEqual([
      { kind: 'site', where: { highRisk: true, mainFactor: 'recruitment' } },
      { kind: 'site', where: { highRisk: true, mainFactor: 'findings' } },
      { kind: 'site', where: { highRisk: true, mainFactor: 'country' } },
    ]);
    expect(block.gaps).toEqual([]);
  });

  it('fee exposure: workers by fee band, unknown fees apart, and the agencies’ practices', () => {
    const block = blocks.fee_exposure;
    expect(figureValues(block)).toEqual({
      workers_placed: 1100,
      workers_none: 200,
      workers_up_to_one_month: 250,
      workers_over_one_month: 400,
      workers_unknown: 250,
      agencies_deposit: 1,
      agencies_retainsDocuments: 1,
      agencies_employerPays: 1,
    });
    expect(table(block, 'by_corridor').rows).toEqual([
      // (2.5 × 400 + 0 × 200) / 600 workers whose fees are known; the 250 unknown are left out.
      ['Nepal to Malaysia', 850, 400, 400, 1.67],
      ['Bangladesh (within the country)', 150, 150, 0, 0.5],
      ['Bangladesh to Malaysia', 100, 100, 0, 1],
    ]);
    expect(block.gaps).toEqual([
      'The fees paid by 250 workers placed by agencies are not known; they are not counted as fee-free.',
    ]);
  });

  it('findings by indicator: every ILO indicator, this year and last', () => {
    const block = blocks.findings_by_indicator;
    expect(figureValues(block)).toEqual({ findings: [4, 1], critical: [1, 1], major: [2, 0] });
    expect(table(block, 'by_indicator').rows).toEqual([
      ['Abuse of vulnerability', 0, 0],
      ['Deception', 0, 0],
      ['Restriction of movement', 0, 0],
      ['Isolation', 0, 0],
      ['Physical and sexual violence', 0, 0],
      ['Intimidation and threats', 0, 0],
      ['Retention of identity documents', 1, 0],
      ['Withholding of wages', 1, 0],
      ['Debt bondage', 1, 0],
      ['Abusive working and living conditions', 2, 0],
      ['Excessive overtime', 1, 1],
    ]);
    expect(table(block, 'by_indicator').rowTraces?.[9]).toEqual({
      kind: 'finding',
      where: { year: 'current', indicators: ['abusive_conditions'] },
    });
    expect(block.gaps).toEqual([]);
  });

  it('corrective actions: opened, closed and overdue at each year-end', () => {
    const block = blocks.corrective_actions;
    expect(figureValues(block)).toEqual({ opened: [4, 1], closed: [2, 0], overdue: [3, 2] });
    const overdue = block.figures[2];
    expect([overdue.trace, overdue.previousTrace]).toEqual([
      { kind: 'corrective_action', where: { overdueCurrent: true } },
      { kind: 'corrective_action', where: { overduePrevious: true } },
    ]);
    expect(block.gaps).toEqual([]);
  });

  it('fee remediation: repaid and outstanding per currency, never added across currencies', () => {
    const block = blocks.fee_remediation;
    expect(figureValues(block)).toEqual({
      repaid_bdt: ['0', '0'],
      outstanding_bdt: ['1350000000', '0'],
      repaid_myr: ['115000000', '60000000'],
      outstanding_myr: ['80000000', '120000000'],
      workers: [800, 400],
    });
    expect(block.figures.filter((f) => f.unit === 'money').map((f) => f.currency)).toEqual([
      'BDT',
      'BDT',
      'MYR',
      'MYR',
    ]);
    expect(table(block, 'by_site').rows).toEqual([
      [
        'Penang Glove Works',
        'Kathmandu Overseas Manpower',
        400,
        'MYR 1,800,000.00',
        'MYR 900,000.00',
        'MYR 300,000.00',
      ],
      [
        'Johor Garment Sdn Bhd',
        'Kathmandu Overseas Manpower',
        250,
        'MYR 750,000.00',
        'MYR 250,000.00',
        'MYR 500,000.00',
      ],
      ['Dhaka Knit Composite', null, 150, 'BDT 13,500,000.00', 'BDT 0.00', 'BDT 13,500,000.00'],
    ]);
    expect(block.gaps).toEqual([
      'Amounts are shown in the currency they are owed in; they are not converted or added up.',
    ]);
  });

  it('grievances: received, acknowledged in time, resolved, substantiated, median days', () => {
    const block = blocks.grievances;
    expect(figureValues(block)).toEqual({
      channels: 2,
      received: [4, 2],
      acknowledged_in_time: [3, 0],
      resolved: [2, 1],
      substantiated: [2, 0],
      // Closed after 30 and 60 days this year; after 50 days last year.
      median_days: [45, 50],
    });
    expect(table(block, 'by_category').rows).toEqual([
      ['Debt bondage', 1, 0, 1],
      ['Excessive overtime', 1, 1, 0],
      ['Health and safety', 1, 0, 0],
      ['Retention of identity documents', 1, 1, 1],
    ]);
    expect(table(block, 'by_category').rowTraces?.[2]).toEqual({
      kind: 'grievance',
      where: { year: 'current', category: 'health_and_safety' },
    });
    expect(block.gaps).toEqual([]);
  });

  it('training: sessions and people trained, by audience', () => {
    const block = blocks.training;
    expect(figureValues(block)).toEqual({ sessions: [4, 1], people: [110, 310] });
    expect(table(block, 'by_audience').rows).toEqual([
      ['Suppliers', 1, 65],
      ['Procurement', 2, 36],
      ['Board', 1, 9],
    ]);
    expect(block.gaps).toEqual([]);
  });

  it('selects, through every figure’s trace, exactly the records the figure counted', () => {
    expectTracesConsistent(blocks, records);
    // Spot checks by hand.
    expect(count(records, figureByKey(blocks, 'structure.sites')?.figure?.trace)).toBe(7);
    expect(count(records, figureByKey(blocks, 'corrective_actions.overdue')?.figure?.trace)).toBe(
      3,
    );
    expect(
      count(records, figureByKey(blocks, 'corrective_actions.overdue')?.figure?.previousTrace),
    ).toBe(2);
    expect(count(records, figureByKey(blocks, 'risk_bands.unscored')?.figure?.trace)).toBe(1);
    expect(
      count(records, figureByKey(blocks, 'grievances.acknowledged_in_time')?.figure?.trace),
    ).toBe(3);
  });

  it('selects, through every row trace, the records the row counted', () => {
    expectRowTracesConsistent(blocks, records);
  });

  it('shows no NaN, Infinity or undefined anywhere', () => {
    expect(badValues(blocks)).toEqual([]);
  });
});

// ——— Edge cases ——————————————————————————————————————————————————————————————————————————

describe('composeDataBlocks with no records', () => {
  const records = emptyFrozenRecords();
  const blocks = composeDataBlocks(records, PERIODS);

  it('says plainly in every block that the records hold nothing for it', () => {
    expect(Object.fromEntries(Object.entries(blocks).map(([name, b]) => [name, b.gaps]))).toEqual({
      structure: ['No supplier sites are mapped for this company in our records.'],
      policies: [
        'No policy documents are registered in our records.',
        'No policy on worker-paid recruitment fees is registered in our records.',
        'No policy on the retention of identity documents is registered in our records.',
      ],
      questionnaire_coverage: [
        'No questionnaires were due from this company’s sites in the reporting year.',
      ],
      audits: ['No audit visits were recorded at this company’s sites in the reporting year.'],
      high_risk_coverage: ['No supplier sites are mapped, so no high-risk sites can be shown.'],
      risk_bands: ['No supplier sites are mapped, so no risk ratings can be shown.'],
      top_risks: [
        'No supplier site had a risk score at the snapshot, so the main risks cannot be shown.',
      ],
      fee_exposure: ['No recruitment agency is recorded as placing workers at these sites.'],
      findings_by_indicator: [
        'No audit visits were recorded in the reporting year, so the absence of findings shows nothing.',
      ],
      corrective_actions: [
        'No corrective action was opened, closed or overdue in these two years.',
      ],
      fee_remediation: ['No repayment of recruitment fees to workers is recorded for these sites.'],
      grievances: [
        'No worker grievance channel is recorded for these sites or their recruitment corridors.',
        'No grievances were received from workers in the reporting year.',
      ],
      training: ['No training on modern slavery is recorded for the reporting year.'],
    });
  });

  it('has no tables or charts of nothing, and no NaN or undefined', () => {
    for (const block of Object.values(blocks)) {
      expect({ block: block.block, tables: block.tables, charts: block.charts }).toEqual({
        block: block.block,
        tables: [],
        charts: [],
      });
    }
    expect(badValues(blocks)).toEqual([]);
  });

  it('gives shares of nothing as null, not 0 and not NaN', () => {
    const shares = Object.values(blocks)
      .flatMap((b) => b.figures)
      .filter((f) => f.unit === 'percent')
      .map((f) => [f.key, f.value, 'previous' in f ? f.previous : 'n/a']);
    expect(shares).toEqual([
      ['questionnaire_coverage.response_rate', null, null],
      ['questionnaire_coverage.sites_answered_share', null, 'n/a'],
      ['audits.unannounced_share', null, null],
      ['high_risk_coverage.coverage', null, 'n/a'],
    ]);
    expect(figureByKey(blocks, 'grievances.median_days')?.figure).toMatchObject({
      value: null,
      previous: null,
    });
  });

  it('counts zero for the counts, and shows no money figures without a currency', () => {
    const counts = Object.values(blocks)
      .flatMap((b) => b.figures)
      .filter((f) => f.unit === 'count');
    expect(counts.length).toBeGreaterThan(30);
    for (const f of counts) expect([f.key, f.value, f.previous ?? 0]).toEqual([f.key, 0, 0]);
    expect(blocks.fee_remediation.figures.map((f) => f.key)).toEqual(['fee_remediation.workers']);
    expect(blocks.structure.figures.some((f) => f.key.startsWith('structure.sites_tier_'))).toBe(
      false,
    );
    expectTracesConsistent(blocks, records);
  });
});

describe('percent', () => {
  it('is the share to one decimal, and null when there is nothing to take a share of', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 7)).toBe(14.3);
    expect(percent(0, 5)).toBe(0);
    expect(percent(5, 5)).toBe(100);
    expect(percent(0, 0)).toBeNull();
    expect(percent(3, 0)).toBeNull();
  });

  it('is null for this year and a number for last year when only last year has a denominator', () => {
    const { blocks } = compose(
      rowsWith({
        assignments: [
          {
            id: 'q-old',
            site: 'A site',
            template: 'SAQ',
            status: 'submitted',
            dueOn: '2024-08-01',
            submittedOn: '2024-07-20',
          },
        ],
      }),
    );
    expect(figureByKey(blocks, 'questionnaire_coverage.response_rate')?.figure).toMatchObject({
      value: null,
      previous: 100,
    });
    expect(blocks.questionnaire_coverage.gaps).toEqual([
      'No questionnaires were due from this company’s sites in the reporting year.',
    ]);
  });

  it('is 0 (not null) when high-risk sites exist and none was reached', () => {
    const { blocks } = compose(rowsWith({ sites: [siteRow({ band: 'critical', score: 80 })] }));
    expect(figureValues(blocks.high_risk_coverage)).toEqual({
      sites: 1,
      questionnaire: 0,
      audited: 0,
      covered: 0,
      coverage: 0,
    });
  });
});

describe('fees that are not known', () => {
  it('are never counted as fee-free, in the figures or the corridor table', () => {
    const { blocks, records } = compose(
      rowsWith({
        engagements: [
          engagementRow({ id: 'a', workers: 30, feeMonths: null }),
          engagementRow({ id: 'b', workers: 1, feeMonths: null, origin: 'BD' }),
        ],
      }),
    );
    expect(figureValues(blocks.fee_exposure)).toMatchObject({
      workers_placed: 31,
      workers_none: 0,
      workers_up_to_one_month: 0,
      workers_over_one_month: 0,
      workers_unknown: 31,
    });
    expect(table(blocks.fee_exposure, 'by_corridor').rows).toEqual([
      ['Nepal to Malaysia', 30, 0, 0, null],
      ['Bangladesh to Malaysia', 1, 0, 0, null],
    ]);
    expect(blocks.fee_exposure.gaps).toEqual([
      'The fees paid by 31 workers placed by agencies are not known; they are not counted as fee-free.',
    ]);
    expect(count(records, { kind: 'engagement', where: { feeBand: 'none' } })).toBe(0);
  });

  it('says "1 worker" for one', () => {
    const { blocks } = compose(
      rowsWith({ engagements: [engagementRow({ workers: 1, feeMonths: null })] }),
    );
    expect(blocks.fee_exposure.gaps).toEqual([
      'The fees paid by 1 worker placed by agencies are not known; they are not counted as fee-free.',
    ]);
  });

  it('leave a corridor’s average fee to the fees that are known, even when a fee is not a number', () => {
    const { blocks } = compose(
      rowsWith({
        engagements: [
          engagementRow({ id: 'a', workers: 10, feeMonths: 2 }),
          engagementRow({ id: 'b', workers: 30, feeMonths: 1 }),
          engagementRow({ id: 'c', workers: 50, feeMonths: Number.NaN }),
          engagementRow({ id: 'd', workers: 5, feeMonths: null }),
        ],
      }),
    );
    expect(figureValues(blocks.fee_exposure)).toMatchObject({
      workers_placed: 95,
      workers_none: 0,
      workers_unknown: 55,
    });
    // (2 × 10 + 1 × 30) / 40 = 1.25
    expect(table(blocks.fee_exposure, 'by_corridor').rows).toEqual([
      ['Nepal to Malaysia', 95, 40, 10, 1.25],
    ]);
    expect(badValues(blocks)).toEqual([]);
  });
});

describe('findings by indicator', () => {
  const audit = (id: string, visitedOn: string) => ({
    id,
    reference: id,
    site: 'A site',
    type: 'announced' as const,
    auditFirm: null,
    visitedOn,
  });

  it('lists all eleven ILO indicators, at zero, after visits with no findings', () => {
    const { blocks } = compose(rowsWith({ audits: [audit('AUD-1', '2025-06-01')] }));
    const rows = table(blocks.findings_by_indicator, 'by_indicator').rows;
    expect(rows).toEqual(ILO_INDICATORS.map((i) => [i.name, 0, 0]));
    expect(rows).toHaveLength(11);
    expect(blocks.findings_by_indicator.gaps).toEqual([]);
  });

  it('warns that no visit this year shows nothing, while still listing last year’s findings', () => {
    const { blocks } = compose(
      rowsWith({
        audits: [audit('AUD-0', '2024-06-01')],
        findings: [
          {
            id: 'f',
            audit: 'AUD-0',
            site: 'A site',
            severity: 'major',
            category: 'recruitment',
            indicators: ['deception'],
            visitedOn: '2024-06-01',
          },
        ],
      }),
    );
    const block = blocks.findings_by_indicator;
    expect(block.gaps).toEqual([
      'No audit visits were recorded in the reporting year, so the absence of findings shows nothing.',
    ]);
    expect(figureValues(block)).toEqual({ findings: [0, 1], critical: [0, 0], major: [0, 1] });
    expect(table(block, 'by_indicator').rows[1]).toEqual(['Deception', 0, 1]);
  });

  it('counts a finding under each indicator it is tagged with', () => {
    const { blocks, records } = compose(apparelBuyerRows());
    const rows = table(blocks.findings_by_indicator, 'by_indicator').rows;
    const tagged = rows.reduce((total, row) => total + (row[1] as number), 0);
    expect(tagged).toBe(
      records.finding
        .filter((f) => f.facts.year === 'current')
        .reduce((total, f) => total + f.facts.indicators.length, 0),
    );
    expect(tagged).toBe(6);
  });
});

describe('top risks', () => {
  it('counts in each row the sites its trace selects, scored or not', () => {
    const { blocks, records } = compose(
      rowsWith({
        sites: [
          siteRow({ id: 'a', name: 'A', score: 70, band: 'high' }),
          siteRow({ id: 'b', name: 'B', score: 50, band: 'medium' }),
          siteRow({ id: 'c', name: 'C', score: null, band: null }),
        ],
      }),
    );
    const t = table(blocks.top_risks, 'country_sector');
    // The average is over the scored sites only: (70 + 50) / 2.
    expect(t.rows).toEqual([['Bangladesh', 'Apparel and garment manufacturing', 3, 1, 60]]);
    expect(count(records, t.rowTraces?.[0])).toBe(3);
  });

  it('lists a site whose main factor is not known under its own row, traced by null', () => {
    const { blocks, records } = compose(
      rowsWith({ sites: [siteRow({ score: 90, band: 'critical', mainFactor: null })] }),
    );
    const t = table(blocks.top_risks, 'main_factors');
    expect(t.rows).toEqual([['none', 1]]);
    expect(t.rowTraces).toEqual([{ kind: 'site', where: { highRisk: true, mainFactor: null } }]);
    expect(count(records, t.rowTraces?.[0])).toBe(1);
  });

  it('says so when nothing is high or critical', () => {
    const { blocks } = compose(rowsWith({ sites: [siteRow({ score: 10, band: 'low' })] }));
    expect(blocks.top_risks.tables.map((t) => t.key)).toEqual(['top_risks.country_sector']);
    expect(blocks.top_risks.gaps).toEqual([
      'No site was rated high or critical, so no main risk factors are listed.',
    ]);
    expect(blocks.high_risk_coverage.gaps).toEqual([
      'No site was rated high or critical risk at the time of the snapshot.',
    ]);
  });

  it('keeps the ten highest country × sector groups', () => {
    const countries = ['BD', 'MY', 'IN', 'NP', 'VN', 'KH', 'MM', 'TH', 'PK', 'LK', 'ID', 'CN'];
    const { blocks } = compose(
      rowsWith({
        sites: countries.map((country, i) =>
          siteRow({ id: `s${i}`, country, score: 20 + i, band: 'low' }),
        ),
      }),
    );
    const rows = table(blocks.top_risks, 'country_sector').rows;
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual([
      "People's Republic of China",
      'Apparel and garment manufacturing',
      1,
      0,
      31,
    ]);
    expect(rows[9]).toEqual(['India', 'Apparel and garment manufacturing', 1, 0, 22]);
  });
});

describe('labels the records cannot resolve', () => {
  it('shows an unknown country or sector code as the code instead of failing', () => {
    const { blocks } = compose(
      rowsWith({
        sites: [siteRow({ country: 'XX', sector: 'space_mining', score: 60, band: 'high' })],
        engagements: [engagementRow({ origin: 'XX', destination: 'XX' })],
      }),
    );
    expect(table(blocks.structure, 'by_country').rows).toEqual([['XX', 1, 100]]);
    expect(table(blocks.structure, 'by_sector').rows).toEqual([['space_mining', 1, 100]]);
    expect(table(blocks.structure, 'by_corridor').rows[0][0]).toBe('XX (within the country)');
  });
});

describe('grievances', () => {
  it('counts channels even without grievances, and says when none were received', () => {
    const { blocks } = compose(
      rowsWith({
        grievanceChannels: [{ id: 'c', name: 'Hotline', scope: 'corridor', languages: ['ne'] }],
      }),
    );
    expect(figureValues(blocks.grievances)).toMatchObject({ channels: 1, received: [0, 0] });
    expect(blocks.grievances.gaps).toEqual([
      'No grievances were received from workers in the reporting year.',
    ]);
  });
});

describe('mainRisks', () => {
  const { records } = compose(apparelBuyerRows());

  it('names the country × sector groups with the most high-risk sites, then the highest scores', () => {
    expect(mainRisks(records)).toEqual([
      {
        description: 'Rubber and plastics in Malaysia',
        country: 'MY',
        sector: 'rubber_plastics',
        tiers: [2],
        sites: 1,
        vulnerableGroups: ['Migrant workers', 'Agency workers'],
        trace: {
          kind: 'site',
          where: { highRisk: true, country: 'MY', sector: 'rubber_plastics' },
        },
      },
      {
        description: 'Textiles (spinning, weaving, finishing) in India',
        country: 'IN',
        sector: 'textiles',
        tiers: [3],
        sites: 1,
        // 420 of 600 workers are women.
        vulnerableGroups: ['Migrant workers', 'Women'],
        trace: { kind: 'site', where: { highRisk: true, country: 'IN', sector: 'textiles' } },
      },
      {
        description: 'Apparel and garment manufacturing in Bangladesh',
        country: 'BD',
        sector: 'apparel_manufacturing',
        tiers: [1],
        sites: 1,
        vulnerableGroups: ['Agency workers', 'Women'],
        trace: {
          kind: 'site',
          where: { highRisk: true, country: 'BD', sector: 'apparel_manufacturing' },
        },
      },
    ]);
  });

  it('traces each risk to exactly the sites it counted', () => {
    for (const risk of mainRisks(records, 10)) expect(count(records, risk.trace)).toBe(risk.sites);
    expect(mainRisks(records, 10)).toHaveLength(4);
    expect(mainRisks(records, 1).map((r) => r.country)).toEqual(['MY']);
  });

  it('puts the group with more high-risk sites first, whatever the scores', () => {
    const { records: two } = compose(
      rowsWith({
        sites: [
          siteRow({ id: 'a', country: 'IN', tier: 2, score: 56, band: 'high', female: 0 }),
          siteRow({ id: 'b', country: 'IN', tier: 1, score: 57, band: 'high', female: 0 }),
          siteRow({ id: 'c', country: 'MY', score: 99, band: 'critical', female: 0 }),
          siteRow({ id: 'd', country: 'NP', score: 20, band: 'low' }),
        ],
      }),
    );
    const risks = mainRisks(two);
    expect(risks.map((r) => [r.country, r.sites, r.tiers, r.vulnerableGroups])).toEqual([
      ['IN', 2, [1, 2], []],
      ['MY', 1, [1], []],
    ]);
  });

  it('names women as a vulnerable group only when they are more than half the workers', () => {
    const groupsWith = (female: number) =>
      mainRisks(
        compose(
          rowsWith({
            sites: [
              siteRow({ id: 'a', workers: 60, female, band: 'high', score: 60 }),
              siteRow({ id: 'b', workers: 40, female: 0, band: 'high', score: 60 }),
            ],
          }),
        ).records,
      )[0].vulnerableGroups;
    expect(groupsWith(50)).toEqual([]);
    expect(groupsWith(51)).toEqual(['Women']);
  });

  it('is empty without high-risk sites', () => {
    expect(mainRisks(emptyFrozenRecords())).toEqual([]);
  });
});

describe('indicatorsFound', () => {
  it('lists, in the ILO’s order, the indicators this year’s findings or substantiated grievances show', () => {
    const { records } = compose(apparelBuyerRows());
    expect(indicatorsFound(records)).toEqual([
      {
        code: 'retention_of_documents',
        name: 'Retention of identity documents',
        findings: 1,
        grievances: 1,
      },
      { code: 'withholding_of_wages', name: 'Withholding of wages', findings: 1, grievances: 0 },
      { code: 'debt_bondage', name: 'Debt bondage', findings: 1, grievances: 1 },
      {
        code: 'abusive_conditions',
        name: 'Abusive working and living conditions',
        findings: 2,
        grievances: 0,
      },
      // The overtime grievance was not substantiated; last year's overtime finding is not counted.
      { code: 'excessive_overtime', name: 'Excessive overtime', findings: 1, grievances: 0 },
    ]);
  });

  it('is empty with no evidence', () => {
    expect(indicatorsFound(emptyFrozenRecords())).toEqual([]);
  });
});

describe('figureByKey and hasAnyRecords', () => {
  const { blocks } = compose(apparelBuyerRows());

  it('finds a figure or a table by its key', () => {
    expect(figureByKey(blocks, 'audits.visits')?.figure?.value).toBe(4);
    expect(figureByKey(blocks, 'audits.by_type')?.table?.rows).toHaveLength(3);
    expect(figureByKey(blocks, 'audits.nothing')).toBeNull();
  });

  it('knows whether the records hold anything at all', () => {
    expect(hasAnyRecords(emptyFrozenRecords())).toBe(false);
    const one = emptyFrozenRecords();
    one.grievance_channel.push({
      id: 'c',
      facts: { name: 'Hotline', scope: 'site', languages: [] },
    });
    expect(hasAnyRecords(one)).toBe(true);
  });
});

// ——— Properties ——————————————————————————————————————————————————————————————————————————

const day = fc
  .integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const country = fc.constantFrom('BD', 'MY', 'IN', 'NP');
const sector = fc.constantFrom('apparel_manufacturing', 'textiles', 'rubber_plastics');
const band = fc.constantFrom('low', 'medium', 'high', 'critical', null);
const indicator = fc.constantFrom(...ILO_INDICATORS.map((i) => i.code));
const amount = fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String);

const siteArb = fc
  .record({
    id: fc.uuid(),
    name: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
    country,
    sector,
    tier: fc.integer({ min: 1, max: 4 }),
    workers: fc.integer({ min: 0, max: 5000 }),
    migrant: fc.integer({ min: 0, max: 5000 }),
    agency: fc.integer({ min: 0, max: 5000 }),
    female: fc.integer({ min: 0, max: 5000 }),
    band,
    mainFactor: maybe(fc.constantFrom('country', 'recruitment', 'findings', 'chain')),
    answeredInYear: fc.boolean(),
    auditedInYear: fc.boolean(),
  })
  .chain((s) =>
    (s.band === null ? fc.constant(null) : fc.integer({ min: 0, max: 100 })).map((score) => ({
      ...s,
      score,
    })),
  );

const rowsArb: fc.Arbitrary<StatementSourceRows> = fc.record({
  sites: fc.array(siteArb, { maxLength: 12 }),
  agencies: fc.array(
    fc.record({
      id: fc.uuid(),
      name: fc.constantFrom('Agency A', 'Agency B'),
      licenceStatus: fc.constantFrom('licensed', 'expired', 'unknown'),
      employerPays: maybe(fc.boolean()),
      deposit: maybe(fc.boolean()),
      retainsDocuments: maybe(fc.boolean()),
    }),
    { maxLength: 4 },
  ),
  engagements: fc.array(
    fc.record({
      id: fc.uuid(),
      agencyId: fc.constantFrom('a1', 'a2', 'a3'),
      agency: fc.constantFrom('A1', 'A2', 'A3'),
      site: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
      origin: fc.constantFrom('NP', 'BD', 'MY'),
      destination: fc.constantFrom('MY', 'BD'),
      workers: fc.integer({ min: 0, max: 900 }),
      feeMonths: maybe(fc.double({ min: 0, max: 6, noNaN: true })),
    }),
    { maxLength: 8 },
  ),
  assignments: fc.array(
    fc.record({
      id: fc.uuid(),
      site: fc.constant('Alpha'),
      template: fc.constant('SAQ'),
      status: fc.constantFrom('sent', 'submitted', 'overdue'),
      dueOn: day,
      submittedOn: maybe(day),
    }),
    { maxLength: 8 },
  ),
  audits: fc.array(
    fc.record({
      id: fc.uuid(),
      reference: fc.string({ minLength: 1, maxLength: 6 }),
      site: fc.constant('Alpha'),
      type: fc.constantFrom(
        'announced' as const,
        'semi_announced' as const,
        'unannounced' as const,
      ),
      auditFirm: maybe(fc.constantFrom('SGS', '', 'Elevate')),
      visitedOn: day,
    }),
    { maxLength: 6 },
  ),
  findings: fc.array(
    fc.record({
      id: fc.uuid(),
      audit: fc.constant('AUD'),
      site: fc.constant('Alpha'),
      severity: fc.constantFrom(
        'critical' as const,
        'major' as const,
        'minor' as const,
        'observation' as const,
      ),
      category: fc.constant('recruitment'),
      indicators: fc.uniqueArray(indicator, { maxLength: 3 }),
      visitedOn: day,
    }),
    { maxLength: 8 },
  ),
  correctiveActions: fc.array(
    fc.record({
      id: fc.uuid(),
      site: fc.constant('Alpha'),
      severity: fc.constant('major'),
      dueOn: day,
      openedOn: day,
      closedOn: maybe(day),
    }),
    { maxLength: 8 },
  ),
  feeRemediations: fc.array(
    fc
      .record({
        id: fc.uuid(),
        site: fc.constant('Alpha'),
        agency: maybe(fc.constant('A1')),
        workers: fc.integer({ min: 0, max: 500 }),
        currency: fc.constantFrom('MYR', 'BDT', 'USD'),
        owedMinor: amount,
        openedOn: day,
        repayments: fc.array(fc.record({ paidOn: day, amountMinor: amount }), { maxLength: 3 }),
      })
      // Repayments are made once the remediation is opened.
      .map((r) => ({
        ...r,
        repayments: r.repayments.map((p) => ({
          ...p,
          paidOn: p.paidOn < r.openedOn ? r.openedOn : p.paidOn,
        })),
      })),
    { maxLength: 4 },
  ),
  grievances: fc.array(
    fc.record({
      id: fc.uuid(),
      category: fc.constantFrom(...ILO_INDICATORS.map((i) => i.code), 'other', 'discrimination'),
      receivedOn: day,
      acknowledgedOn: maybe(day),
      closedOn: maybe(day),
      outcome: maybe(
        fc.constantFrom('substantiated', 'partly_substantiated', 'not_substantiated', 'withdrawn'),
      ),
    }),
    { maxLength: 8 },
  ),
  grievanceChannels: fc.array(
    fc.record({
      id: fc.uuid(),
      name: fc.constant('Hotline'),
      scope: fc.constantFrom('site' as const, 'corridor' as const),
      languages: fc.array(fc.constantFrom('en', 'ne', 'bn')),
    }),
    { maxLength: 2 },
  ),
  policies: fc.array(
    fc.record({
      id: fc.uuid(),
      title: fc.constant('Policy'),
      topic: fc.constantFrom('modern_slavery', 'recruitment_fees', 'identity_documents', 'other'),
      version: fc.constant('1'),
      adoptedOn: day,
      url: fc.constant(null),
    }),
    { maxLength: 4 },
  ),
  training: fc.array(
    fc.record({
      id: fc.uuid(),
      heldOn: day,
      topic: fc.constant('Modern slavery'),
      audience: fc.constantFrom('board', 'procurement', 'suppliers', 'workers'),
      people: fc.integer({ min: 0, max: 400 }),
      provider: fc.constant(null),
    }),
    { maxLength: 5 },
  ),
});

const snapshotArb = fc.constantFrom('2025-11-15', '2026-03-31', '2026-05-15', '2027-01-10');

describe('data block properties', () => {
  it('for random sites, the band figures add up to the sites figure, each equal to its trace', () => {
    fc.assert(
      fc.property(fc.array(siteArb, { maxLength: 30 }), (sites) => {
        const { blocks, records } = compose(rowsWith({ sites }));
        const bands = blocks.risk_bands.figures;
        const total = bands.reduce((sum, f) => sum + (f.value as number), 0);
        expect(total).toBe(figureByKey(blocks, 'structure.sites')?.figure?.value);
        for (const f of bands) expect(f.value).toBe(count(records, f.trace));
        const tiers = blocks.structure.figures.filter((f) =>
          f.key.startsWith('structure.sites_tier_'),
        );
        expect(tiers.reduce((sum, f) => sum + (f.value as number), 0)).toBe(sites.length);
      }),
    );
  });

  it('for random engagements, the fee-band figures add up to the workers placed', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { blocks } = compose(rows);
        const f = figureValues(blocks.fee_exposure);
        expect(
          (f.workers_none as number) +
            (f.workers_up_to_one_month as number) +
            (f.workers_over_one_month as number) +
            (f.workers_unknown as number),
        ).toBe(f.workers_placed);
        expect(f.workers_unknown).toBe(
          rows.engagements.filter((e) => e.feeMonths === null).reduce((s, e) => s + e.workers, 0),
        );
      }),
    );
  });

  it('for random records, every figure and every table row agrees with its trace', () => {
    fc.assert(
      fc.property(rowsArb, snapshotArb, (rows, snapshotOn) => {
        const periods = { ...PERIODS, snapshotOn };
        const { blocks, records } = compose(rows, periods);
        expectTracesConsistent(blocks, records);
        expectRowTracesConsistent(blocks, records);
        expect(badValues(blocks)).toEqual([]);
        for (const block of Object.values(blocks))
          expect(block.figures.length + block.tables.length + block.gaps.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
