import type { FxRate } from '../money/money';
import {
  TURNOVER_BANDS,
  YEARS_PRODUCING_BANDS,
  registryExport,
  turnoverBandOf,
  type RegistryExportInput,
} from './registry-export';
import {
  composeStatementContent,
  type StatementCompany,
  type StatementContent,
  type StatementNarratives,
} from './statement';
import { COMPANY, PERIODS, apparelBuyerRows, emptyRows } from './test-rows';

const content = composeStatementContent({
  company: COMPANY,
  periods: PERIODS,
  snapshotAt: '2026-05-15T09:30:00Z',
  rows: apparelBuyerRows(),
}).content;

const NARRATIVES: StatementNarratives = {
  structure: 'We buy apparel from seven sites in three countries.',
  policies: 'Our policies.',
  due_diligence: 'Our due diligence.',
  risk: 'Our risks.',
  effectiveness: 'How we measure progress.',
  // Cleared: not covered.
  training: '   ',
};

const input = (overrides: Partial<RegistryExportInput> = {}): RegistryExportInput => ({
  content,
  narratives: NARRATIVES,
  status: 'signed',
  version: 2,
  approval: { body: 'Board of directors', approvedOn: '2026-06-10' },
  signature: { name: 'Morag Campbell', title: 'Managing Director', signedOn: '2026-06-12' },
  statementUrl: null,
  fxRates: [],
  publishedYearEnds: ['2024-03-31', '2025-03-31'],
  ...overrides,
});

/** The statement with the company's turnover recorded as given. */
const withTurnover = (turnover: StatementCompany['turnover']): StatementContent => ({
  ...content,
  company: { ...COMPANY, turnover },
});

const rate = (overrides: Partial<FxRate>): FxRate => ({
  base: 'EUR',
  quote: 'GBP',
  rate: '0.85',
  validOn: '2026-03-31',
  source: 'ECB reference rate',
  ...overrides,
});

describe('turnoverBandOf', () => {
  const band = (pence: bigint) => turnoverBandOf(pence).code;

  it('puts exactly £36 million in "£36 million to £60 million", a penny less under it', () => {
    expect(band(3_600_000_000n)).toBe('36m_to_60m');
    expect(band(3_599_999_999n)).toBe('under_36m');
    expect(turnoverBandOf(3_600_000_000n).label).toBe('£36 million to £60 million');
  });

  it('starts each band at its lower bound', () => {
    expect(band(0n)).toBe('under_36m');
    expect(band(5_999_999_999n)).toBe('36m_to_60m');
    expect(band(6_000_000_000n)).toBe('60m_to_100m');
    expect(band(9_999_999_999n)).toBe('60m_to_100m');
    expect(band(10_000_000_000n)).toBe('100m_to_500m');
    expect(band(49_999_999_999n)).toBe('100m_to_500m');
    expect(band(50_000_000_000n)).toBe('over_500m');
    expect(band(10n ** 20n)).toBe('over_500m');
  });

  it('has the five bands of the registry', () => {
    expect(TURNOVER_BANDS.map((b) => b.label)).toEqual([
      'Under £36 million',
      '£36 million to £60 million',
      '£60 million to £100 million',
      '£100 million to £500 million',
      'Over £500 million',
    ]);
  });
});

describe('registryExport', () => {
  it('fills the registry’s fields from the statement’s figures', () => {
    expect(registryExport(input())).toEqual({
      registry: 'UK modern slavery statement registry',
      statementVersion: 2,
      status: 'signed',
      organisationsCovered: [
        { name: 'Thistle & Thread Apparel Ltd', companyNumber: 'SC123456', country: 'GB' },
      ],
      statementUrl: null,
      period: { from: '2025-04-01', to: '2026-03-31' },
      approver: {
        name: 'Morag Campbell',
        jobTitle: 'Managing Director',
        approvedOn: '2026-06-10',
        approvedBy: 'Board of directors',
      },
      areas: [
        {
          area: 'structure',
          question: 'Organisational structure and supply chains',
          covered: true,
          detail:
            '7 supplier sites in 3 countries, 4,400 workers; 3 recruitment agencies on 3 migration corridors.',
        },
        {
          area: 'policies',
          question: 'Policies',
          covered: true,
          detail: '3 policies in force at the year-end.',
        },
        {
          area: 'due_diligence',
          question: 'Due diligence',
          covered: true,
          detail:
            '5 questionnaires sent (response rate 80%); 4 audit visits, 50% unannounced; 75% of high-risk sites reached.',
        },
        {
          area: 'risk',
          question: 'Risk assessment and management',
          covered: true,
          detail:
            '4 sites rated high or critical, 1 site not yet scored; 400 workers paid recruitment fees of more than one month’s wages.',
        },
        {
          area: 'effectiveness',
          question: 'Key performance indicators to measure progress',
          covered: true,
          detail:
            '4 audit findings; 4 corrective actions opened, 2 closed, 3 overdue; 4 grievances received, 2 resolved.',
        },
        {
          area: 'training',
          question: 'Training about modern slavery',
          covered: false,
          detail: '4 training sessions, 110 people trained.',
        },
      ],
      sectors: [{ code: 'apparel_manufacturing', name: 'Apparel and garment manufacturing' }],
      turnover: {
        band: '36m_to_60m',
        label: '£36 million to £60 million',
        basis: 'GBP 48,500,000.00',
      },
      yearsProducingStatements: { years: 3, band: '1_to_5', label: '1 to 5 years' },
      summary: {
        policies: {
          onWorkerPaidRecruitmentFees: true,
          onRetentionOfIdentityDocuments: false,
          inForce: [
            {
              title: 'Modern Slavery and Human Trafficking Policy',
              topic: 'Modern slavery',
              version: '3.0',
              adoptedOn: '2025-06-01',
            },
            {
              title: 'Responsible Recruitment and Employer Pays Policy',
              topic: 'Worker-paid recruitment fees',
              version: '1.1',
              adoptedOn: '2026-03-31',
            },
            {
              title: 'Supplier Code of Conduct',
              topic: 'Supplier code of conduct',
              version: '5.0',
              adoptedOn: '2023-02-14',
            },
          ],
        },
        trainingAudiences: [
          { audience: 'Suppliers', sessions: 1, people: 65 },
          { audience: 'Procurement', sessions: 2, people: 36 },
          { audience: 'Board', sessions: 1, people: 9 },
        ],
        socialAudits: {
          total: 4,
          announced: 1,
          semiAnnounced: 1,
          unannounced: 2,
          byThirdParty: 2,
          byOwnStaff: 2,
        },
        grievanceMechanisms: { channels: 2, received: 4, resolved: 2 },
        mainRisks: [
          {
            description: 'Rubber and plastics in Malaysia',
            tiers: [2],
            countries: ['MY'],
            vulnerableGroups: ['Migrant workers', 'Agency workers'],
            sites: 1,
          },
          {
            description: 'Textiles (spinning, weaving, finishing) in India',
            tiers: [3],
            countries: ['IN'],
            vulnerableGroups: ['Migrant workers', 'Women'],
            sites: 1,
          },
          {
            description: 'Apparel and garment manufacturing in Bangladesh',
            tiers: [1],
            countries: ['BD'],
            vulnerableGroups: ['Agency workers', 'Women'],
            sites: 1,
          },
        ],
        indicatorsFound: [
          'Retention of identity documents',
          'Withholding of wages',
          'Debt bondage',
          'Abusive working and living conditions',
          'Excessive overtime',
        ],
        remediation: {
          correctiveActionsClosed: 2,
          correctiveActionsOpened: 4,
          recruitmentFeesRepaid: [
            { currency: 'BDT', amountMinor: '0', text: 'BDT 0.00' },
            { currency: 'MYR', amountMinor: '115000000', text: 'MYR 1,150,000.00' },
          ],
          recruitmentFeesOutstanding: [
            { currency: 'BDT', amountMinor: '1350000000', text: 'BDT 13,500,000.00' },
            { currency: 'MYR', amountMinor: '80000000', text: 'MYR 800,000.00' },
          ],
          workersOwedRepayment: 800,
        },
        progressMeasures: [
          'Questionnaire response rate: 80%',
          'Share of audit visits unannounced: 50%',
          'Coverage of high-risk sites by due diligence: 75%',
          'Corrective actions overdue at the year-end: 3',
          'Grievances acknowledged within 7 days: 3 of 4',
        ],
      },
      notRecorded: [
        {
          field: 'statementUrl',
          reason:
            'Recorded when the statement is published: give the address of the page on your website.',
        },
      ],
    });
  });

  describe('areas', () => {
    it('covers an area only when its narrative has words in it', () => {
      const covered = (narratives: StatementNarratives) =>
        registryExport(input({ narratives })).areas.map((a) => [a.area, a.covered]);
      expect(covered({})).toEqual([
        ['structure', false],
        ['policies', false],
        ['due_diligence', false],
        ['risk', false],
        ['effectiveness', false],
        ['training', false],
      ]);
      expect(covered({ risk: 'x', training: '\n', policies: '' })).toEqual([
        ['structure', false],
        ['policies', false],
        ['due_diligence', false],
        ['risk', true],
        ['effectiveness', false],
        ['training', false],
      ]);
      // A regime's own narrative is not an s.54(5) area.
      expect(covered({ 'au_msa_s16.risks': 'x' }).filter(([, c]) => c)).toEqual([]);
    });

    it('says "not known" for shares of nothing, and counts zero, for empty records', () => {
      const empty = composeStatementContent({
        company: COMPANY,
        periods: PERIODS,
        snapshotAt: '2026-05-15T09:30:00Z',
        rows: emptyRows(),
      }).content;
      const exported = registryExport(input({ content: empty }));
      expect(exported.areas.map((a) => a.detail)).toEqual([
        '0 supplier sites in 0 countries, 0 workers; 0 recruitment agencies on 0 migration corridors.',
        '0 policies in force at the year-end.',
        '0 questionnaires sent (response rate not known); 0 audit visits, not known unannounced; not known of high-risk sites reached.',
        '0 sites rated high or critical, 0 sites not yet scored; 0 workers paid recruitment fees of more than one month’s wages.',
        '0 audit findings; 0 corrective actions opened, 0 closed, 0 overdue; 0 grievances received, 0 resolved.',
        '0 training sessions, 0 people trained.',
      ]);
      expect(exported.summary.remediation).toEqual({
        correctiveActionsClosed: 0,
        correctiveActionsOpened: 0,
        recruitmentFeesRepaid: [],
        recruitmentFeesOutstanding: [],
        workersOwedRepayment: 0,
      });
      expect(exported.summary.progressMeasures[0]).toBe('Questionnaire response rate: not known');
      expect(exported.summary.policies).toEqual({
        onWorkerPaidRecruitmentFees: false,
        onRetentionOfIdentityDocuments: false,
        inForce: [],
      });
      expect(exported.summary.trainingAudiences).toEqual([]);
      expect(exported.summary.mainRisks).toEqual([]);
    });
  });

  describe('turnover', () => {
    const periodEnd = PERIODS.current.to;

    it('converts a turnover in another currency at the rate valid at the year-end', () => {
      const exported = registryExport(
        input({
          content: withTurnover({ minor: '4200000000', currency: 'EUR' }),
          fxRates: [
            rate({ rate: '0.84', validOn: '2026-01-02' }),
            rate({ rate: '0.85', validOn: periodEnd }),
            // After the year-end: not used (at 0.90 the band would be £36m–£60m).
            rate({ rate: '0.90', validOn: '2026-04-01' }),
          ],
        }),
      );
      // EUR 42,000,000.00 × 0.85 = £35,700,000.00
      expect(exported.turnover).toEqual({
        band: 'under_36m',
        label: 'Under £36 million',
        basis: 'EUR 42,000,000.00 at EUR/GBP 0.85 (ECB reference rate, 2026-03-31)',
      });
      expect(exported.notRecorded.map((n) => n.field)).toEqual(['statementUrl']);
    });

    it('converts with a rate quoted the other way round', () => {
      const exported = registryExport(
        input({
          content: withTurnover({ minor: '5000000000', currency: 'USD' }),
          fxRates: [
            rate({
              base: 'GBP',
              quote: 'USD',
              rate: '1.25',
              validOn: '2026-03-02',
              source: 'Bank of England',
            }),
          ],
        }),
      );
      // USD 50,000,000.00 / 1.25 = £40,000,000.00
      expect(exported.turnover).toEqual({
        band: '36m_to_60m',
        label: '£36 million to £60 million',
        basis: 'USD 50,000,000.00 at GBP/USD 1.25 (Bank of England, 2026-03-02)',
      });
    });

    it('puts a converted turnover of exactly £36 million in "£36 million to £60 million"', () => {
      const exported = registryExport(
        input({
          content: withTurnover({ minor: '4000000000', currency: 'EUR' }),
          fxRates: [rate({ rate: '0.9' })],
        }),
      );
      expect(exported.turnover.band).toBe('36m_to_60m');
    });

    it('leaves the band to the officer, saying why, when no rate is recorded', () => {
      const exported = registryExport(
        input({
          content: withTurnover({ minor: '780000000000', currency: 'JPY' }),
          fxRates: [
            rate({}),
            rate({ base: 'JPY', quote: 'GBP', rate: '0.0052', validOn: '2026-04-01' }),
          ],
        }),
      );
      const reason =
        'Turnover is recorded in JPY and no JPY/GBP exchange rate valid at 2026-03-31 is recorded.';
      expect(exported.turnover).toEqual({ band: null, reason });
      expect(exported.notRecorded).toContainEqual({ field: 'turnover', reason });
    });

    it('leaves the band to the officer when the turnover is not recorded', () => {
      const exported = registryExport(input({ content: withTurnover(null) }));
      const reason = 'The company’s annual turnover is not recorded.';
      expect(exported.turnover).toEqual({ band: null, reason });
      expect(exported.notRecorded).toContainEqual({ field: 'turnover', reason });
    });
  });

  describe('years producing statements', () => {
    const years = (publishedYearEnds: string[]) =>
      registryExport(input({ publishedYearEnds })).yearsProducingStatements;

    it('is the first time with no other published year', () => {
      expect(years([])).toEqual({ years: 1, band: 'first', label: 'This is the first time' });
      // This statement's own year-end, already published, counts once.
      expect(years(['2026-03-31'])).toEqual({
        years: 1,
        band: 'first',
        label: 'This is the first time',
      });
    });

    it('is 1 to 5 years up to five years, and more than 5 after', () => {
      expect(years(['2025-03-31'])).toMatchObject({ years: 2, band: '1_to_5' });
      expect(years(['2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31'])).toMatchObject({
        years: 5,
        band: '1_to_5',
      });
      expect(years(['2021-03-31', '2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31'])).toEqual(
        { years: 6, band: 'more_than_5', label: 'More than 5 years' },
      );
      // A year published twice (two versions) is one year.
      expect(years(['2025-03-31', '2025-03-31', '2026-03-31'])).toMatchObject({ years: 2 });
      expect(YEARS_PRODUCING_BANDS.map((b) => b.code)).toEqual(['first', '1_to_5', 'more_than_5']);
    });
  });

  describe('approver and address', () => {
    it('names the approver only once approved and signed, else lists it as not recorded', () => {
      const unsigned = registryExport(input({ signature: null, status: 'approved' }));
      expect(unsigned.approver).toBeNull();
      expect(unsigned.notRecorded).toEqual([
        {
          field: 'statementUrl',
          reason:
            'Recorded when the statement is published: give the address of the page on your website.',
        },
        { field: 'approver', reason: 'The statement is not yet approved and signed.' },
      ]);
      expect(registryExport(input({ approval: null })).approver).toBeNull();
    });

    it('lists nothing as not recorded once published with an address and a turnover', () => {
      const exported = registryExport(
        input({ status: 'published', statementUrl: 'https://thistle.example/modern-slavery-2026' }),
      );
      expect(exported.statementUrl).toBe('https://thistle.example/modern-slavery-2026');
      expect(exported.notRecorded).toEqual([]);
    });

    it('shows the sector code when the sector is not in the taxonomy', () => {
      const other = { ...content, company: { ...COMPANY, sector: 'retail_fashion' } };
      expect(registryExport(input({ content: other })).sectors).toEqual([
        { code: 'retail_fashion', name: 'retail_fashion' },
      ]);
    });
  });
});
