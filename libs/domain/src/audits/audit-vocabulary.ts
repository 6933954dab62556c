import type { FindingSeverity } from '../risk/model/types';

/**
 * The words of an audit, each with a plain-English label for reports and screens. Codes are what
 * is stored and sent; labels may be reworded without a migration. Lists keep a meaningful order
 * (reports list things in it), so they are arrays, not records.
 */

export interface AuditTerm<Code extends string> {
  readonly code: Code;
  readonly label: string;
}

function guard<Code extends string>(terms: ReadonlyArray<AuditTerm<Code>>) {
  const codes = new Set<string>(terms.map((term) => term.code));
  return (value: unknown): value is Code => typeof value === 'string' && codes.has(value);
}

function labeller<Code extends string>(terms: ReadonlyArray<AuditTerm<Code>>) {
  const labels = new Map<string, string>(terms.map((term) => [term.code, term.label]));
  return (code: Code): string => labels.get(code) ?? code;
}

/** docs/domain.md §5: a semi-announced audit gives the supplier a window, not a date. */
export const AUDIT_TYPES = [
  { code: 'announced', label: 'Announced' },
  { code: 'semi_announced', label: 'Semi-announced (a window, not a date)' },
  { code: 'unannounced', label: 'Unannounced' },
] as const;
export type AuditType = (typeof AUDIT_TYPES)[number]['code'];
export const isAuditType = guard<AuditType>(AUDIT_TYPES);
export const auditTypeLabel = labeller<AuditType>(AUDIT_TYPES);

/** Whether the auditor got in. Anything but "granted" is itself a finding (see audit-report). */
export const ACCESS_OUTCOMES = [
  { code: 'granted', label: 'Access granted' },
  { code: 'delayed', label: 'Access delayed' },
  { code: 'denied', label: 'Access denied' },
] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number]['code'];
export const isAccessOutcome = guard<AccessOutcome>(ACCESS_OUTCOMES);
export const accessOutcomeLabel = labeller<AccessOutcome>(ACCESS_OUTCOMES);

export const DOCUMENT_TYPES = [
  { code: 'payroll', label: 'Payroll' },
  { code: 'time_records', label: 'Time records' },
  { code: 'employment_contracts', label: 'Employment contracts' },
  { code: 'recruitment_records', label: 'Recruitment records' },
  { code: 'identity_document_register', label: 'Identity document register' },
  { code: 'dormitory_records', label: 'Dormitory records' },
  { code: 'grievance_log', label: 'Grievance log' },
  { code: 'subcontracting_records', label: 'Subcontracting records' },
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number]['code'];
export const isDocumentType = guard<DocumentType>(DOCUMENT_TYPES);
export const documentTypeLabel = labeller<DocumentType>(DOCUMENT_TYPES);

/**
 * Signs that the audit itself was being gamed. Audits are known to miss exactly these, so the
 * auditor records them plainly, as seen, even when no finding can be proved.
 */
export const RED_FLAGS = [
  { code: 'double_payroll_records', label: 'Two sets of payroll records' },
  { code: 'double_time_records', label: 'Two sets of time records' },
  { code: 'coached_answers', label: 'Workers gave coached answers' },
  { code: 'workers_hidden_or_sent_away', label: 'Workers hidden or sent away' },
  { code: 'documents_held_by_employer', label: 'Identity documents held by the employer' },
  { code: 'documents_held_by_agency', label: 'Identity documents held by the agency' },
  { code: 'recruitment_debt', label: 'Workers in debt for their recruitment' },
] as const;
export type RedFlag = (typeof RED_FLAGS)[number]['code'];
export const isRedFlag = guard<RedFlag>(RED_FLAGS);
export const redFlagLabel = labeller<RedFlag>(RED_FLAGS);

export const FINDING_CATEGORIES = [
  { code: 'recruitment_fees', label: 'Recruitment fees and related costs' },
  { code: 'identity_documents', label: 'Identity documents' },
  { code: 'wages', label: 'Wages' },
  { code: 'working_hours', label: 'Working hours' },
  { code: 'freedom_of_movement', label: 'Freedom of movement' },
  { code: 'contracts', label: 'Contracts' },
  { code: 'deductions_and_debt', label: 'Deductions and debt' },
  { code: 'threats_and_violence', label: 'Threats and violence' },
  { code: 'living_conditions', label: 'Living conditions' },
  { code: 'grievance_mechanism', label: 'Grievance mechanism' },
  { code: 'subcontracting', label: 'Subcontracting' },
  { code: 'access_to_site', label: 'Access to the site' },
  { code: 'other', label: 'Other' },
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number]['code'];
export const isFindingCategory = guard<FindingCategory>(FINDING_CATEGORIES);
export const findingCategoryLabel = labeller<FindingCategory>(FINDING_CATEGORIES);

/**
 * The risk model's severities (risk/model/types.ts), most serious first. A Record, so a severity
 * added there does not compile here until it has a label; the list keeps this order.
 */
const SEVERITY_LABELS: Readonly<Record<FindingSeverity, string>> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
  observation: 'Observation',
};
export const FINDING_SEVERITIES: ReadonlyArray<AuditTerm<FindingSeverity>> = (
  Object.keys(SEVERITY_LABELS) as FindingSeverity[]
).map((code) => ({ code, label: SEVERITY_LABELS[code] }));
export const isFindingSeverity = guard<FindingSeverity>(FINDING_SEVERITIES);
export const findingSeverityLabel = (severity: FindingSeverity): string =>
  SEVERITY_LABELS[severity];
