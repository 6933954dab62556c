import type { RiskBand } from '../risk/model/bands';

/**
 * A statement's figures are computed from copies of the records taken when the draft is composed
 * (the snapshot). The copies are kept with the statement, so a published figure can always be traced
 * to the very records that produced it, however the live records change later. Each copy is a
 * record id and a few plain facts; a figure names the copies it counted with a TraceFilter.
 */
export const FROZEN_RECORD_KINDS = [
  'site',
  'agency',
  'engagement',
  'assignment',
  'audit',
  'finding',
  'corrective_action',
  'fee_remediation',
  'grievance',
  'grievance_channel',
  'policy',
  'training',
] as const;
export type FrozenRecordKind = (typeof FROZEN_RECORD_KINDS)[number];

/** Whether a record falls in the reporting year or the one before (for year-on-year KPIs). */
export type ReportingYear = 'current' | 'previous';

export interface SiteFacts {
  name: string;
  country: string;
  sector: string;
  tier: number;
  workers: number;
  migrant: number;
  agency: number;
  female: number;
  band: RiskBand | 'unscored';
  score: number | null;
  /** The factor adding most points to the score ('chain' when an upstream supplier drives it). */
  mainFactor: string | null;
  /** Band high or critical at the snapshot. */
  highRisk: boolean;
  /** Answered a questionnaire (submitted) in the reporting year. */
  questionnaire: boolean;
  /** Had an audit visit recorded in the reporting year. */
  audited: boolean;
  /** Either of the two: reached by due diligence in the reporting year. */
  covered: boolean;
}

export interface AgencyFacts {
  name: string;
  licenceStatus: string;
  employerPays: boolean | null;
  deposit: boolean | null;
  retainsDocuments: boolean | null;
}

export type FeeBand = 'none' | 'up_to_one_month' | 'over_one_month' | 'unknown';

export interface EngagementFacts {
  agency: string;
  agencyId: string;
  site: string;
  origin: string;
  destination: string;
  /** "NP→MY": a migration corridor, origin to destination. */
  corridor: string;
  workers: number;
  feeMonths: number | null;
  feeBand: FeeBand;
}

export interface AssignmentFacts {
  year: ReportingYear;
  site: string;
  template: string;
  status: string;
  responded: boolean;
}

export interface AuditFacts {
  year: ReportingYear;
  reference: string;
  site: string;
  type: 'announced' | 'semi_announced' | 'unannounced';
  thirdParty: boolean;
  visitedOn: string;
}

export interface FindingFacts {
  year: ReportingYear;
  audit: string;
  site: string;
  severity: 'critical' | 'major' | 'minor' | 'observation';
  category: string;
  indicators: string[];
}

export interface CorrectiveActionFacts {
  site: string;
  severity: string;
  dueOn: string;
  opened: ReportingYear | null;
  closed: ReportingYear | null;
  /** Past its due date and not closed at the end of each year (or at the snapshot, if sooner). */
  overdueCurrent: boolean;
  overduePrevious: boolean;
}

export interface FeeRemediationFacts {
  site: string;
  agency: string | null;
  workers: number;
  currency: string;
  /** Minor units, as decimal strings (bigint-safe). */
  owed: string;
  repaidCurrent: string;
  repaidPrevious: string;
  /** Owed and not yet repaid at the end of each year (0 if it did not exist yet). */
  outstandingCurrent: string;
  outstandingPrevious: string;
  /** Existed (was opened) by the end of the year. */
  existsCurrent: boolean;
  existsPrevious: boolean;
}

export interface GrievanceFacts {
  year: ReportingYear;
  category: string;
  receivedOn: string;
  acknowledgedOn: string | null;
  closedOn: string | null;
  outcome: string | null;
  acknowledgedInTime: boolean;
  resolved: boolean;
  substantiated: boolean;
}

export interface GrievanceChannelFacts {
  name: string;
  scope: 'site' | 'corridor';
  languages: string[];
}

export interface PolicyFacts {
  title: string;
  topic: string;
  version: string;
  adoptedOn: string;
  url: string | null;
}

export interface TrainingFacts {
  year: ReportingYear;
  heldOn: string;
  topic: string;
  audience: string;
  people: number;
  provider: string | null;
}

export interface FrozenFacts {
  site: SiteFacts;
  agency: AgencyFacts;
  engagement: EngagementFacts;
  assignment: AssignmentFacts;
  audit: AuditFacts;
  finding: FindingFacts;
  corrective_action: CorrectiveActionFacts;
  fee_remediation: FeeRemediationFacts;
  grievance: GrievanceFacts;
  grievance_channel: GrievanceChannelFacts;
  policy: PolicyFacts;
  training: TrainingFacts;
}

export interface FrozenRecord<K extends FrozenRecordKind = FrozenRecordKind> {
  id: string;
  facts: FrozenFacts[K];
}

/** Every frozen record of a statement, by kind. */
export type FrozenRecords = { [K in FrozenRecordKind]: FrozenRecord<K>[] };

export type TraceValue = string | number | boolean | null;

/**
 * Which frozen records a figure counted: those of `kind` whose facts equal every value in `where`
 * (a list value: the fact, a list, holds every item). It reads the same as PostgreSQL's jsonb
 * containment (`facts @> where`), so the trace endpoint and the figure select the same rows.
 */
export interface TraceFilter {
  kind: FrozenRecordKind;
  where?: Record<string, TraceValue | readonly string[]>;
}

export function matchesTrace(facts: object, where: TraceFilter['where']): boolean {
  if (!where) return true;
  const record = facts as Record<string, unknown>;
  for (const [key, expected] of Object.entries(where)) {
    const actual = record[key];
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual) || !expected.every((item) => actual.includes(item))) return false;
    } else if (actual !== expected) return false;
  }
  return true;
}

/** The records a trace filter selects, in the order they were frozen. */
export function traceRecords<K extends FrozenRecordKind>(
  records: FrozenRecords,
  filter: TraceFilter & { kind: K },
): FrozenRecord<K>[] {
  return (records[filter.kind] as FrozenRecord<K>[]).filter((record) =>
    matchesTrace(record.facts, filter.where),
  );
}

export function emptyFrozenRecords(): FrozenRecords {
  const records = {} as Record<FrozenRecordKind, FrozenRecord[]>;
  for (const kind of FROZEN_RECORD_KINDS) records[kind] = [];
  return records as FrozenRecords;
}
