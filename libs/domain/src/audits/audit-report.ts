import type { FieldProblem } from '../domain-error';
import { DomainError } from '../domain-error';
import { invalidFields } from '../questionnaires/validate-template';
import { ILO_INDICATORS, isIloIndicator, type IloIndicator } from '../risk/indicators';
import type { FindingSeverity } from '../risk/model/types';
import {
  ACCESS_OUTCOMES,
  DOCUMENT_TYPES,
  FINDING_CATEGORIES,
  FINDING_SEVERITIES,
  RED_FLAGS,
  isAccessOutcome,
  isDocumentType,
  isFindingCategory,
  isFindingSeverity,
  isRedFlag,
  type AccessOutcome,
  type DocumentType,
  type FindingCategory,
  type RedFlag,
} from './audit-vocabulary';
import { parseOffsetDateTime } from './calendar';
import { isPlainObject, readMoney, type Money } from './money-input';

export type AuditReportMode = 'draft' | 'submit';

export const MAX_AUDIT_FINDINGS = 500;
export const MAX_EVIDENCE_FILES_PER_FINDING = 20;
export const MAX_INTERVIEW_COUNT = 100_000;
export const MAX_FINDING_DESCRIPTION_LENGTH = 4000;
/** Short enough that the generated access finding (prefix + note) fits in a description. */
export const MAX_ACCESS_NOTE_LENGTH = 2000;
/** A summary covers the whole visit, so it may run longer than one finding. */
export const MAX_AUDIT_SUMMARY_LENGTH = 20_000;

export interface WorkersInterviewed {
  female: number;
  male: number;
  otherGender: number;
  migrant: number;
  agency: number;
  onSite: number;
  offSite: number;
}

export interface AuditFindingInput {
  category: FindingCategory;
  indicators: IloIndicator[];
  severity: FindingSeverity;
  description: string;
  /** recruitment_fees only: how many workers paid. */
  workersAffected: number | null;
  /** recruitment_fees only: the total all affected workers paid (see fee-remediation). */
  feesPaid: Money | null;
  evidenceFileIds: string[];
}

export interface AuditReport {
  /** ISO 8601 date-time with an offset or Z, as the auditor wrote it (trimmed). */
  arrivedAt: string;
  access: AccessOutcome;
  accessNote: string | null;
  workersInterviewed: WorkersInterviewed;
  documentsReviewed: DocumentType[];
  redFlags: RedFlag[];
  summary: string | null;
  findings: AuditFindingInput[];
}

const REPORT_KEYS = [
  'arrivedAt',
  'access',
  'accessNote',
  'workersInterviewed',
  'documentsReviewed',
  'redFlags',
  'summary',
  'findings',
] as const satisfies ReadonlyArray<keyof AuditReport>;

const REQUIRED_ON_SUBMIT = [
  'arrivedAt',
  'access',
  'workersInterviewed',
  'documentsReviewed',
  'redFlags',
  'findings',
] as const satisfies ReadonlyArray<keyof AuditReport>;

const FINDING_KEYS = [
  'category',
  'indicators',
  'severity',
  'description',
  'workersAffected',
  'feesPaid',
  'evidenceFileIds',
] as const satisfies ReadonlyArray<keyof AuditFindingInput>;

const COUNT_KEYS = [
  'female',
  'male',
  'otherGender',
  'migrant',
  'agency',
  'onSite',
  'offSite',
] as const satisfies ReadonlyArray<keyof WorkersInterviewed>;

/**
 * Checks an auditor's report sent as JSON and returns it clean: texts trimmed, code lists in
 * vocabulary order (so equal selections are equal reports), file ids in lower case.
 * - draft: any field may be missing; every field present must be valid.
 * - submit: the report must be complete (see REQUIRED_ON_SUBMIT, the access note when access was
 *   not granted, interview counts that add up, fees and workers on recruitment_fees findings).
 * `null` is accepted only where the type allows it. Throws one DomainError 'invalid' listing every
 * problem, each on its dotted path (e.g. `findings.2.indicators.0`).
 */
export function checkAuditReport(input: unknown, mode: 'submit', now?: Date): AuditReport;
export function checkAuditReport(input: unknown, mode: 'draft', now?: Date): Partial<AuditReport>;
export function checkAuditReport(
  input: unknown,
  mode: AuditReportMode,
  now?: Date,
): Partial<AuditReport> | AuditReport;
export function checkAuditReport(
  input: unknown,
  mode: AuditReportMode,
  now: Date = new Date(),
): Partial<AuditReport> | AuditReport {
  if (!isPlainObject(input))
    throw invalidFields('Invalid audit report', [
      { field: 'report', message: 'must be an object' },
    ]);
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(input))
    if (!(REPORT_KEYS as readonly string[]).includes(key))
      problems.push({ field: key, message: 'unknown field' });

  const present = (key: keyof AuditReport): boolean =>
    Object.hasOwn(input, key) && input[key] !== undefined;
  // Filled in REPORT_KEYS order, so stored reports keep one key order and diff cleanly.
  const report: Partial<AuditReport> = {};
  const set = <K extends keyof AuditReport>(key: K, value: AuditReport[K] | undefined) => {
    if (value !== undefined) report[key] = value;
  };
  // In a complete report a nullable field left out means "none".
  const absent = mode === 'submit' ? null : undefined;

  if (present('arrivedAt')) set('arrivedAt', readArrivedAt(input.arrivedAt, now, problems));
  if (present('access')) set('access', readAccess(input.access, problems));
  set(
    'accessNote',
    present('accessNote')
      ? readOptionalText(input.accessNote, 'accessNote', MAX_ACCESS_NOTE_LENGTH, problems)
      : absent,
  );
  if (present('workersInterviewed'))
    set('workersInterviewed', readWorkersInterviewed(input.workersInterviewed, mode, problems));
  if (present('documentsReviewed'))
    set(
      'documentsReviewed',
      readCodes(
        input.documentsReviewed,
        'documentsReviewed',
        DOCUMENT_TYPES,
        isDocumentType,
        problems,
      ),
    );
  if (present('redFlags'))
    set('redFlags', readCodes(input.redFlags, 'redFlags', RED_FLAGS, isRedFlag, problems));
  set(
    'summary',
    present('summary')
      ? readOptionalText(input.summary, 'summary', MAX_AUDIT_SUMMARY_LENGTH, problems)
      : absent,
  );
  if (present('findings')) set('findings', readFindings(input.findings, mode, problems));

  if (mode === 'submit') {
    for (const key of REQUIRED_ON_SUBMIT)
      if (!present(key)) problems.push({ field: key, message: 'required' });
    if ((report.access === 'delayed' || report.access === 'denied') && report.accessNote === null)
      problems.push({
        field: 'accessNote',
        message: `required when access was ${report.access}: say what happened at the gate`,
      });
  }

  if (problems.length > 0) throw invalidFields('Invalid audit report', problems);
  return report;
}

// ---------------------------------------------------------------------------------------------
// Fields

function readArrivedAt(value: unknown, now: Date, problems: FieldProblem[]): string | undefined {
  const text = typeof value === 'string' ? value.trim() : null;
  const time = text === null ? null : parseOffsetDateTime(text);
  if (text === null || time === null) {
    problems.push({
      field: 'arrivedAt',
      message:
        'must be an ISO 8601 date and time with an offset, such as 2026-03-02T06:15:00+07:00',
    });
    return undefined;
  }
  if (time > now.getTime()) {
    problems.push({ field: 'arrivedAt', message: 'must not be in the future' });
    return undefined;
  }
  return text;
}

function readAccess(value: unknown, problems: FieldProblem[]): AccessOutcome | undefined {
  if (isAccessOutcome(value)) return value;
  problems.push({ field: 'access', message: `must be one of ${codesOf(ACCESS_OUTCOMES)}` });
  return undefined;
}

/** Length in characters as people count them (code points), as questionnaire answers do. */
function readText(
  value: unknown,
  field: string,
  max: number,
  problems: FieldProblem[],
  emptyMessage = 'must not be empty',
): string | undefined {
  if (typeof value !== 'string') {
    problems.push({ field, message: 'must be text' });
    return undefined;
  }
  const text = value.trim();
  if (text === '') problems.push({ field, message: emptyMessage });
  else if ([...text].length > max)
    problems.push({ field, message: `must be at most ${max} characters` });
  else return text;
  return undefined;
}

/** Blank text is refused rather than read as null, as in questionnaire answers. */
function readOptionalText(
  value: unknown,
  field: string,
  max: number,
  problems: FieldProblem[],
): string | null | undefined {
  if (value === null) return null;
  return readText(value, field, max, problems, 'must not be empty (send null for none)');
}

function readCount(
  value: unknown,
  field: string,
  min: number,
  problems: FieldProblem[],
): number | undefined {
  if (
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= min &&
    value <= MAX_INTERVIEW_COUNT
  )
    return value;
  problems.push({ field, message: `must be a whole number from ${min} to ${MAX_INTERVIEW_COUNT}` });
  return undefined;
}

function readWorkersInterviewed(
  value: unknown,
  mode: AuditReportMode,
  problems: FieldProblem[],
): WorkersInterviewed | undefined {
  if (!isPlainObject(value)) {
    problems.push({
      field: 'workersInterviewed',
      message: `must be an object with ${COUNT_KEYS.join(', ')}`,
    });
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(value))
    if (!(COUNT_KEYS as readonly string[]).includes(key))
      problems.push({ field: `workersInterviewed.${key}`, message: 'unknown field' });
  const counts: Partial<WorkersInterviewed> = {};
  for (const key of COUNT_KEYS) {
    const field = `workersInterviewed.${key}`;
    if (value[key] === undefined) problems.push({ field, message: 'required' });
    else counts[key] = readCount(value[key], field, 0, problems);
  }
  const { female, male, otherGender, migrant, agency, onSite, offSite } = counts;
  if (female !== undefined && male !== undefined && otherGender !== undefined) {
    const total = female + male + otherGender;
    const bound = `the ${total} workers interviewed (female + male + otherGender)`;
    if (migrant !== undefined && migrant > total)
      problems.push({ field: 'workersInterviewed.migrant', message: `must not exceed ${bound}` });
    if (agency !== undefined && agency > total)
      problems.push({ field: 'workersInterviewed.agency', message: `must not exceed ${bound}` });
    // A draft may be saved before the on-site/off-site split is settled; a submitted one adds up.
    if (
      mode === 'submit' &&
      onSite !== undefined &&
      offSite !== undefined &&
      onSite + offSite !== total
    )
      problems.push({
        field: 'workersInterviewed',
        message: `onSite + offSite (${onSite + offSite}) must equal ${bound}`,
      });
  }
  return problems.length > before ? undefined : (counts as WorkersInterviewed);
}

/**
 * A list of codes from one vocabulary, without repeats, returned in vocabulary order. A list
 * longer than the vocabulary is refused whole: it must repeat something, and item-by-item
 * messages for a huge list would only flood the response.
 */
function readCodes<Code extends string>(
  value: unknown,
  field: string,
  vocabulary: ReadonlyArray<{ readonly code: Code }>,
  isCode: (value: unknown) => value is Code,
  problems: FieldProblem[],
): Code[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ field, message: 'must be a list' });
    return undefined;
  }
  if (value.length > vocabulary.length) {
    problems.push({ field, message: `must list at most ${vocabulary.length} different values` });
    return undefined;
  }
  const before = problems.length;
  const items: unknown[] = value;
  items.forEach((item, i) => {
    if (!isCode(item))
      problems.push({
        field: `${field}.${i}`,
        message: `unknown value${typeof item === 'string' ? ` '${item.slice(0, 60)}'` : ''}; must be one of ${codesOf(vocabulary)}`,
      });
    else if (items.indexOf(item) !== i)
      problems.push({ field: `${field}.${i}`, message: `lists '${item}' more than once` });
  });
  if (problems.length > before) return undefined;
  return vocabulary.map((term) => term.code).filter((code) => items.includes(code));
}

const codesOf = (vocabulary: ReadonlyArray<{ readonly code: string }>): string =>
  vocabulary.map((term) => term.code).join(', ');

// ---------------------------------------------------------------------------------------------
// Findings

function readFindings(
  value: unknown,
  mode: AuditReportMode,
  problems: FieldProblem[],
): AuditFindingInput[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ field: 'findings', message: 'must be a list (empty when there are none)' });
    return undefined;
  }
  if (value.length > MAX_AUDIT_FINDINGS) {
    problems.push({
      field: 'findings',
      message: `must hold at most ${MAX_AUDIT_FINDINGS} findings`,
    });
    return undefined;
  }
  const before = problems.length;
  const findings = (value as unknown[]).map((item, i) =>
    readFinding(item, `findings.${i}`, mode, problems),
  );
  return problems.length > before ? undefined : (findings as AuditFindingInput[]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readFinding(
  value: unknown,
  path: string,
  mode: AuditReportMode,
  problems: FieldProblem[],
): AuditFindingInput | undefined {
  if (!isPlainObject(value)) {
    problems.push({ field: path, message: 'must be an object' });
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(value))
    if (!(FINDING_KEYS as readonly string[]).includes(key))
      problems.push({ field: `${path}.${key}`, message: 'unknown field' });
  const required = (key: keyof AuditFindingInput): boolean => {
    if (value[key] !== undefined) return true;
    problems.push({ field: `${path}.${key}`, message: 'required' });
    return false;
  };

  let category: FindingCategory | undefined;
  if (required('category')) {
    if (isFindingCategory(value.category)) category = value.category;
    else
      problems.push({
        field: `${path}.category`,
        message: `must be one of ${codesOf(FINDING_CATEGORIES)}`,
      });
  }
  let severity: FindingSeverity | undefined;
  if (required('severity')) {
    if (isFindingSeverity(value.severity)) severity = value.severity;
    else
      problems.push({
        field: `${path}.severity`,
        message: `must be one of ${codesOf(FINDING_SEVERITIES)}`,
      });
  }
  let indicators: IloIndicator[] | undefined;
  if (required('indicators')) {
    indicators = readCodes(
      value.indicators,
      `${path}.indicators`,
      ILO_INDICATORS,
      (item): item is IloIndicator => typeof item === 'string' && isIloIndicator(item),
      problems,
    );
    // An observation may be a note on good practice; anything worse must say what it evidences.
    if (indicators !== undefined && indicators.length === 0 && severity !== undefined)
      if (severity !== 'observation')
        problems.push({
          field: `${path}.indicators`,
          message: `must name at least one ILO indicator for a ${severity} finding`,
        });
  }
  const description = required('description')
    ? readText(value.description, `${path}.description`, MAX_FINDING_DESCRIPTION_LENGTH, problems)
    : undefined;

  const { workersAffected, feesPaid } = readFeeDetails(value, path, category, mode, problems);

  let evidenceFileIds: string[] = [];
  if (value.evidenceFileIds !== undefined)
    evidenceFileIds = readFileIds(value.evidenceFileIds, `${path}.evidenceFileIds`, problems) ?? [];

  if (
    problems.length > before ||
    category === undefined ||
    severity === undefined ||
    indicators === undefined ||
    description === undefined
  )
    return undefined;
  return {
    category,
    indicators,
    severity,
    description,
    workersAffected,
    feesPaid,
    evidenceFileIds,
  };
}

/**
 * workersAffected and feesPaid describe fees workers paid, so they belong to recruitment_fees
 * findings only; a submitted one must carry both, since they become the remediation owed.
 */
function readFeeDetails(
  finding: Record<string, unknown>,
  path: string,
  category: FindingCategory | undefined,
  mode: AuditReportMode,
  problems: FieldProblem[],
): { workersAffected: number | null; feesPaid: Money | null } {
  const isFeeFinding = category === 'recruitment_fees';
  let workersAffected: number | null = null;
  let feesPaid: Money | null = null;
  for (const key of ['workersAffected', 'feesPaid'] as const) {
    const value = finding[key];
    if (value === undefined || value === null) {
      if (mode === 'submit' && isFeeFinding)
        problems.push({
          field: `${path}.${key}`,
          message: 'required for category recruitment_fees',
        });
      continue;
    }
    if (category !== undefined && !isFeeFinding) {
      problems.push({
        field: `${path}.${key}`,
        message: 'allowed only for category recruitment_fees (send null)',
      });
      continue;
    }
    if (key === 'workersAffected')
      workersAffected = readCount(value, `${path}.workersAffected`, 1, problems) ?? null;
    else {
      feesPaid = readMoney(value, `${path}.feesPaid`, problems);
      // Nothing paid is no fee finding, and would count its workers as remediated.
      if (feesPaid !== null && feesPaid.amountMinor === 0) {
        problems.push({
          field: `${path}.feesPaid.amountMinor`,
          message: 'must be greater than zero',
        });
        feesPaid = null;
      }
    }
  }
  return { workersAffected, feesPaid };
}

function readFileIds(
  value: unknown,
  field: string,
  problems: FieldProblem[],
): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ field, message: 'must be a list of file ids' });
    return undefined;
  }
  if (value.length > MAX_EVIDENCE_FILES_PER_FINDING) {
    problems.push({ field, message: `must hold at most ${MAX_EVIDENCE_FILES_PER_FINDING} files` });
    return undefined;
  }
  const before = problems.length;
  const ids = (value as unknown[]).map((item, i) => {
    if (typeof item === 'string' && UUID.test(item.trim())) return item.trim().toLowerCase();
    problems.push({ field: `${field}.${i}`, message: 'must be the id (UUID) of an uploaded file' });
    return '';
  });
  return problems.length > before ? undefined : ids;
}

// ---------------------------------------------------------------------------------------------
// Access

/**
 * The ILO indicator the access finding carries. None of the eleven names access to the site;
 * Isolation is the nearest: the ILO describes it as workers cut off from contact with the outside
 * world, and an employer who keeps an independent auditor out (or stalls them while workers are
 * hidden or sent away) keeps the workers out of reach of that outside contact. A judgment call,
 * recorded here so reports that count findings by indicator can explain it.
 */
export const ACCESS_FINDING_INDICATOR: IloIndicator = 'isolation';

/**
 * The findings to record for a report: the auditor's own, preceded by a critical access_to_site
 * finding when access was delayed or denied and the auditor did not record one (docs/domain.md
 * §5: denial of access is itself a finding; a delay is when workers and records get moved).
 * Deterministic and idempotent: the same report gives the same list, and a list that already
 * holds an access_to_site finding is returned as is.
 */
export function findingsWithAccessFinding(report: AuditReport): AuditFindingInput[] {
  const findings = [...report.findings];
  if (report.access === 'granted') return findings;
  if (findings.some((finding) => finding.category === 'access_to_site')) return findings;
  return [accessFinding(report.access, report.accessNote), ...findings];
}

function accessFinding(access: 'delayed' | 'denied', note: string | null): AuditFindingInput {
  const what =
    access === 'denied'
      ? 'The auditor was denied access to the site.'
      : "The auditor's access to the site was delayed.";
  const description = note === null ? `${what} No note was recorded.` : `${what} ${note}`;
  if ([...description].length > MAX_FINDING_DESCRIPTION_LENGTH)
    // Only reachable with a note that skipped checkAuditReport.
    throw DomainError.invalid('accessNote', `must be at most ${MAX_ACCESS_NOTE_LENGTH} characters`);
  return {
    category: 'access_to_site',
    indicators: [ACCESS_FINDING_INDICATOR],
    severity: 'critical',
    description,
    workersAffected: null,
    feesPaid: null,
    evidenceFileIds: [],
  };
}
