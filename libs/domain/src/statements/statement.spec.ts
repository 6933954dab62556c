import { DomainError } from '../domain-error';
import { composeDataBlocks } from './data-blocks';
import { FROZEN_RECORD_KINDS } from './frozen-records';
import { NOT_IN_RECORDS, REGIMES, STATEMENT_AREAS, regimeById, type Regime } from './regimes';
import {
  STATEMENT_ACTIONS,
  STATEMENT_CONTENT_SCHEMA,
  STATEMENT_REGIMES,
  STATEMENT_STATUSES,
  approvalProblems,
  assertReadyForApproval,
  composeStatementContent,
  isNarrativeKey,
  regimeSections,
  transitionStatement,
  type StatementAction,
  type StatementNarratives,
  type StatementStatus,
} from './statement';
import { COMPANY, PERIODS, apparelBuyerRows, emptyRows } from './test-rows';

const SNAPSHOT_AT = '2026-05-15T09:30:00Z';
const compose = (rows = apparelBuyerRows()) =>
  composeStatementContent({ company: COMPANY, periods: PERIODS, snapshotAt: SNAPSHOT_AT, rows });

const regime = (id: Regime['id']): Regime => {
  const found = regimeById(id);
  if (!found) throw new Error(`no regime ${id}`);
  return found;
};

/** The six s.54(5) narratives, each saying which area it is. */
const NARRATIVES: StatementNarratives = {
  structure: 'We buy apparel from 7 sites.',
  policies: 'Our policies.',
  due_diligence: 'Our due diligence.',
  risk: 'Our risks.',
  effectiveness: 'How we measure progress.',
  training: 'Our training.',
};

describe('composeStatementContent', () => {
  const { content, records } = compose();

  it('freezes the records and counts them by kind', () => {
    expect(content.recordCounts).toEqual({
      site: 7,
      agency: 3,
      engagement: 5,
      assignment: 8,
      audit: 5,
      finding: 5,
      corrective_action: 6,
      fee_remediation: 3,
      grievance: 6,
      grievance_channel: 2,
      policy: 3,
      training: 5,
    });
    for (const kind of FROZEN_RECORD_KINDS)
      expect(content.recordCounts[kind]).toBe(records[kind].length);
    expect(content.hasRecords).toBe(true);
  });

  it('stores the company, the two periods, the snapshot and the schema version', () => {
    expect(content).toMatchObject({
      schema: STATEMENT_CONTENT_SCHEMA,
      company: COMPANY,
      period: { from: '2025-04-01', to: '2026-03-31' },
      previousPeriod: { from: '2024-04-01', to: '2025-03-31' },
      snapshotAt: SNAPSHOT_AT,
    });
    expect(STATEMENT_CONTENT_SCHEMA).toBe(1);
  });

  it('computes the blocks from the frozen records it returns', () => {
    expect(content.blocks).toEqual(composeDataBlocks(records, PERIODS));
    expect(content.blocks.structure.figures[0]).toMatchObject({ key: 'structure.sites', value: 7 });
  });

  it('highlights the main risks, the indicators found and the policy topics', () => {
    expect(content.highlights.mainRisks.map((r) => r.description)).toEqual([
      'Rubber and plastics in Malaysia',
      'Textiles (spinning, weaving, finishing) in India',
      'Apparel and garment manufacturing in Bangladesh',
    ]);
    expect(content.highlights.indicatorsFound.map((i) => i.code)).toEqual([
      'retention_of_documents',
      'withholding_of_wages',
      'debt_bondage',
      'abusive_conditions',
      'excessive_overtime',
    ]);
    expect(content.highlights.policyTopics).toEqual([
      'modern_slavery',
      'recruitment_fees',
      'supplier_code_of_conduct',
    ]);
  });

  it('says when the records hold nothing at all', () => {
    const { content: empty } = compose(emptyRows());
    expect(empty.hasRecords).toBe(false);
    expect(Object.values(empty.recordCounts)).toEqual(FROZEN_RECORD_KINDS.map(() => 0));
    expect(empty.highlights).toEqual({ mainRisks: [], indicatorsFound: [], policyTopics: [] });
  });
});

describe('regimeSections', () => {
  const { blocks } = compose().content;

  it('UK s.54(5): one section per area, each with its own narrative and blocks', () => {
    const sections = regimeSections(regime('uk_msa_s54'), blocks, NARRATIVES);
    expect(
      sections.map((s) => [s.id, s.source, s.narrative, s.blocks.map((b) => b.block)]),
    ).toEqual([
      ['structure', 's.54(5)(a)', 'We buy apparel from 7 sites.', ['structure']],
      ['policies', 's.54(5)(b)', 'Our policies.', ['policies']],
      [
        'due_diligence',
        's.54(5)(c)',
        'Our due diligence.',
        ['questionnaire_coverage', 'audits', 'high_risk_coverage'],
      ],
      ['risk', 's.54(5)(d)', 'Our risks.', ['risk_bands', 'top_risks', 'fee_exposure']],
      [
        'effectiveness',
        's.54(5)(e)',
        'How we measure progress.',
        ['findings_by_indicator', 'corrective_actions', 'fee_remediation', 'grievances'],
      ],
      ['training', 's.54(5)(f)', 'Our training.', ['training']],
    ]);
    expect(sections.every((s) => s.recordGaps.length === 0)).toBe(true);
    expect(sections[0].heading).toBe('Structure, business and supply chains');
    // The very block the statement holds, not a copy.
    expect(sections[0].blocks[0]).toBe(blocks.structure);
  });

  it('Australia s.16(1): combines the areas each criterion draws on, and says what is not recorded', () => {
    const sections = regimeSections(regime('au_msa_s16'), blocks, NARRATIVES);
    expect(sections.map((s) => [s.id, s.narrative, s.recordGaps])).toEqual([
      ['identity', '', []],
      ['structure', 'We buy apparel from 7 sites.', []],
      ['risks', 'Our risks.', []],
      ['actions', 'Our policies.\n\nOur due diligence.\n\nOur training.', []],
      ['effectiveness', 'How we measure progress.', []],
      ['consultation', '', [NOT_IN_RECORDS.consultation]],
      ['other', '', []],
    ]);
    expect(sections[3].blocks.map((b) => b.block)).toEqual([
      'policies',
      'questionnaire_coverage',
      'audits',
      'corrective_actions',
      'fee_remediation',
      'grievances',
      'training',
    ]);
    expect(sections[5].blocks).toEqual([]);
  });

  it('Canada s.11: policies and due diligence together; loss of income said to be unrecorded', () => {
    const sections = regimeSections(regime('ca_s211'), blocks, NARRATIVES);
    expect(sections.map((s) => [s.id, s.source, s.narrative, s.recordGaps])).toEqual([
      ['structure', 's.11(3)(a)', 'We buy apparel from 7 sites.', []],
      ['policies', 's.11(3)(b)', 'Our policies.\n\nOur due diligence.', []],
      ['risks', 's.11(3)(c)', 'Our risks.', []],
      ['remediation', 's.11(3)(d)', '', []],
      ['loss_of_income', 's.11(3)(e)', '', [NOT_IN_RECORDS.loss_of_income_remediation]],
      ['training', 's.11(3)(f)', 'Our training.', []],
      ['effectiveness', 's.11(3)(g)', 'How we measure progress.', []],
    ]);
  });

  it('California: five disclosures, certification and internal accountability said to be unrecorded', () => {
    const sections = regimeSections(regime('us_ca_tisca'), blocks, NARRATIVES);
    expect(sections.map((s) => [s.id, s.narrative, s.recordGaps])).toEqual([
      ['verification', 'Our due diligence.', []],
      ['audits', '', []],
      ['certification', '', [NOT_IN_RECORDS.supplier_certification]],
      ['accountability', 'Our policies.', [NOT_IN_RECORDS.internal_accountability]],
      ['training', 'Our training.', []],
    ]);
    expect(sections[1].blocks.map((b) => b.block)).toEqual(['audits', 'findings_by_indicator']);
  });

  it('uses a regime’s own narrative, trimmed, in place of the areas it draws on', () => {
    const narratives: StatementNarratives = {
      ...NARRATIVES,
      'au_msa_s16.consultation': '  We consulted our two subsidiaries in March 2026.\n',
      'au_msa_s16.actions': 'Actions, told the Australian way.',
      // Another regime's override does not leak.
      'uk_msa_s54.risk': 'UK-only risk text.',
    };
    const au = regimeSections(regime('au_msa_s16'), blocks, narratives);
    expect(au.find((s) => s.id === 'consultation')?.narrative).toBe(
      'We consulted our two subsidiaries in March 2026.',
    );
    expect(au.find((s) => s.id === 'actions')?.narrative).toBe('Actions, told the Australian way.');
    expect(au.find((s) => s.id === 'risks')?.narrative).toBe('Our risks.');
    // The gap is said even when the officer writes about it.
    expect(au.find((s) => s.id === 'consultation')?.recordGaps).toEqual([
      NOT_IN_RECORDS.consultation,
    ]);
    const uk = regimeSections(regime('uk_msa_s54'), blocks, narratives);
    expect(uk.find((s) => s.id === 'risk')?.narrative).toBe('UK-only risk text.');
  });

  it('falls back to the areas when a regime’s own narrative is cleared, and skips empty areas', () => {
    const narratives: StatementNarratives = {
      ...NARRATIVES,
      due_diligence: '   ',
      training: undefined,
      policies: '  Our policies, padded.  ',
      'au_msa_s16.actions': '  ',
    };
    const actions = regimeSections(regime('au_msa_s16'), blocks, narratives).find(
      (s) => s.id === 'actions',
    );
    expect(actions?.narrative).toBe('Our policies, padded.');
  });

  it('has empty narratives but all its data with no narrative written', () => {
    for (const r of REGIMES) {
      const sections = regimeSections(r, blocks, {});
      expect(sections.map((s) => s.narrative)).toEqual(r.headings.map(() => ''));
      expect(sections.map((s) => s.blocks.length)).toEqual(r.headings.map((h) => h.blocks.length));
    }
  });
});

describe('approvalProblems', () => {
  const period = PERIODS.current;

  it('has none once all six areas are written and the year is over', () => {
    expect(approvalProblems({ narratives: NARRATIVES, period, today: '2026-04-01' })).toEqual([]);
    expect(() =>
      assertReadyForApproval({ narratives: NARRATIVES, period, today: '2026-06-01' }),
    ).not.toThrow();
  });

  it('tells a missing area from an empty one, and an open year, each naming the field', () => {
    const narratives: StatementNarratives = { ...NARRATIVES, risk: undefined, training: ' \n\t ' };
    delete narratives.risk;
    expect(approvalProblems({ narratives, period, today: '2026-03-31' })).toEqual([
      { field: 'narratives.risk', message: 'missing: write this area' },
      { field: 'narratives.training', message: 'is empty' },
      { field: 'period', message: 'not closed: the financial year ends on 2026-03-31' },
    ]);
  });

  it('lists every area, in the Act’s order, when nothing is written', () => {
    expect(approvalProblems({ narratives: {}, period, today: '2026-04-01' })).toEqual(
      STATEMENT_AREAS.map((area) => ({
        field: `narratives.${area}`,
        message: 'missing: write this area',
      })),
    );
  });

  it('treats a null narrative (from JSON) as missing', () => {
    const narratives = { ...NARRATIVES, policies: null } as unknown as StatementNarratives;
    expect(approvalProblems({ narratives, period, today: '2026-04-01' })).toEqual([
      { field: 'narratives.policies', message: 'missing: write this area' },
    ]);
  });

  it('counts the year-end day itself as not yet closed', () => {
    expect(approvalProblems({ narratives: NARRATIVES, period, today: '2026-03-31' })).toEqual([
      { field: 'period', message: 'not closed: the financial year ends on 2026-03-31' },
    ]);
    expect(approvalProblems({ narratives: NARRATIVES, period, today: '2025-12-01' })).toHaveLength(
      1,
    );
  });

  it('throws an invalid DomainError with every problem', () => {
    const narratives: StatementNarratives = { ...NARRATIVES, effectiveness: '' };
    let error: unknown;
    try {
      assertReadyForApproval({ narratives, period, today: '2026-02-01' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'invalid',
      message: 'Not ready for approval: 2 problems, in narratives.effectiveness, period',
      fields: [
        { field: 'narratives.effectiveness', message: 'is empty' },
        { field: 'period', message: 'not closed: the financial year ends on 2026-03-31' },
      ],
    });
  });
});

describe('transitionStatement', () => {
  const ALLOWED: Record<StatementAction, Partial<Record<StatementStatus, StatementStatus>>> = {
    edit: { draft: 'draft' },
    submit: { draft: 'submitted' },
    return: { submitted: 'draft', approved: 'draft' },
    approve: { submitted: 'approved' },
    sign: { approved: 'signed' },
    publish: { signed: 'published' },
  };
  const actions = Object.keys(STATEMENT_ACTIONS) as StatementAction[];

  it('knows six actions over five statuses', () => {
    expect(actions).toEqual(['edit', 'submit', 'return', 'approve', 'sign', 'publish']);
    expect(STATEMENT_STATUSES).toEqual(['draft', 'submitted', 'approved', 'signed', 'published']);
  });

  it.each(
    actions.flatMap((action) =>
      STATEMENT_STATUSES.filter((status) => ALLOWED[action][status]).map(
        (status) => [action, status, ALLOWED[action][status]] as const,
      ),
    ),
  )('%s from %s leads to %s', (action, status, to) => {
    expect(transitionStatement(status, action)).toBe(to);
  });

  it.each(
    actions.flatMap((action) =>
      STATEMENT_STATUSES.filter((status) => !ALLOWED[action][status]).map(
        (status) => [action, status] as const,
      ),
    ),
  )('refuses %s from %s with invalid_state (409)', (action, status) => {
    let error: unknown;
    try {
      transitionStatement(status, action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'invalid_state',
      fields: [{ field: 'status', message: status }],
    });
  });

  it('says why in words', () => {
    expect(() => transitionStatement('draft', 'approve')).toThrow(
      'Cannot record the board’s approval: it is draft',
    );
    expect(() => transitionStatement('signed', 'return')).toThrow(
      'Cannot send it back to draft: it is signed',
    );
  });

  it('never changes a published statement, and says to start a new version', () => {
    for (const action of actions)
      expect(() => transitionStatement('published', action)).toThrow(
        `Cannot ${STATEMENT_ACTIONS[action].label}: it is published and cannot change; start a new version instead`,
      );
  });

  it('walks a statement from draft to published, with one return to draft', () => {
    let status: StatementStatus = 'draft';
    for (const action of [
      'edit',
      'submit',
      'return',
      'submit',
      'approve',
      'sign',
      'publish',
    ] as const)
      status = transitionStatement(status, action);
    expect(status).toBe('published');
  });
});

describe('isNarrativeKey', () => {
  it('accepts the six areas and each regime’s own headings', () => {
    for (const area of STATEMENT_AREAS) expect(isNarrativeKey(area)).toBe(true);
    expect(isNarrativeKey('au_msa_s16.consultation')).toBe(true);
    expect(isNarrativeKey('au_msa_s16.actions')).toBe(true);
    expect(isNarrativeKey('ca_s211.loss_of_income')).toBe(true);
    expect(isNarrativeKey('us_ca_tisca.certification')).toBe(true);
    expect(isNarrativeKey('uk_msa_s54.risk')).toBe(true);
    for (const r of REGIMES)
      for (const heading of r.headings) expect(isNarrativeKey(`${r.id}.${heading.id}`)).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isNarrativeKey('')).toBe(false);
    expect(isNarrativeKey('supply_chain')).toBe(false);
    expect(isNarrativeKey('Risk')).toBe(false);
    expect(isNarrativeKey('au_msa_s16')).toBe(false);
    expect(isNarrativeKey('au_msa_s16.')).toBe(false);
    expect(isNarrativeKey('au_msa_s16.risk')).toBe(false); // Australia's heading is "risks"
    expect(isNarrativeKey('uk_msa_s54.consultation')).toBe(false);
    expect(isNarrativeKey('au_msa_s16.consultation.extra')).toBe(false);
    expect(isNarrativeKey('nz_msa.structure')).toBe(false);
    expect(isNarrativeKey('risk.structure')).toBe(false);
  });
});

it('renders a statement for each of the four regimes', () => {
  expect(STATEMENT_REGIMES).toEqual(['uk_msa_s54', 'au_msa_s16', 'ca_s211', 'us_ca_tisca']);
});
