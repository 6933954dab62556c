import { formatMoney } from '../money/money';
import { countryName, isCountryCode } from '../reference/countries';
import { sectorByCode } from '../reference/sectors';
import { grievanceKpis } from '../grievances/grievance-kpis';
import type { GrievanceCategory } from '../grievances/grievance-categories';
import type { GrievanceOutcome } from '../grievances/grievance-case';
import { ILO_INDICATORS, indicatorName, isIloIndicator } from '../risk/indicators';
import { RISK_BANDS } from '../risk/model/bands';
import { FACTOR_DESCRIPTIONS } from '../risk/model/describe';
import type { RiskFactorCode } from '../risk/model/types';
import type { StatementPeriods } from './freeze';
import type {
  FrozenRecord,
  FrozenRecordKind,
  FrozenRecords,
  ReportingYear,
  TraceFilter,
} from './frozen-records';
import { matchesTrace, traceRecords } from './frozen-records';
import { DATA_BLOCKS, type DataBlock } from './regimes';

/**
 * The data blocks of a statement, computed from its frozen records. Every figure names the records
 * it counted (a TraceFilter over the frozen copies), so a reader can list them; a figure that cannot
 * be known is null with a note, never a made-up number; an empty block says plainly that the
 * records hold nothing for it.
 */
export type FigureUnit = 'count' | 'percent' | 'money' | 'days' | 'months';

export interface BlockFigure {
  /** Unique in the statement: "<block>.<name>"; the trace endpoint takes it. */
  key: string;
  label: string;
  unit: FigureUnit;
  /** For money: ISO 4217; the values are minor units as decimal strings. */
  currency?: string;
  value: number | string | null;
  /** Present on year-on-year figures: the previous financial year, the same way. */
  previous?: number | string | null;
  trace: TraceFilter | null;
  previousTrace?: TraceFilter | null;
  /** Why a value is null, or how it was counted. */
  note?: string;
}

export type TableCell = string | number | null;

export interface BlockTable {
  key: string;
  caption: string;
  columns: string[];
  rows: TableCell[][];
  trace: TraceFilter | null;
  /** The records behind each row, where a row is a group of them. */
  rowTraces?: Array<TraceFilter | null>;
}

export interface BlockChart {
  key: string;
  caption: string;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
}

export interface DataBlockContent {
  block: DataBlock;
  title: string;
  figures: BlockFigure[];
  tables: BlockTable[];
  charts: BlockChart[];
  /** Plain statements of what the records do not show for this block. */
  gaps: string[];
}

export type StatementDataBlocks = { [B in DataBlock]: DataBlockContent };

const YEARS: readonly ReportingYear[] = ['current', 'previous'];

const sectorName = (code: string): string => sectorByCode(code)?.name ?? code;
// countryName throws on a code it does not know: show such a code as it is.
const countryLabel = (code: string): string => (isCountryCode(code) ? countryName(code) : code);

const BAND_LABELS: Record<string, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unscored: 'Not yet scored',
};
const BANDS_HIGH_FIRST = [...RISK_BANDS].reverse();

const GRIEVANCE_GROUP_LABELS: Record<string, string> = {
  health_and_safety: 'Health and safety',
  discrimination: 'Discrimination',
  other: 'Other',
};
const grievanceCategoryName = (code: string): string =>
  isIloIndicator(code) ? indicatorName(code) : (GRIEVANCE_GROUP_LABELS[code] ?? code);

const TRAINING_AUDIENCE_LABELS: Record<string, string> = {
  board: 'Board',
  procurement: 'Procurement',
  compliance: 'Compliance',
  all_staff: 'All staff',
  suppliers: 'Suppliers',
  recruitment_agencies: 'Recruitment agencies',
  workers: 'Workers',
};

export const POLICY_TOPIC_LABELS: Record<string, string> = {
  modern_slavery: 'Modern slavery',
  supplier_code_of_conduct: 'Supplier code of conduct',
  recruitment_fees: 'Worker-paid recruitment fees',
  identity_documents: 'Retention of identity documents',
  grievance_mechanism: 'Grievance mechanism',
  responsible_purchasing: 'Responsible purchasing',
  other: 'Other',
};

export const factorLabel = (code: string): string =>
  FACTOR_DESCRIPTIONS[code as RiskFactorCode]?.label ?? code;

const AUDIT_TYPE_WORDS: Record<string, string> = {
  announced: 'Announced',
  semi_announced: 'Semi-announced',
  unannounced: 'Unannounced',
};

/** A share in percent to one decimal; null when there is nothing to take a share of. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

const byCount = <T extends { count: number; label: string }>(a: T, b: T) =>
  b.count - a.count || a.label.localeCompare(b.label);

class BlockBuilder {
  readonly content: DataBlockContent;

  constructor(block: DataBlock) {
    this.content = {
      block,
      title: DATA_BLOCKS[block],
      figures: [],
      tables: [],
      charts: [],
      gaps: [],
    };
  }

  private key(name: string): string {
    return `${this.content.block}.${name}`;
  }

  figure(name: string, figure: Omit<BlockFigure, 'key'>): this {
    this.content.figures.push({ key: this.key(name), ...figure });
    return this;
  }

  table(name: string, table: Omit<BlockTable, 'key'>): this {
    this.content.tables.push({ key: this.key(name), ...table });
    return this;
  }

  chart(name: string, chart: Omit<BlockChart, 'key'>): this {
    this.content.charts.push({ key: this.key(name), ...chart });
    return this;
  }

  gap(text: string): this {
    this.content.gaps.push(text);
    return this;
  }
}

/** The records a figure counts: exactly what its trace will list. */
const select = <K extends FrozenRecordKind>(
  records: FrozenRecords,
  kind: K,
  where?: TraceFilter['where'],
): FrozenRecord<K>[] => traceRecords(records, { kind, where });

const sum = <T>(items: readonly T[], value: (item: T) => number): number =>
  items.reduce((total, item) => total + value(item), 0);

/** A count of records, this year and last, with the two traces. */
function yearOnYearCount(
  b: BlockBuilder,
  records: FrozenRecords,
  name: string,
  label: string,
  kind: FrozenRecordKind,
  where: Record<string, string | boolean | readonly string[]> = {},
): { current: number; previous: number } {
  const counts = YEARS.map((year) => select(records, kind, { ...where, year }).length);
  b.figure(name, {
    label,
    unit: 'count',
    value: counts[0],
    previous: counts[1],
    trace: { kind, where: { ...where, year: 'current' } },
    previousTrace: { kind, where: { ...where, year: 'previous' } },
  });
  return { current: counts[0], previous: counts[1] };
}

function structureBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('structure');
  const sites = records.site;
  const tiers = [...new Set(sites.map((s) => s.facts.tier))].sort((x, y) => x - y);
  b.figure('sites', {
    label: 'Supplier sites mapped',
    unit: 'count',
    value: sites.length,
    trace: { kind: 'site' },
  });
  for (const tier of tiers)
    b.figure(`sites_tier_${tier}`, {
      label: `Sites at tier ${tier}`,
      unit: 'count',
      value: sites.filter((s) => s.facts.tier === tier).length,
      trace: { kind: 'site', where: { tier } },
    });
  const workforce = [
    ['workers', 'Workers at these sites', (s: FrozenRecord<'site'>) => s.facts.workers],
    ['migrant_workers', 'of whom migrant workers', (s: FrozenRecord<'site'>) => s.facts.migrant],
    ['agency_workers', 'of whom agency workers', (s: FrozenRecord<'site'>) => s.facts.agency],
    ['female_workers', 'of whom women', (s: FrozenRecord<'site'>) => s.facts.female],
  ] as const;
  for (const [name, label, value] of workforce)
    b.figure(name, {
      label,
      unit: 'count',
      value: sum(sites, value),
      trace: { kind: 'site' },
      note: 'Sum of the workforce each site reported',
    });
  const countries = new Set(sites.map((s) => s.facts.country));
  b.figure('countries', {
    label: 'Countries',
    unit: 'count',
    value: countries.size,
    trace: { kind: 'site' },
  });
  b.figure('agencies', {
    label: 'Recruitment agencies placing workers at these sites',
    unit: 'count',
    value: records.agency.length,
    trace: { kind: 'agency' },
  });
  const corridors = new Set(records.engagement.map((e) => e.facts.corridor));
  b.figure('corridors', {
    label: 'Migration corridors',
    unit: 'count',
    value: corridors.size,
    trace: { kind: 'engagement' },
  });

  if (sites.length === 0) {
    b.gap('No supplier sites are mapped for this company in our records.');
    return b.content;
  }
  b.table('by_tier', {
    caption: 'Sites and workers by tier',
    columns: ['Tier', 'Sites', 'Workers', 'Migrant workers', 'Agency workers'],
    rows: tiers.map((tier) => {
      const at = sites.filter((s) => s.facts.tier === tier);
      return [
        `Tier ${tier}`,
        at.length,
        sum(at, (s) => s.facts.workers),
        sum(at, (s) => s.facts.migrant),
        sum(at, (s) => s.facts.agency),
      ];
    }),
    trace: { kind: 'site' },
    rowTraces: tiers.map((tier) => ({ kind: 'site', where: { tier } })),
  });
  groupedTable(b, 'by_country', 'Sites and workers by country', 'Country', sites, 'country');
  groupedTable(b, 'by_sector', 'Sites and workers by sector', 'Sector', sites, 'sector');

  if (records.engagement.length === 0) {
    b.gap('No recruitment agency is recorded as placing workers at these sites.');
  } else {
    const groups = groupBy(records.engagement, (e) => e.facts.corridor);
    const rows = [...groups.entries()]
      .map(([corridor, engagements]) => ({
        corridor,
        label: corridorLabel(engagements[0].facts.origin, engagements[0].facts.destination),
        count: sum(engagements, (e) => e.facts.workers),
        agencies: new Set(engagements.map((e) => e.facts.agencyId)).size,
        sites: new Set(engagements.map((e) => e.facts.site)).size,
      }))
      .sort(byCount);
    b.table('by_corridor', {
      caption: 'Recruitment agencies and migration corridors',
      columns: ['Migration corridor', 'Agencies', 'Sites', 'Workers placed'],
      rows: rows.map((row) => [row.label, row.agencies, row.sites, row.count]),
      trace: { kind: 'engagement' },
      rowTraces: rows.map((row) => ({ kind: 'engagement', where: { corridor: row.corridor } })),
    });
  }
  return b.content;
}

const corridorLabel = (origin: string, destination: string): string =>
  origin === destination
    ? `${countryLabel(origin)} (within the country)`
    : `${countryLabel(origin)} to ${countryLabel(destination)}`;

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function groupedTable(
  b: BlockBuilder,
  name: string,
  caption: string,
  heading: string,
  sites: readonly FrozenRecord<'site'>[],
  field: 'country' | 'sector',
): void {
  const label = field === 'country' ? countryLabel : sectorName;
  const rows = [...groupBy(sites, (s) => s.facts[field]).entries()]
    .map(([code, group]) => ({
      code,
      label: label(code),
      count: group.length,
      workers: sum(group, (s) => s.facts.workers),
    }))
    .sort(byCount);
  b.table(name, {
    caption,
    columns: [heading, 'Sites', 'Workers'],
    rows: rows.map((row) => [row.label, row.count, row.workers]),
    trace: { kind: 'site' },
    rowTraces: rows.map((row) => ({ kind: 'site', where: { [field]: row.code } })),
  });
}

function policiesBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('policies');
  const policies = [...records.policy].sort(
    (x, y) =>
      x.facts.topic.localeCompare(y.facts.topic) ||
      y.facts.adoptedOn.localeCompare(x.facts.adoptedOn),
  );
  b.figure('registered', {
    label: 'Policies in force at the year-end',
    unit: 'count',
    value: policies.length,
    trace: { kind: 'policy' },
  });
  if (policies.length === 0) {
    b.gap('No policy documents are registered in our records.');
  } else {
    b.table('register', {
      caption: 'Policies in force',
      columns: ['Policy', 'Topic', 'Version', 'Adopted on'],
      rows: policies.map((p) => [
        p.facts.title,
        POLICY_TOPIC_LABELS[p.facts.topic] ?? p.facts.topic,
        p.facts.version,
        p.facts.adoptedOn,
      ]),
      trace: { kind: 'policy' },
    });
  }
  const topics = new Set(policies.map((p) => p.facts.topic));
  if (!topics.has('recruitment_fees'))
    b.gap('No policy on worker-paid recruitment fees is registered in our records.');
  if (!topics.has('identity_documents'))
    b.gap('No policy on the retention of identity documents is registered in our records.');
  return b.content;
}

function questionnaireBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('questionnaire_coverage');
  const sent = yearOnYearCount(b, records, 'sent', 'Questionnaires sent to sites', 'assignment');
  const answered = yearOnYearCount(
    b,
    records,
    'answered',
    'Questionnaires answered',
    'assignment',
    {
      responded: true,
    },
  );
  b.figure('response_rate', {
    label: 'Response rate',
    unit: 'percent',
    value: percent(answered.current, sent.current),
    previous: percent(answered.previous, sent.previous),
    trace: { kind: 'assignment', where: { year: 'current' } },
    previousTrace: { kind: 'assignment', where: { year: 'previous' } },
    note: 'Questionnaires answered out of those due in the year',
  });
  const sites = records.site.length;
  const answeringSites = select(records, 'site', { questionnaire: true }).length;
  b.figure('sites_answered', {
    label: 'Sites that answered a questionnaire in the year',
    unit: 'count',
    value: answeringSites,
    trace: { kind: 'site', where: { questionnaire: true } },
  });
  b.figure('sites_answered_share', {
    label: 'Share of mapped sites that answered',
    unit: 'percent',
    value: percent(answeringSites, sites),
    trace: { kind: 'site', where: { questionnaire: true } },
  });
  if (sent.current === 0)
    b.gap('No questionnaires were due from this company’s sites in the reporting year.');
  return b.content;
}

function auditsBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('audits');
  const all = yearOnYearCount(b, records, 'visits', 'Audit visits', 'audit');
  const unannounced = yearOnYearCount(b, records, 'unannounced', 'of which unannounced', 'audit', {
    type: 'unannounced',
  });
  yearOnYearCount(b, records, 'semi_announced', 'of which semi-announced', 'audit', {
    type: 'semi_announced',
  });
  yearOnYearCount(b, records, 'announced', 'of which announced', 'audit', { type: 'announced' });
  b.figure('unannounced_share', {
    label: 'Share of visits unannounced',
    unit: 'percent',
    value: percent(unannounced.current, all.current),
    previous: percent(unannounced.previous, all.previous),
    trace: { kind: 'audit', where: { year: 'current', type: 'unannounced' } },
    previousTrace: { kind: 'audit', where: { year: 'previous', type: 'unannounced' } },
  });
  yearOnYearCount(b, records, 'third_party', 'carried out by a third-party audit firm', 'audit', {
    thirdParty: true,
  });
  if (all.current === 0) {
    b.gap('No audit visits were recorded at this company’s sites in the reporting year.');
  } else {
    const types = ['unannounced', 'semi_announced', 'announced'] as const;
    b.table('by_type', {
      caption: 'Audit visits in the year, by type',
      columns: ['Type', 'Visits', 'By a third party', 'By our own staff'],
      rows: types.map((type) => {
        const visits = select(records, 'audit', { year: 'current', type });
        const third = visits.filter((a) => a.facts.thirdParty).length;
        return [AUDIT_TYPE_WORDS[type], visits.length, third, visits.length - third];
      }),
      trace: { kind: 'audit', where: { year: 'current' } },
      rowTraces: types.map((type) => ({ kind: 'audit', where: { year: 'current', type } })),
    });
  }
  return b.content;
}

function highRiskCoverageBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('high_risk_coverage');
  const highRisk = select(records, 'site', { highRisk: true });
  const parts = [
    ['questionnaire', 'of which answered a questionnaire in the year'],
    ['audited', 'of which audited in the year'],
    ['covered', 'of which reached by either'],
  ] as const;
  b.figure('sites', {
    label: 'Sites rated high or critical risk',
    unit: 'count',
    value: highRisk.length,
    trace: { kind: 'site', where: { highRisk: true } },
  });
  for (const [field, label] of parts)
    b.figure(field, {
      label,
      unit: 'count',
      value: highRisk.filter((s) => s.facts[field]).length,
      trace: { kind: 'site', where: { highRisk: true, [field]: true } },
    });
  b.figure('coverage', {
    label: 'Coverage of high-risk sites by due diligence',
    unit: 'percent',
    value: percent(highRisk.filter((s) => s.facts.covered).length, highRisk.length),
    trace: { kind: 'site', where: { highRisk: true, covered: true } },
  });
  if (highRisk.length === 0)
    b.gap(
      records.site.length === 0
        ? 'No supplier sites are mapped, so no high-risk sites can be shown.'
        : 'No site was rated high or critical risk at the time of the snapshot.',
    );
  return b.content;
}

function riskBandsBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('risk_bands');
  const sites = records.site;
  const bands = [...BANDS_HIGH_FIRST, 'unscored'] as const;
  for (const band of bands)
    b.figure(band, {
      label: `Sites rated ${BAND_LABELS[band].toLowerCase()}`,
      unit: 'count',
      value: sites.filter((s) => s.facts.band === band).length,
      trace: { kind: 'site', where: { band } },
    });
  if (sites.length === 0) {
    b.gap('No supplier sites are mapped, so no risk ratings can be shown.');
    return b.content;
  }
  const unscored = sites.filter((s) => s.facts.band === 'unscored').length;
  if (unscored > 0)
    b.gap(
      `${unscored} site${unscored === 1 ? ' had' : 's had'} no risk score yet at the snapshot; they are not counted as low risk.`,
    );
  const tiers = [...new Set(sites.map((s) => s.facts.tier))].sort((x, y) => x - y);
  const countAt = (tier: number, band: string) =>
    sites.filter((s) => s.facts.tier === tier && s.facts.band === band).length;
  b.table('by_tier', {
    caption: 'Sites by risk band and tier',
    columns: ['Tier', ...bands.map((band) => BAND_LABELS[band])],
    rows: tiers.map((tier) => [`Tier ${tier}`, ...bands.map((band) => countAt(tier, band))]),
    trace: { kind: 'site' },
    rowTraces: tiers.map((tier) => ({ kind: 'site', where: { tier } })),
  });
  b.chart('by_tier_chart', {
    caption: 'Sites by risk band, per tier',
    categories: tiers.map((tier) => `Tier ${tier}`),
    series: bands
      .filter((band) => band !== 'unscored' || unscored > 0)
      .map((band) => ({
        name: BAND_LABELS[band],
        values: tiers.map((tier) => countAt(tier, band)),
      })),
  });
  return b.content;
}

const TOP_COUNTRY_SECTORS = 10;

function topRisksBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('top_risks');
  const scored = records.site.filter((s) => s.facts.score !== null);
  if (scored.length === 0) {
    b.gap('No supplier site had a risk score at the snapshot, so the main risks cannot be shown.');
    return b.content;
  }
  const groups = [...groupBy(scored, (s) => `${s.facts.country}|${s.facts.sector}`).values()]
    .map((group) => ({
      country: group[0].facts.country,
      sector: group[0].facts.sector,
      // Every site of the country and sector, scored or not: the records the row's trace selects.
      sites: records.site.filter(
        (s) =>
          s.facts.country === group[0].facts.country && s.facts.sector === group[0].facts.sector,
      ).length,
      highRisk: group.filter((s) => s.facts.highRisk).length,
      average: Math.round(sum(group, (s) => s.facts.score ?? 0) / group.length),
    }))
    .sort(
      (x, y) =>
        y.highRisk - x.highRisk ||
        y.average - x.average ||
        y.sites - x.sites ||
        x.country.localeCompare(y.country) ||
        x.sector.localeCompare(y.sector),
    )
    .slice(0, TOP_COUNTRY_SECTORS);
  b.table('country_sector', {
    caption: 'Countries and sectors with the highest risk',
    columns: ['Country', 'Sector', 'Sites', 'High or critical', 'Average score (0–100)'],
    rows: groups.map((g) => [
      countryLabel(g.country),
      sectorName(g.sector),
      g.sites,
      g.highRisk,
      g.average,
    ]),
    trace: { kind: 'site' },
    rowTraces: groups.map((g) => ({
      kind: 'site',
      where: { country: g.country, sector: g.sector },
    })),
  });
  const highRisk = scored.filter((s) => s.facts.highRisk);
  if (highRisk.length === 0) {
    b.gap('No site was rated high or critical, so no main risk factors are listed.');
    return b.content;
  }
  const factors = [...groupBy(highRisk, (s) => s.facts.mainFactor ?? 'none').entries()]
    .map(([code, group]) => ({ code, label: factorLabel(code), count: group.length }))
    .sort(byCount);
  b.table('main_factors', {
    caption: 'What drives the score of high and critical sites (the factor adding most points)',
    columns: ['Main risk factor', 'Sites'],
    rows: factors.map((f) => [f.label, f.count]),
    trace: { kind: 'site', where: { highRisk: true } },
    rowTraces: factors.map((f) => ({
      kind: 'site',
      where: { highRisk: true, mainFactor: f.code === 'none' ? null : f.code },
    })),
  });
  return b.content;
}

function feeExposureBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('fee_exposure');
  const engagements = records.engagement;
  const workersIn = (band: string) =>
    sum(
      engagements.filter((e) => e.facts.feeBand === band),
      (e) => e.facts.workers,
    );
  b.figure('workers_placed', {
    label: 'Workers placed by recruitment agencies',
    unit: 'count',
    value: sum(engagements, (e) => e.facts.workers),
    trace: { kind: 'engagement' },
  });
  const bands = [
    ['none', 'who paid no recruitment fees'],
    ['up_to_one_month', 'who paid fees of up to one month’s wages'],
    ['over_one_month', 'who paid fees of more than one month’s wages'],
    ['unknown', 'whose fees are not known'],
  ] as const;
  for (const [band, label] of bands)
    b.figure(`workers_${band}`, {
      label: `of whom ${label}`,
      unit: 'count',
      value: workersIn(band),
      trace: { kind: 'engagement', where: { feeBand: band } },
    });
  const agencyFlags = [
    ['deposit', 'Agencies requiring a deposit from workers'],
    ['retainsDocuments', 'Agencies keeping workers’ identity documents'],
    ['employerPays', 'Agencies committed to the Employer Pays Principle'],
  ] as const;
  for (const [field, label] of agencyFlags)
    b.figure(`agencies_${field}`, {
      label,
      unit: 'count',
      value: records.agency.filter((a) => a.facts[field] === true).length,
      trace: { kind: 'agency', where: { [field]: true } },
    });
  if (engagements.length === 0) {
    b.gap('No recruitment agency is recorded as placing workers at these sites.');
    return b.content;
  }
  const unknown = workersIn('unknown');
  if (unknown > 0)
    b.gap(
      `The fees paid by ${unknown} worker${unknown === 1 ? '' : 's'} placed by agencies are not known; they are not counted as fee-free.`,
    );
  const corridors = [...groupBy(engagements, (e) => e.facts.corridor).entries()]
    .map(([corridor, group]) => {
      const known = group.filter((e) => e.facts.feeBand !== 'unknown');
      const knownWorkers = sum(known, (e) => e.facts.workers);
      return {
        corridor,
        label: corridorLabel(group[0].facts.origin, group[0].facts.destination),
        count: sum(group, (e) => e.facts.workers),
        charged: sum(
          group.filter(
            (e) => e.facts.feeBand === 'up_to_one_month' || e.facts.feeBand === 'over_one_month',
          ),
          (e) => e.facts.workers,
        ),
        over: sum(
          group.filter((e) => e.facts.feeBand === 'over_one_month'),
          (e) => e.facts.workers,
        ),
        averageMonths:
          knownWorkers > 0
            ? Math.round(
                (sum(known, (e) => (e.facts.feeMonths ?? 0) * e.facts.workers) / knownWorkers) *
                  100,
              ) / 100
            : null,
      };
    })
    .sort(byCount);
  b.table('by_corridor', {
    caption: 'Recruitment fees paid by workers, by migration corridor',
    columns: [
      'Migration corridor',
      'Workers placed',
      'Paid fees',
      'Paid more than one month’s wages',
      'Average fee (months of wages)',
    ],
    rows: corridors.map((c) => [c.label, c.count, c.charged, c.over, c.averageMonths]),
    trace: { kind: 'engagement' },
    rowTraces: corridors.map((c) => ({ kind: 'engagement', where: { corridor: c.corridor } })),
  });
  return b.content;
}

function findingsBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('findings_by_indicator');
  const total = yearOnYearCount(b, records, 'findings', 'Audit findings', 'finding');
  yearOnYearCount(b, records, 'critical', 'of which critical', 'finding', { severity: 'critical' });
  yearOnYearCount(b, records, 'major', 'of which major', 'finding', { severity: 'major' });
  const visits = select(records, 'audit', { year: 'current' }).length;
  if (visits === 0) {
    b.gap(
      'No audit visits were recorded in the reporting year, so the absence of findings shows nothing.',
    );
  }
  if (total.current + total.previous === 0 && visits === 0) return b.content;
  const count = (code: string, year: ReportingYear) =>
    select(records, 'finding', { year, indicators: [code] }).length;
  b.table('by_indicator', {
    caption: 'Audit findings by ILO forced-labour indicator',
    columns: ['ILO indicator', 'This year', 'Previous year'],
    rows: ILO_INDICATORS.map((i) => [i.name, count(i.code, 'current'), count(i.code, 'previous')]),
    trace: { kind: 'finding' },
    rowTraces: ILO_INDICATORS.map((i) => ({
      kind: 'finding',
      where: { year: 'current', indicators: [i.code] },
    })),
  });
  return b.content;
}

function correctiveActionsBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('corrective_actions');
  const actions = records.corrective_action;
  type Where = NonNullable<TraceFilter['where']>;
  const rows: ReadonlyArray<readonly [string, string, (y: ReportingYear) => Where]> = [
    ['opened', 'Corrective actions opened', (y) => ({ opened: y })],
    ['closed', 'Corrective actions closed', (y) => ({ closed: y })],
    [
      'overdue',
      'Corrective actions overdue at the year-end',
      (y) => ({ [y === 'current' ? 'overdueCurrent' : 'overduePrevious']: true }),
    ],
  ];
  for (const [name, label, where] of rows) {
    const [current, previous] = YEARS.map(
      (year) => actions.filter((a) => matchesTrace(a.facts, where(year))).length,
    );
    b.figure(name, {
      label,
      unit: 'count',
      value: current,
      previous,
      trace: { kind: 'corrective_action', where: where('current') },
      previousTrace: { kind: 'corrective_action', where: where('previous') },
    });
  }
  if (actions.length === 0)
    b.gap('No corrective action was opened, closed or overdue in these two years.');
  return b.content;
}

function feeRemediationBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('fee_remediation');
  const remediations = records.fee_remediation;
  const currencies = [...new Set(remediations.map((r) => r.facts.currency))].sort();
  const total = (
    items: readonly FrozenRecord<'fee_remediation'>[],
    field: 'repaidCurrent' | 'repaidPrevious' | 'outstandingCurrent' | 'outstandingPrevious',
  ) => items.reduce((acc, r) => acc + BigInt(r.facts[field]), 0n).toString();
  for (const currency of currencies) {
    const inCurrency = remediations.filter((r) => r.facts.currency === currency);
    const lower = currency.toLowerCase();
    b.figure(`repaid_${lower}`, {
      label: `Recruitment fees repaid to workers (${currency})`,
      unit: 'money',
      currency,
      value: total(inCurrency, 'repaidCurrent'),
      previous: total(inCurrency, 'repaidPrevious'),
      trace: { kind: 'fee_remediation', where: { currency } },
      previousTrace: { kind: 'fee_remediation', where: { currency, existsPrevious: true } },
    });
    b.figure(`outstanding_${lower}`, {
      label: `Recruitment fees still owed to workers at the year-end (${currency})`,
      unit: 'money',
      currency,
      value: total(inCurrency, 'outstandingCurrent'),
      previous: total(inCurrency, 'outstandingPrevious'),
      trace: { kind: 'fee_remediation', where: { currency } },
      previousTrace: { kind: 'fee_remediation', where: { currency, existsPrevious: true } },
    });
  }
  const [workersNow, workersBefore] = [
    sum(remediations, (r) => r.facts.workers),
    sum(
      remediations.filter((r) => r.facts.existsPrevious),
      (r) => r.facts.workers,
    ),
  ];
  b.figure('workers', {
    label: 'Workers covered by recruitment-fee repayment (owed, or repaid)',
    unit: 'count',
    value: workersNow,
    previous: workersBefore,
    trace: { kind: 'fee_remediation' },
    previousTrace: { kind: 'fee_remediation', where: { existsPrevious: true } },
  });
  if (remediations.length === 0) {
    b.gap('No repayment of recruitment fees to workers is recorded for these sites.');
    return b.content;
  }
  if (currencies.length > 1)
    b.gap(
      'Amounts are shown in the currency they are owed in; they are not converted or added up.',
    );
  b.table('by_site', {
    caption: 'Recruitment-fee repayment, by site and agency',
    columns: ['Site', 'Agency', 'Workers', 'Owed', 'Repaid this year', 'Outstanding at year-end'],
    rows: remediations.map((r) => [
      r.facts.site,
      r.facts.agency,
      r.facts.workers,
      formatMoney(BigInt(r.facts.owed), r.facts.currency),
      formatMoney(BigInt(r.facts.repaidCurrent), r.facts.currency),
      formatMoney(BigInt(r.facts.outstandingCurrent), r.facts.currency),
    ]),
    trace: { kind: 'fee_remediation' },
  });
  return b.content;
}

function grievancesBlock(records: FrozenRecords, periods: StatementPeriods): DataBlockContent {
  const b = new BlockBuilder('grievances');
  const kpis = YEARS.map((year) =>
    grievanceKpis(
      select(records, 'grievance', { year }).map((g) => ({
        category: g.facts.category as GrievanceCategory,
        receivedOn: g.facts.receivedOn,
        acknowledgedOn: g.facts.acknowledgedOn,
        closedOn: g.facts.closedOn,
        outcome: g.facts.outcome as GrievanceOutcome | null,
      })),
      year === 'current' ? periods.current : periods.previous,
    ),
  );
  b.figure('channels', {
    label: 'Worker grievance channels open',
    unit: 'count',
    value: records.grievance_channel.length,
    trace: { kind: 'grievance_channel' },
  });
  yearOnYearCount(b, records, 'received', 'Grievances received from workers', 'grievance');
  yearOnYearCount(b, records, 'acknowledged_in_time', 'acknowledged within 7 days', 'grievance', {
    acknowledgedInTime: true,
  });
  yearOnYearCount(b, records, 'resolved', 'resolved (case closed)', 'grievance', {
    resolved: true,
  });
  yearOnYearCount(b, records, 'substantiated', 'substantiated, in full or in part', 'grievance', {
    substantiated: true,
  });
  b.figure('median_days', {
    label: 'Median days from receipt to resolution',
    unit: 'days',
    value: kpis[0].medianDaysToResolve,
    previous: kpis[1].medianDaysToResolve,
    trace: { kind: 'grievance', where: { year: 'current', resolved: true } },
    previousTrace: { kind: 'grievance', where: { year: 'previous', resolved: true } },
    note: 'No value when no case was resolved',
  });
  if (records.grievance_channel.length === 0)
    b.gap(
      'No worker grievance channel is recorded for these sites or their recruitment corridors.',
    );
  if (kpis[0].received === 0) {
    b.gap('No grievances were received from workers in the reporting year.');
    return b.content;
  }
  b.table('by_category', {
    caption: 'Grievances received in the year, by what they were about',
    columns: ['Category', 'Received', 'Resolved', 'Substantiated'],
    rows: kpis[0].byCategory.map((c) => [
      grievanceCategoryName(c.category),
      c.received,
      c.resolved,
      c.substantiated,
    ]),
    trace: { kind: 'grievance', where: { year: 'current' } },
    rowTraces: kpis[0].byCategory.map((c) => ({
      kind: 'grievance',
      where: { year: 'current', category: c.category },
    })),
  });
  return b.content;
}

function trainingBlock(records: FrozenRecords): DataBlockContent {
  const b = new BlockBuilder('training');
  yearOnYearCount(b, records, 'sessions', 'Training sessions', 'training');
  const [people, before] = YEARS.map((year) =>
    sum(select(records, 'training', { year }), (t) => t.facts.people),
  );
  b.figure('people', {
    label: 'People trained',
    unit: 'count',
    value: people,
    previous: before,
    trace: { kind: 'training', where: { year: 'current' } },
    previousTrace: { kind: 'training', where: { year: 'previous' } },
    note: 'Sum of the people recorded at each session',
  });
  const current = select(records, 'training', { year: 'current' });
  if (current.length === 0) {
    b.gap('No training on modern slavery is recorded for the reporting year.');
    return b.content;
  }
  const audiences = [...groupBy(current, (t) => t.facts.audience).entries()]
    .map(([code, group]) => ({
      code,
      label: TRAINING_AUDIENCE_LABELS[code] ?? code,
      count: sum(group, (t) => t.facts.people),
      sessions: group.length,
    }))
    .sort(byCount);
  b.table('by_audience', {
    caption: 'Training in the year, by audience',
    columns: ['Audience', 'Sessions', 'People trained'],
    rows: audiences.map((a) => [a.label, a.sessions, a.count]),
    trace: { kind: 'training', where: { year: 'current' } },
    rowTraces: audiences.map((a) => ({
      kind: 'training',
      where: { year: 'current', audience: a.code },
    })),
  });
  return b.content;
}

/** Every data block of a statement from its frozen records. */
export function composeDataBlocks(
  records: FrozenRecords,
  periods: StatementPeriods,
): StatementDataBlocks {
  return {
    structure: structureBlock(records),
    policies: policiesBlock(records),
    questionnaire_coverage: questionnaireBlock(records),
    audits: auditsBlock(records),
    high_risk_coverage: highRiskCoverageBlock(records),
    risk_bands: riskBandsBlock(records),
    top_risks: topRisksBlock(records),
    fee_exposure: feeExposureBlock(records),
    findings_by_indicator: findingsBlock(records),
    corrective_actions: correctiveActionsBlock(records),
    fee_remediation: feeRemediationBlock(records),
    grievances: grievancesBlock(records, periods),
    training: trainingBlock(records),
  };
}

/** Every figure of the statement by key (the trace endpoint looks keys up here). */
export function figureByKey(
  blocks: StatementDataBlocks,
  key: string,
): { figure?: BlockFigure; table?: BlockTable } | null {
  for (const block of Object.values(blocks)) {
    const figure = block.figures.find((f) => f.key === key);
    if (figure) return { figure };
    const table = block.tables.find((t) => t.key === key);
    if (table) return { table };
  }
  return null;
}

/** Whether the records hold anything at all for the statement (else it says so on its cover). */
export function hasAnyRecords(records: FrozenRecords): boolean {
  return Object.values(records).some((list) => list.length > 0);
}

/** One of the main risks the registry asks for: where, at which tiers, and who is vulnerable. */
export interface MainRisk {
  description: string;
  country: string;
  sector: string;
  tiers: number[];
  sites: number;
  vulnerableGroups: string[];
  trace: TraceFilter;
}

/** The country × sector groups with the most high or critical sites (at most `limit`). */
export function mainRisks(records: FrozenRecords, limit = 3): MainRisk[] {
  const highRisk = records.site.filter((s) => s.facts.highRisk);
  return [...groupBy(highRisk, (s) => `${s.facts.country}|${s.facts.sector}`).values()]
    .map((group) => {
      const { country, sector } = group[0].facts;
      const groups: string[] = [];
      if (group.some((s) => s.facts.migrant > 0)) groups.push('Migrant workers');
      if (group.some((s) => s.facts.agency > 0)) groups.push('Agency workers');
      if (sum(group, (s) => s.facts.female) * 2 > sum(group, (s) => s.facts.workers))
        groups.push('Women');
      return {
        description: `${sectorName(sector)} in ${countryLabel(country)}`,
        country,
        sector,
        tiers: [...new Set(group.map((s) => s.facts.tier))].sort((x, y) => x - y),
        sites: group.length,
        average: sum(group, (s) => s.facts.score ?? 0) / group.length,
        vulnerableGroups: groups,
        trace: { kind: 'site' as const, where: { highRisk: true, country, sector } },
      };
    })
    .sort(
      (x, y) =>
        y.sites - x.sites || y.average - x.average || x.description.localeCompare(y.description),
    )
    .slice(0, limit)
    .map(({ average: _average, ...risk }) => risk);
}

export interface IndicatorFound {
  code: string;
  name: string;
  /** Audit findings tagged with it in the reporting year. */
  findings: number;
  /** Grievances about it substantiated (in full or in part), received in the reporting year. */
  grievances: number;
}

/** The ILO indicators the year's evidence found: audit findings and substantiated grievances. */
export function indicatorsFound(records: FrozenRecords): IndicatorFound[] {
  return ILO_INDICATORS.map((indicator) => ({
    code: indicator.code,
    name: indicator.name,
    findings: select(records, 'finding', { year: 'current', indicators: [indicator.code] }).length,
    grievances: select(records, 'grievance', {
      year: 'current',
      substantiated: true,
      category: indicator.code,
    }).length,
  })).filter((found) => found.findings + found.grievances > 0);
}
