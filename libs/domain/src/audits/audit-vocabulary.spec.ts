import type { FindingSeverity } from '../risk/model/types';
import {
  ACCESS_OUTCOMES,
  AUDIT_TYPES,
  DOCUMENT_TYPES,
  FINDING_CATEGORIES,
  FINDING_SEVERITIES,
  RED_FLAGS,
  accessOutcomeLabel,
  auditTypeLabel,
  documentTypeLabel,
  findingCategoryLabel,
  findingSeverityLabel,
  isAccessOutcome,
  isAuditType,
  isDocumentType,
  isFindingCategory,
  isFindingSeverity,
  isRedFlag,
  redFlagLabel,
} from './audit-vocabulary';

const codes = (terms: ReadonlyArray<{ code: string }>) => terms.map((term) => term.code);

describe('audit vocabulary', () => {
  it('holds the codes of the spec, in order', () => {
    expect(codes(AUDIT_TYPES)).toEqual(['announced', 'semi_announced', 'unannounced']);
    expect(codes(ACCESS_OUTCOMES)).toEqual(['granted', 'delayed', 'denied']);
    expect(codes(DOCUMENT_TYPES)).toEqual([
      'payroll',
      'time_records',
      'employment_contracts',
      'recruitment_records',
      'identity_document_register',
      'dormitory_records',
      'grievance_log',
      'subcontracting_records',
    ]);
    expect(codes(RED_FLAGS)).toEqual([
      'double_payroll_records',
      'double_time_records',
      'coached_answers',
      'workers_hidden_or_sent_away',
      'documents_held_by_employer',
      'documents_held_by_agency',
      'recruitment_debt',
    ]);
    expect(codes(FINDING_CATEGORIES)).toHaveLength(13);
    expect(codes(FINDING_CATEGORIES)).toContain('access_to_site');
    const severities: FindingSeverity[] = ['critical', 'major', 'minor', 'observation'];
    expect(codes(FINDING_SEVERITIES)).toEqual(severities);
  });

  it.each([
    ['audit types', AUDIT_TYPES],
    ['access outcomes', ACCESS_OUTCOMES],
    ['document types', DOCUMENT_TYPES],
    ['red flags', RED_FLAGS],
    ['finding categories', FINDING_CATEGORIES],
    ['finding severities', FINDING_SEVERITIES],
  ])('%s: unique snake_case codes, each with a plain label', (_name, terms) => {
    const list: ReadonlyArray<{ code: string; label: string }> = terms;
    expect(new Set(codes(list)).size).toBe(list.length);
    for (const term of list) {
      expect(term.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(term.label.trim()).not.toBe('');
      expect(term.label).not.toContain('_');
    }
  });

  it('guards accept every code and nothing else', () => {
    const cases: Array<[(value: unknown) => boolean, ReadonlyArray<{ code: string }>]> = [
      [isAuditType, AUDIT_TYPES],
      [isAccessOutcome, ACCESS_OUTCOMES],
      [isDocumentType, DOCUMENT_TYPES],
      [isRedFlag, RED_FLAGS],
      [isFindingCategory, FINDING_CATEGORIES],
      [isFindingSeverity, FINDING_SEVERITIES],
    ];
    for (const [guard, terms] of cases) {
      for (const code of codes(terms)) expect(guard(code)).toBe(true);
      for (const other of [
        '',
        'Payroll',
        'CRITICAL',
        ' payroll',
        'toString',
        'constructor',
        null,
        1,
        {},
      ])
        expect(guard(other)).toBe(false);
    }
  });

  it('labels codes', () => {
    expect(auditTypeLabel('semi_announced')).toMatch(/window/);
    expect(accessOutcomeLabel('denied')).toBe('Access denied');
    expect(documentTypeLabel('identity_document_register')).toBe('Identity document register');
    expect(redFlagLabel('coached_answers')).toBe('Workers gave coached answers');
    expect(findingCategoryLabel('access_to_site')).toBe('Access to the site');
    expect(findingSeverityLabel('observation')).toBe('Observation');
  });
});
