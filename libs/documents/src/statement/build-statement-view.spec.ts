import {
  composeStatementContent,
  NO_RECORDS_NOTE,
  regimeById,
  type StatementContent,
  type StatementSourceRows,
} from '@app/domain';
import { COMPANY, PERIODS, rowsWith } from '@app/domain/statements/test-rows';
import { buildStatementView, CANADA_ATTESTATION, MAX_PRINTED_ROWS } from './build-statement-view';

function content(source: StatementSourceRows): StatementContent {
  return composeStatementContent({
    company: COMPANY,
    periods: PERIODS,
    snapshotAt: '2026-05-15T09:30:00.000Z',
    rows: source,
  }).content;
}

const META = {
  id: 's1',
  version: 1,
  status: 'signed' as const,
  approval: { body: 'Board of Directors', approvedOn: '2026-06-10' },
  signature: { name: 'Eleanor Marsh', title: 'Director', signedOn: '2026-06-11' },
  supersedes: null,
};

const view = (c: StatementContent, regime = 'uk_msa_s54', narratives = {}) =>
  buildStatementView({
    meta: META,
    content: c,
    narratives,
    regime: regimeById(regime)!,
    traceBase: 'https://app.example/statements/s1/trace',
  });

describe('buildStatementView', () => {
  it('prints the six areas in order with their narratives, figures formatted and traced', () => {
    const training = [
      {
        id: 't1',
        heldOn: '2025-06-01',
        topic: 'Indicators',
        audience: 'board',
        people: 1234,
        provider: null,
      },
      {
        id: 't2',
        heldOn: '2024-06-01',
        topic: 'Indicators',
        audience: 'board',
        people: 7,
        provider: null,
      },
    ];
    const v = view(content(rowsWith({ training })), 'uk_msa_s54', { training: 'We trained.' });
    expect(v.sections.map((s) => s.area)).toEqual([
      'structure',
      'policies',
      'due_diligence',
      'risk',
      'effectiveness',
      'training',
    ]);
    const section = v.sections[5];
    expect(section.title).toBe('6. Training (s.54(5)(f))');
    expect(section.narrative).toBe('We trained.');
    expect(section.figures.find((f) => f.label === 'People trained')).toEqual({
      label: 'People trained',
      value: '1,234',
      previous: '7',
      traceUrl: 'https://app.example/statements/s1/trace/training.people',
    });
    expect(v.notes).not.toContain(NO_RECORDS_NOTE);
  });

  it('says when the records hold nothing, with a dash for shares of nothing', () => {
    const v = view(content(rowsWith({})));
    expect(v.notes?.[0]).toBe(NO_RECORDS_NOTE);
    const coverage = v.sections[2].figures.find((f) => f.label === 'Response rate');
    expect(coverage).toMatchObject({ value: '—', previous: '—' });
    expect(v.sections[0].gaps).toContain(
      'No supplier sites are mapped for this company in our records.',
    );
  });

  it('prints money in its currency and a long table in part, saying where every row is', () => {
    const feeRemediations = Array.from({ length: MAX_PRINTED_ROWS + 5 }, (_, i) => ({
      id: `r${i}`,
      site: `Site ${i}`,
      agency: null,
      workers: 2,
      currency: 'MYR',
      owedMinor: '150000',
      openedOn: '2025-05-01',
      repayments: [{ paidOn: '2025-07-01', amountMinor: '50000' }],
    }));
    const v = view(content(rowsWith({ feeRemediations })));
    const effectiveness = v.sections[4];
    expect(
      effectiveness.figures.find((f) => f.label === 'Recruitment fees repaid to workers (MYR)'),
    ).toMatchObject({ value: 'MYR 102,500.00', previous: 'MYR 0.00' });
    const table = effectiveness.tables.find((t) =>
      t.caption.startsWith('Recruitment-fee repayment'),
    )!;
    expect(table.rows).toHaveLength(MAX_PRINTED_ROWS);
    expect(table.caption).toContain('the first 200 of 205 rows');
    expect(table.traceUrl).toBe('https://app.example/statements/s1/trace/fee_remediation.by_site');
  });

  it('renders Canada with its attestation and the regime’s own narrative where written', () => {
    const v = view(content(rowsWith({})), 'ca_s211', {
      structure: 'Structure text.',
      'ca_s211.loss_of_income': 'No family lost income.',
    });
    expect(v.regimeTitle).toMatch(/Canada/);
    expect(v.sections.find((s) => s.area === 'loss_of_income')?.narrative).toBe(
      'No family lost income.',
    );
    expect(v.notes?.join(' ')).toContain(CANADA_ATTESTATION);
    expect(v.notes?.join(' ')).toContain('Eleanor Marsh, Director, 2026-06-11');
  });
});
