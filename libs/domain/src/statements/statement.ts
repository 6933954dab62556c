import { DomainError, type FieldProblem } from '../domain-error';
import { invalidFields } from '../questionnaires/validate-template';
import {
  composeDataBlocks,
  hasAnyRecords,
  indicatorsFound,
  mainRisks,
  type IndicatorFound,
  type MainRisk,
  type DataBlockContent,
  type StatementDataBlocks,
} from './data-blocks';
import type { FinancialYear } from './deadlines';
import { freezeStatementRecords, type StatementPeriods, type StatementSourceRows } from './freeze';
import { FROZEN_RECORD_KINDS, type FrozenRecordKind, type FrozenRecords } from './frozen-records';
import {
  NOT_IN_RECORDS,
  REGIMES,
  STATEMENT_AREAS,
  isStatementArea,
  regimeById,
  type Regime,
} from './regimes';

/**
 * A statement: per reporting company and financial year, a version that goes draft → submitted for
 * approval → approved by the board → signed by a director → published. Its figures are frozen when
 * the draft is composed (or refreshed); its narrative is written by the compliance officer.
 */
export const STATEMENT_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'signed',
  'published',
] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

/** Bumped when the shape of StatementContent changes; stored with every statement. */
export const STATEMENT_CONTENT_SCHEMA = 1;

export interface StatementCompany {
  id: string;
  name: string;
  registrationNumber: string | null;
  hqCountry: string;
  sector: string;
  /** Annual turnover as recorded at the snapshot: minor units (decimal string) and currency. */
  turnover: { minor: string; currency: string } | null;
}

/** What a statement's figures are: frozen at `snapshotAt`, never recomputed once published. */
export interface StatementContent {
  schema: number;
  company: StatementCompany;
  period: FinancialYear;
  previousPeriod: FinancialYear;
  snapshotAt: string;
  /** False when the records hold nothing at all for the company and years. */
  hasRecords: boolean;
  recordCounts: Record<FrozenRecordKind, number>;
  blocks: StatementDataBlocks;
  /** Read by the registry export: the main risks and the ILO indicators the year's evidence found. */
  highlights: { mainRisks: MainRisk[]; indicatorsFound: IndicatorFound[]; policyTopics: string[] };
}

export function composeStatementContent(input: {
  company: StatementCompany;
  periods: StatementPeriods;
  snapshotAt: string;
  rows: StatementSourceRows;
}): { content: StatementContent; records: FrozenRecords } {
  const records = freezeStatementRecords(input.rows, input.periods);
  const recordCounts = {} as Record<FrozenRecordKind, number>;
  for (const kind of FROZEN_RECORD_KINDS) recordCounts[kind] = records[kind].length;
  return {
    records,
    content: {
      schema: STATEMENT_CONTENT_SCHEMA,
      company: input.company,
      period: input.periods.current,
      previousPeriod: input.periods.previous,
      snapshotAt: input.snapshotAt,
      hasRecords: hasAnyRecords(records),
      recordCounts,
      blocks: composeDataBlocks(records, input.periods),
      highlights: {
        mainRisks: mainRisks(records),
        indicatorsFound: indicatorsFound(records),
        policyTopics: [...new Set(records.policy.map((policy) => policy.facts.topic))].sort(),
      },
    },
  };
}

/** What a statement's row says about its workflow, for the cover of its PDF and HTML. */
export interface StatementMeta {
  id: string;
  version: number;
  status: StatementStatus;
  approval: { body: string; approvedOn: string } | null;
  signature: { name: string; title: string; signedOn: string } | null;
  supersedes: { version: number; publishedOn: string } | null;
}

export const NO_RECORDS_NOTE =
  'Our records hold no data for this company and period: this statement reports no figures, and no figure in it should be read as a zero found by due diligence.';

/**
 * Narratives by key: an s.54(5) area ("risk"), or a regime's own heading ("au_msa_s16.consultation")
 * when the officer writes one for that regime. Absent: never written; "": cleared.
 */
export type StatementNarratives = Partial<Record<string, string>>;

export const MAX_NARRATIVE_LENGTH = 20_000;

/** Whether a narrative key is one the statement can hold. */
export function isNarrativeKey(key: string): boolean {
  if (isStatementArea(key)) return true;
  const [regimeId, headingId, ...rest] = key.split('.');
  const regime = regimeById(regimeId);
  return rest.length === 0 && !!regime && regime.headings.some((h) => h.id === headingId);
}

export interface RegimeSection {
  id: string;
  heading: string;
  /** The provision the heading answers, e.g. "s.54(5)(d)". */
  source: string;
  narrative: string;
  blocks: DataBlockContent[];
  /** What the regime asks for that no record holds, said plainly. */
  recordGaps: string[];
}

/** A regime's headings, each with its narrative and the data blocks that answer it. */
export function regimeSections(
  regime: Regime,
  blocks: StatementDataBlocks,
  narratives: StatementNarratives,
): RegimeSection[] {
  return regime.headings.map((heading) => {
    const own = narratives[`${regime.id}.${heading.id}`]?.trim();
    const narrative =
      own ||
      heading.narrativeFrom
        .map((area) => narratives[area]?.trim() ?? '')
        .filter(Boolean)
        .join('\n\n');
    return {
      id: heading.id,
      heading: heading.heading,
      source: heading.source,
      narrative,
      blocks: heading.blocks.map((block) => blocks[block]),
      recordGaps: (heading.gaps ?? []).map((gap) => NOT_IN_RECORDS[gap]),
    };
  });
}

/**
 * What must hold before the board approves: all six s.54(5) areas present (a narrative written),
 * none of them empty, and the financial year over. Each problem names the field to fix.
 */
export function approvalProblems(input: {
  narratives: StatementNarratives;
  period: FinancialYear;
  today: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const area of STATEMENT_AREAS) {
    const text = input.narratives[area];
    if (text === undefined || text === null)
      problems.push({ field: `narratives.${area}`, message: 'missing: write this area' });
    else if (text.trim() === '')
      problems.push({ field: `narratives.${area}`, message: 'is empty' });
  }
  if (input.period.to >= input.today)
    problems.push({
      field: 'period',
      message: `not closed: the financial year ends on ${input.period.to}`,
    });
  return problems;
}

export function assertReadyForApproval(input: Parameters<typeof approvalProblems>[0]): void {
  const problems = approvalProblems(input);
  if (problems.length > 0) throw invalidFields('Not ready for approval', problems);
}

export const STATEMENT_ACTIONS = {
  edit: { from: ['draft'], to: 'draft', label: 'edit the draft' },
  submit: { from: ['draft'], to: 'submitted', label: 'submit it for approval' },
  return: { from: ['submitted', 'approved'], to: 'draft', label: 'send it back to draft' },
  approve: { from: ['submitted'], to: 'approved', label: 'record the board’s approval' },
  sign: { from: ['approved'], to: 'signed', label: 'sign it' },
  publish: { from: ['signed'], to: 'published', label: 'publish it' },
} as const satisfies Record<
  string,
  { from: readonly StatementStatus[]; to: StatementStatus; label: string }
>;
export type StatementAction = keyof typeof STATEMENT_ACTIONS;

/** The status after `action`, or a 409 saying why not (a published statement never changes). */
export function transitionStatement(status: StatementStatus, action: StatementAction) {
  const step = STATEMENT_ACTIONS[action];
  if (!(step.from as readonly StatementStatus[]).includes(status)) {
    const why =
      status === 'published'
        ? 'it is published and cannot change; start a new version instead'
        : `it is ${status.replace('_', ' ')}`;
    throw new DomainError('invalid_state', `Cannot ${step.label}: ${why}`, [
      { field: 'status', message: status },
    ]);
  }
  return step.to;
}

/** The regimes a statement can be rendered for, all from the same frozen records. */
export const STATEMENT_REGIMES = REGIMES.map((regime) => regime.id);
