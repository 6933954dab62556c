import fc from 'fast-check';
import { DomainError } from '../domain-error';
import { ILO_INDICATORS } from '../risk/indicators';
import {
  ACCESS_FINDING_INDICATOR,
  MAX_ACCESS_NOTE_LENGTH,
  MAX_FINDING_DESCRIPTION_LENGTH,
  checkAuditReport,
  findingsWithAccessFinding,
  type AuditReport,
} from './audit-report';
import {
  DOCUMENT_TYPES,
  FINDING_CATEGORIES,
  FINDING_SEVERITIES,
  RED_FLAGS,
} from './audit-vocabulary';

const NOW = new Date('2026-03-02T12:00:00Z');
const FILE = '3F2504E0-4F89-11D3-9A0C-0305E82C3301';

const counts = {
  female: 12,
  male: 8,
  otherGender: 0,
  migrant: 15,
  agency: 9,
  onSite: 14,
  offSite: 6,
};

const feeFinding = () => ({
  category: 'recruitment_fees',
  indicators: ['debt_bondage', 'deception'],
  severity: 'critical',
  description: '  Workers paid agency fees of about three months of wages.  ',
  workersAffected: 40,
  feesPaid: { amountMinor: 4_800_000, currency: 'USD' },
  evidenceFileIds: [FILE],
});

const validReport = () => ({
  arrivedAt: ' 2026-03-02T06:15:00+07:00 ',
  access: 'granted',
  workersInterviewed: { ...counts },
  documentsReviewed: ['time_records', 'payroll'],
  redFlags: [],
  findings: [
    feeFinding(),
    {
      category: 'living_conditions',
      indicators: [],
      severity: 'observation',
      description: 'Dormitory kitchen recently renovated.',
    },
  ],
});

/** The field problems of a rejected input (fails the test if the input passes). */
function problemsOf(input: unknown, mode: 'draft' | 'submit' = 'submit') {
  try {
    checkAuditReport(input, mode, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid');
    return (error as DomainError).fields;
  }
  throw new Error('expected the report to be rejected');
}
const fieldsOf = (input: unknown, mode: 'draft' | 'submit' = 'submit') =>
  problemsOf(input, mode).map((problem) => problem.field);

describe('checkAuditReport: a complete report', () => {
  it('returns it clean: trimmed, lists in vocabulary order, file ids lower case, nulls filled', () => {
    const report = checkAuditReport(validReport(), 'submit', NOW);
    expect(report).toEqual({
      arrivedAt: '2026-03-02T06:15:00+07:00',
      access: 'granted',
      accessNote: null,
      workersInterviewed: counts,
      documentsReviewed: ['payroll', 'time_records'],
      redFlags: [],
      summary: null,
      findings: [
        {
          category: 'recruitment_fees',
          indicators: ['deception', 'debt_bondage'],
          severity: 'critical',
          description: 'Workers paid agency fees of about three months of wages.',
          workersAffected: 40,
          feesPaid: { amountMinor: 4_800_000, currency: 'USD' },
          evidenceFileIds: [FILE.toLowerCase()],
        },
        {
          category: 'living_conditions',
          indicators: [],
          severity: 'observation',
          description: 'Dormitory kitchen recently renovated.',
          workersAffected: null,
          feesPaid: null,
          evidenceFileIds: [],
        },
      ],
    });
    expect(Object.keys(report)).toEqual([
      'arrivedAt',
      'access',
      'accessNote',
      'workersInterviewed',
      'documentsReviewed',
      'redFlags',
      'summary',
      'findings',
    ]);
  });

  it('accepts empty lists and a report with no findings', () => {
    const report = checkAuditReport(
      { ...validReport(), documentsReviewed: [], findings: [], summary: ' Clean visit. ' },
      'submit',
      NOW,
    );
    expect(report.findings).toEqual([]);
    expect(report.summary).toBe('Clean visit.');
  });

  it('uses the current time when no `now` is given', () => {
    expect(() => checkAuditReport({ arrivedAt: '2999-01-01T00:00:00Z' }, 'draft')).toThrow(
      DomainError,
    );
    expect(checkAuditReport({ arrivedAt: '2020-01-01T00:00:00Z' }, 'draft')).toEqual({
      arrivedAt: '2020-01-01T00:00:00Z',
    });
  });

  it('lets the same report through twice unchanged', () => {
    const once = checkAuditReport(validReport(), 'submit', NOW);
    expect(checkAuditReport(once, 'submit', NOW)).toEqual(once);
  });
});

describe('checkAuditReport: shape', () => {
  it('refuses anything but an object', () => {
    for (const input of [null, [], 'report', 3])
      expect(problemsOf(input)).toEqual([{ field: 'report', message: 'must be an object' }]);
  });

  it('names unknown top-level keys', () => {
    expect(fieldsOf({ ...validReport(), auditor: 'x', findngs: [] })).toEqual([
      'auditor',
      'findngs',
    ]);
  });

  it('requires the complete report on submit', () => {
    expect(fieldsOf({})).toEqual([
      'arrivedAt',
      'access',
      'workersInterviewed',
      'documentsReviewed',
      'redFlags',
      'findings',
    ]);
  });

  it('accepts null only where the type allows it', () => {
    expect(
      fieldsOf({
        ...validReport(),
        arrivedAt: null,
        redFlags: null,
        accessNote: null,
        summary: null,
      }),
    ).toEqual(['arrivedAt', 'redFlags']);
  });

  it('collects every problem into one error', () => {
    const input = {
      ...validReport(),
      access: 'maybe',
      documentsReviewed: ['payroll', 'diary'],
      findings: [{ ...feeFinding(), severity: 'grave', indicators: ['slavery'] }],
      extra: true,
    };
    let error: unknown;
    try {
      checkAuditReport(input, 'submit', NOW);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(/^Invalid audit report: 5 problems/);
    expect((error as DomainError).fields.map((problem) => problem.field)).toEqual([
      'extra',
      'access',
      'documentsReviewed.1',
      'findings.0.severity',
      'findings.0.indicators.0',
    ]);
  });
});

describe('checkAuditReport: drafts', () => {
  it('accepts an empty or partial draft', () => {
    expect(checkAuditReport({}, 'draft', NOW)).toEqual({});
    expect(checkAuditReport({ access: 'denied', summary: ' Gate closed ' }, 'draft', NOW)).toEqual({
      access: 'denied',
      summary: 'Gate closed',
    });
  });

  it('still checks every field present', () => {
    expect(
      fieldsOf({ access: 'open', redFlags: ['coached_answers', 'bribes'], summary: '' }, 'draft'),
    ).toEqual(['access', 'redFlags.1', 'summary']);
  });

  it('leaves completeness to submit: access note, counts adding up, fee details', () => {
    const draft = {
      access: 'denied',
      workersInterviewed: { ...counts, onSite: 0, offSite: 0 },
      findings: [{ ...feeFinding(), workersAffected: null, feesPaid: null }],
    };
    expect(() => checkAuditReport(draft, 'draft', NOW)).not.toThrow();
    expect(fieldsOf({ ...validReport(), ...draft })).toEqual([
      'workersInterviewed',
      'findings.0.workersAffected',
      'findings.0.feesPaid',
      'accessNote',
    ]);
  });
});

describe('checkAuditReport: arrival and access', () => {
  it.each([
    ['2026-03-02', /date and time with an offset/],
    ['2026-03-02T06:15:00', /date and time with an offset/],
    ['2026-02-30T06:15:00Z', /date and time with an offset/],
    [1772431200000, /date and time with an offset/],
    ['2026-03-02T12:00:01Z', /future/],
    ['2026-03-02T19:30:00+07:00', /future/],
  ])('refuses arrivedAt %p', (arrivedAt, message) => {
    const [problem] = problemsOf({ ...validReport(), arrivedAt });
    expect(problem.field).toBe('arrivedAt');
    expect(problem.message).toMatch(message);
  });

  it('accepts an arrival exactly now', () => {
    expect(() =>
      checkAuditReport({ arrivedAt: '2026-03-02T19:00:00+07:00' }, 'draft', NOW),
    ).not.toThrow();
  });

  it.each(['delayed', 'denied'])('requires a note when access was %s', (access) => {
    expect(problemsOf({ ...validReport(), access })).toEqual([
      { field: 'accessNote', message: expect.stringContaining(`access was ${access}`) },
    ]);
    expect(fieldsOf({ ...validReport(), access, accessNote: '   ' })).toEqual(['accessNote']);
    const report = checkAuditReport(
      { ...validReport(), access, accessNote: ' Kept at the gate for 2 hours ' },
      'submit',
      NOW,
    );
    expect(report.accessNote).toBe('Kept at the gate for 2 hours');
  });

  it('allows a note when access was granted and limits its length', () => {
    expect(
      checkAuditReport({ ...validReport(), accessNote: 'Guard phoned the office' }, 'submit', NOW)
        .accessNote,
    ).toBe('Guard phoned the office');
    expect(
      fieldsOf({ ...validReport(), accessNote: 'x'.repeat(MAX_ACCESS_NOTE_LENGTH + 1) }),
    ).toEqual(['accessNote']);
  });
});

describe('checkAuditReport: workers interviewed', () => {
  const withCounts = (changes: Record<string, unknown>) => ({
    ...validReport(),
    workersInterviewed: { ...counts, ...changes },
  });

  it('requires whole numbers from 0 to 100000 for every count', () => {
    expect(
      fieldsOf(
        withCounts({ female: -1, male: 1.5, otherGender: '2', migrant: 100_001, agency: null }),
      ),
    ).toEqual([
      'workersInterviewed.female',
      'workersInterviewed.male',
      'workersInterviewed.otherGender',
      'workersInterviewed.migrant',
      'workersInterviewed.agency',
    ]);
  });

  it('names missing and unknown counts', () => {
    const rest: Partial<typeof counts> = { ...counts };
    delete rest.offSite;
    expect(fieldsOf({ ...validReport(), workersInterviewed: { ...rest, children: 0 } })).toEqual([
      'workersInterviewed.children',
      'workersInterviewed.offSite',
    ]);
    expect(fieldsOf({ ...validReport(), workersInterviewed: 20 })).toEqual(['workersInterviewed']);
  });

  it('keeps migrant and agency workers within the total interviewed', () => {
    expect(problemsOf(withCounts({ migrant: 21, agency: 21 }))).toEqual([
      {
        field: 'workersInterviewed.migrant',
        message: 'must not exceed the 20 workers interviewed (female + male + otherGender)',
      },
      {
        field: 'workersInterviewed.agency',
        message: 'must not exceed the 20 workers interviewed (female + male + otherGender)',
      },
    ]);
    expect(() =>
      checkAuditReport(withCounts({ migrant: 20, agency: 20 }), 'submit', NOW),
    ).not.toThrow();
    // In drafts too: it is a contradiction, not an incomplete entry.
    expect(fieldsOf({ workersInterviewed: { ...counts, migrant: 21 } }, 'draft')).toEqual([
      'workersInterviewed.migrant',
    ]);
  });

  it('on submit, on-site and off-site interviews add up to the total', () => {
    expect(problemsOf(withCounts({ onSite: 14, offSite: 7 }))).toEqual([
      {
        field: 'workersInterviewed',
        message:
          'onSite + offSite (21) must equal the 20 workers interviewed (female + male + otherGender)',
      },
    ]);
  });

  it('accepts a visit with nobody interviewed (access denied)', () => {
    const zero = {
      female: 0,
      male: 0,
      otherGender: 0,
      migrant: 0,
      agency: 0,
      onSite: 0,
      offSite: 0,
    };
    expect(() =>
      checkAuditReport(
        { ...validReport(), access: 'denied', accessNote: 'Refused', workersInterviewed: zero },
        'submit',
        NOW,
      ),
    ).not.toThrow();
  });
});

describe('checkAuditReport: code lists', () => {
  it('names unknown and repeated documents and red flags by position', () => {
    expect(
      problemsOf({
        ...validReport(),
        documentsReviewed: ['payroll', 'Payroll', 'payroll'],
        redFlags: ['coached_answers', 7],
      }),
    ).toEqual([
      { field: 'documentsReviewed.1', message: expect.stringMatching(/^unknown value 'Payroll'/) },
      { field: 'documentsReviewed.2', message: "lists 'payroll' more than once" },
      { field: 'redFlags.1', message: expect.stringMatching(/^unknown value; must be one of/) },
    ]);
  });

  it('refuses a list longer than its vocabulary as a whole', () => {
    expect(
      fieldsOf({
        ...validReport(),
        redFlags: Array.from({ length: 1000 }, () => 'coached_answers'),
      }),
    ).toEqual(['redFlags']);
    expect(fieldsOf({ ...validReport(), documentsReviewed: 'payroll' })).toEqual([
      'documentsReviewed',
    ]);
  });
});

describe('checkAuditReport: findings', () => {
  const withFindings = (...findings: unknown[]) => ({ ...validReport(), findings });
  const finding = (changes: Record<string, unknown>) => ({
    category: 'wages',
    indicators: ['withholding_of_wages'],
    severity: 'major',
    description: 'Wages paid 45 days late.',
    ...changes,
  });

  it('names the exact path of unknown codes', () => {
    expect(
      fieldsOf(
        withFindings(
          finding({}),
          finding({ category: 'bribery' }),
          finding({ indicators: ['withholding_of_wages', 'slavery'], severity: 'high' }),
        ),
      ),
    ).toEqual(['findings.1.category', 'findings.2.severity', 'findings.2.indicators.1']);
  });

  it('needs an indicator unless the finding is an observation', () => {
    expect(problemsOf(withFindings(finding({ indicators: [] })))).toEqual([
      {
        field: 'findings.0.indicators',
        message: 'must name at least one ILO indicator for a major finding',
      },
    ]);
    expect(fieldsOf(withFindings(finding({ indicators: [] })), 'draft')).toEqual([
      'findings.0.indicators',
    ]);
    expect(() =>
      checkAuditReport(
        withFindings(finding({ indicators: [], severity: 'observation' })),
        'submit',
        NOW,
      ),
    ).not.toThrow();
  });

  it('requires the core of every finding, in drafts too, and refuses unknown keys', () => {
    expect(fieldsOf({ findings: [{ note: 'x' }, 'wages'] }, 'draft')).toEqual([
      'findings.0.note',
      'findings.0.category',
      'findings.0.severity',
      'findings.0.indicators',
      'findings.0.description',
      'findings.1',
    ]);
  });

  it('trims descriptions and counts their length in characters', () => {
    const emoji = '🙂'.repeat(MAX_FINDING_DESCRIPTION_LENGTH);
    expect(
      checkAuditReport(withFindings(finding({ description: emoji })), 'submit', NOW).findings[0]
        .description,
    ).toBe(emoji);
    expect(
      fieldsOf(
        withFindings(
          finding({ description: '   ' }),
          finding({ description: 'x'.repeat(MAX_FINDING_DESCRIPTION_LENGTH + 1) }),
          finding({ description: 12 }),
        ),
      ),
    ).toEqual(['findings.0.description', 'findings.1.description', 'findings.2.description']);
  });

  it('allows workers affected and fees paid only on recruitment_fees findings', () => {
    expect(
      problemsOf(
        withFindings(
          finding({ workersAffected: 3, feesPaid: { amountMinor: 100, currency: 'USD' } }),
        ),
      ),
    ).toEqual([
      {
        field: 'findings.0.workersAffected',
        message: 'allowed only for category recruitment_fees (send null)',
      },
      {
        field: 'findings.0.feesPaid',
        message: 'allowed only for category recruitment_fees (send null)',
      },
    ]);
    expect(() =>
      checkAuditReport(
        withFindings(finding({ workersAffected: null, feesPaid: null })),
        'submit',
        NOW,
      ),
    ).not.toThrow();
  });

  it('checks fee details', () => {
    expect(
      fieldsOf(
        withFindings(
          { ...feeFinding(), workersAffected: 0 },
          { ...feeFinding(), feesPaid: { amountMinor: 0, currency: 'USD' } },
          { ...feeFinding(), feesPaid: { amountMinor: 12.5, currency: 'usd' } },
          { ...feeFinding(), feesPaid: { amount: 100, currency: 'USD' } },
          { ...feeFinding(), feesPaid: '100 USD' },
        ),
      ),
    ).toEqual([
      'findings.0.workersAffected',
      'findings.1.feesPaid.amountMinor',
      'findings.2.feesPaid.amountMinor',
      'findings.2.feesPaid.currency',
      'findings.3.feesPaid.amount',
      'findings.3.feesPaid.amountMinor',
      'findings.4.feesPaid',
    ]);
  });

  it('requires fee details on a submitted recruitment_fees finding', () => {
    const bare: Partial<ReturnType<typeof feeFinding>> = feeFinding();
    delete bare.workersAffected;
    delete bare.feesPaid;
    expect(fieldsOf(withFindings(bare))).toEqual([
      'findings.0.workersAffected',
      'findings.0.feesPaid',
    ]);
    expect(checkAuditReport({ findings: [bare] }, 'draft', NOW).findings?.[0]).toMatchObject({
      workersAffected: null,
      feesPaid: null,
    });
  });

  it('checks evidence file ids', () => {
    const ids = (evidenceFileIds: unknown) => withFindings(finding({ evidenceFileIds }));
    expect(fieldsOf(ids([FILE, 'not-a-uuid', 42]))).toEqual([
      'findings.0.evidenceFileIds.1',
      'findings.0.evidenceFileIds.2',
    ]);
    expect(fieldsOf(ids(Array.from({ length: 21 }, () => FILE)))).toEqual([
      'findings.0.evidenceFileIds',
    ]);
    expect(fieldsOf(ids(FILE))).toEqual(['findings.0.evidenceFileIds']);
    // The same file may evidence a finding twice over: no uniqueness rule.
    const twice = checkAuditReport(ids(Array.from({ length: 20 }, () => FILE)), 'submit', NOW);
    expect(twice.findings[0].evidenceFileIds).toHaveLength(20);
  });

  it('holds at most 500 findings', () => {
    const many = (n: number) => withFindings(...Array.from({ length: n }, () => finding({})));
    expect(checkAuditReport(many(500), 'submit', NOW).findings).toHaveLength(500);
    expect(problemsOf(many(501))).toEqual([
      { field: 'findings', message: 'must hold at most 500 findings' },
    ]);
  });
});

describe('checkAuditReport: any valid report', () => {
  const pick = <T>(terms: ReadonlyArray<{ code: T }>) =>
    fc.subarray(terms.map((term) => term.code));
  const text = fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() !== '');
  const findingArb = fc
    .record({
      category: fc.constantFrom(...FINDING_CATEGORIES.map((term) => term.code)),
      severity: fc.constantFrom(...FINDING_SEVERITIES.map((term) => term.code)),
      indicators: pick(ILO_INDICATORS).filter((list) => list.length > 0),
      description: text,
      evidenceFileIds: fc.array(fc.uuid(), { maxLength: 3 }),
      workersAffected: fc.integer({ min: 1, max: 100_000 }),
      feesPaid: fc.record({
        amountMinor: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        currency: fc.constantFrom('USD', 'MYR', 'JPY'),
      }),
    })
    .map((f) =>
      f.category === 'recruitment_fees' ? f : { ...f, workersAffected: null, feesPaid: null },
    );
  const reportArb = fc
    .record({
      female: fc.nat(1000),
      male: fc.nat(1000),
      otherGender: fc.nat(10),
      access: fc.constantFrom('granted', 'delayed', 'denied'),
      note: text,
      documentsReviewed: pick(DOCUMENT_TYPES),
      redFlags: pick(RED_FLAGS),
      findings: fc.array(findingArb, { maxLength: 5 }),
      split: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((r) => {
      const total = r.female + r.male + r.otherGender;
      const onSite = Math.floor(total * r.split);
      return {
        arrivedAt: '2026-03-01T08:00:00Z',
        access: r.access,
        accessNote: r.note,
        workersInterviewed: {
          female: r.female,
          male: r.male,
          otherGender: r.otherGender,
          migrant: Math.floor(total / 2),
          agency: total,
          onSite,
          offSite: total - onSite,
        },
        documentsReviewed: r.documentsReviewed,
        redFlags: r.redFlags,
        summary: null,
        findings: r.findings,
      };
    });

  it('passes in both modes, and checking is idempotent', () => {
    fc.assert(
      fc.property(reportArb, (input) => {
        const report = checkAuditReport(input, 'submit', NOW);
        expect(checkAuditReport(input, 'draft', NOW)).toEqual(report);
        expect(checkAuditReport(report, 'submit', NOW)).toEqual(report);
        // ...and the access finding it may gain is itself a valid finding.
        const findings = findingsWithAccessFinding(report);
        expect(checkAuditReport({ ...report, findings }, 'submit', NOW).findings).toEqual(findings);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findingsWithAccessFinding', () => {
  const report = (changes: Partial<AuditReport>): AuditReport => ({
    ...checkAuditReport(validReport(), 'submit', NOW),
    ...changes,
  });

  it('adds nothing when access was granted', () => {
    const granted = report({});
    expect(findingsWithAccessFinding(granted)).toEqual(granted.findings);
    expect(findingsWithAccessFinding(granted)).not.toBe(granted.findings);
  });

  it('puts a critical access finding first when access was denied', () => {
    const denied = report({ access: 'denied', accessNote: 'Manager refused entry.' });
    const findings = findingsWithAccessFinding(denied);
    expect(findings).toHaveLength(denied.findings.length + 1);
    expect(findings[0]).toEqual({
      category: 'access_to_site',
      indicators: [ACCESS_FINDING_INDICATOR],
      severity: 'critical',
      description: 'The auditor was denied access to the site. Manager refused entry.',
      workersAffected: null,
      feesPaid: null,
      evidenceFileIds: [],
    });
    expect(findings.slice(1)).toEqual(denied.findings);
  });

  it('treats a delay as a critical finding too, and copes with a missing note', () => {
    const [first] = findingsWithAccessFinding(report({ access: 'delayed', accessNote: null }));
    expect(first).toMatchObject({ category: 'access_to_site', severity: 'critical' });
    expect(first.description).toBe(
      "The auditor's access to the site was delayed. No note was recorded.",
    );
  });

  it('tags an ILO indicator that exists', () => {
    expect(ILO_INDICATORS.map((indicator) => indicator.code)).toContain(ACCESS_FINDING_INDICATOR);
  });

  it("keeps the auditor's own access_to_site finding instead of adding one", () => {
    const own = {
      category: 'access_to_site' as const,
      indicators: [],
      severity: 'major' as const,
      description: 'Kept waiting 40 minutes while workers left by the back gate.',
      workersAffected: null,
      feesPaid: null,
      evidenceFileIds: [],
    };
    const delayed = report({ access: 'delayed', accessNote: 'Waited 40 minutes', findings: [own] });
    expect(findingsWithAccessFinding(delayed)).toEqual([own]);
  });

  it('is deterministic and idempotent', () => {
    const denied = report({ access: 'denied', accessNote: 'Refused.' });
    const once = findingsWithAccessFinding(denied);
    expect(findingsWithAccessFinding(denied)).toEqual(once);
    expect(findingsWithAccessFinding({ ...denied, findings: once })).toEqual(once);
  });

  it('fits the longest note allowed into a description', () => {
    const note = '🙂'.repeat(MAX_ACCESS_NOTE_LENGTH);
    const [first] = findingsWithAccessFinding(report({ access: 'denied', accessNote: note }));
    expect([...first.description].length).toBeLessThanOrEqual(MAX_FINDING_DESCRIPTION_LENGTH);
    expect(first.description.endsWith(note)).toBe(true);
  });
});
