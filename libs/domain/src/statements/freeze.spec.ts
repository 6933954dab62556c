import { financialYearEnding } from './deadlines';
import { feeBandOf, freezeStatementRecords, previousFinancialYear } from './freeze';
import { FROZEN_RECORD_KINDS, traceRecords, type FrozenRecords } from './frozen-records';
import {
  PERIODS,
  apparelBuyerRows,
  correctiveActionRow,
  emptyRows,
  engagementRow,
  feeRemediationRow,
  grievanceRow,
  rowsWith,
  siteRow,
} from './test-rows';

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((record) => record.id);
const factsById = <K extends keyof FrozenRecords>(records: FrozenRecords, kind: K) =>
  Object.fromEntries(records[kind].map((record) => [record.id, record.facts])) as Record<
    string,
    FrozenRecords[K][number]['facts']
  >;

describe('previousFinancialYear', () => {
  it('is the year before, ending the day before the current one starts', () => {
    expect(previousFinancialYear({ from: '2025-04-01', to: '2026-03-31' })).toEqual({
      from: '2024-04-01',
      to: '2025-03-31',
    });
    expect(previousFinancialYear({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    // A year-end mid-month.
    expect(previousFinancialYear({ from: '2025-07-16', to: '2026-07-15' })).toEqual({
      from: '2024-07-16',
      to: '2025-07-15',
    });
  });

  it('ends on 29 February in a leap year and starts on 1 March when 29 February has no twin', () => {
    // Year-end at the end of February: the previous year ends on 29 February 2024.
    expect(previousFinancialYear({ from: '2024-03-01', to: '2025-02-28' })).toEqual({
      from: '2023-03-01',
      to: '2024-02-29',
    });
    // A year that starts on 29 February: the year before cannot start on 29 February 2023.
    expect(previousFinancialYear({ from: '2024-02-29', to: '2025-02-28' })).toEqual({
      from: '2023-03-01',
      to: '2024-02-28',
    });
  });

  it('gives back the financial year deadlines.ts computes for the year before', () => {
    for (const yearEnd of [
      { month: 3, day: 31 },
      { month: 12, day: 31 },
      { month: 6, day: 30 },
      { month: 9, day: 15 },
      { month: 2, day: 31 },
    ])
      for (const endYear of [2023, 2024, 2025, 2026, 2028, 2029])
        expect({
          yearEnd,
          endYear,
          previous: previousFinancialYear(financialYearEnding(endYear, yearEnd)),
        }).toEqual({
          yearEnd,
          endYear,
          previous: financialYearEnding(endYear - 1, yearEnd),
        });
  });
});

describe('feeBandOf', () => {
  it('puts no fee, up to a month and more than a month in their bands', () => {
    expect(feeBandOf(0)).toBe('none');
    expect(feeBandOf(0.01)).toBe('up_to_one_month');
    expect(feeBandOf(0.5)).toBe('up_to_one_month');
    expect(feeBandOf(1)).toBe('up_to_one_month');
    expect(feeBandOf(1.01)).toBe('over_one_month');
    expect(feeBandOf(2.5)).toBe('over_one_month');
    expect(feeBandOf(14)).toBe('over_one_month');
  });

  it('never calls a fee that is not known fee-free', () => {
    expect(feeBandOf(null)).toBe('unknown');
    expect(feeBandOf(Number.NaN)).toBe('unknown');
    expect(feeBandOf(Number.POSITIVE_INFINITY)).toBe('unknown');
  });
});

describe('freezeStatementRecords', () => {
  const records = freezeStatementRecords(apparelBuyerRows(), PERIODS);

  it('freezes nothing from no rows', () => {
    const none = freezeStatementRecords(emptyRows(), PERIODS);
    for (const kind of FROZEN_RECORD_KINDS) expect(none[kind]).toEqual([]);
  });

  describe('sites', () => {
    it('copies every site with its workforce and classifies its risk', () => {
      expect(records.site).toHaveLength(7);
      expect(records.site[0]).toEqual({
        id: 'site-dhaka-knit',
        facts: {
          name: 'Dhaka Knit Composite',
          country: 'BD',
          sector: 'apparel_manufacturing',
          tier: 1,
          workers: 1200,
          migrant: 0,
          agency: 150,
          female: 780,
          band: 'high',
          score: 62,
          mainFactor: 'country',
          highRisk: true,
          questionnaire: true,
          audited: true,
          covered: true,
        },
      });
    });

    it('is high risk only when the band is high or critical, and unscored without a band', () => {
      const sites = factsById(records, 'site');
      expect(Object.entries(sites).map(([id, f]) => [id, f.band, f.highRisk, f.score])).toEqual([
        ['site-dhaka-knit', 'high', true, 62],
        ['site-chittagong-denim', 'medium', false, 48],
        ['site-penang-glove', 'critical', true, 81],
        ['site-johor-garment', 'high', true, 58],
        ['site-tiruppur-spinning', 'critical', true, 77],
        ['site-bengaluru-trims', 'unscored', false, null],
        ['site-sylhet-buttons', 'low', false, 22],
      ]);
    });

    it('counts a site as covered when it answered a questionnaire or was audited in the year', () => {
      const sites = factsById(records, 'site');
      expect(
        Object.values(sites).map((f) => [f.name, f.questionnaire, f.audited, f.covered]),
      ).toEqual([
        ['Dhaka Knit Composite', true, true, true],
        ['Chittagong Denim Mills', true, false, true],
        ['Penang Glove Works', false, true, true],
        ['Johor Garment Sdn Bhd', false, false, false],
        ['Tiruppur Spinning Co', true, false, true],
        ['Bengaluru Trims', false, false, false],
        ['Sylhet Buttons', true, true, true],
      ]);
    });
  });

  it('copies agencies as they are, unknown answers staying null', () => {
    expect(records.agency.map((a) => [a.id, a.facts])).toEqual([
      [
        'agency-kathmandu',
        {
          name: 'Kathmandu Overseas Manpower',
          licenceStatus: 'licensed',
          employerPays: false,
          deposit: true,
          retainsDocuments: true,
        },
      ],
      [
        'agency-himalayan',
        {
          name: 'Himalayan HR Services',
          licenceStatus: 'licensed',
          employerPays: true,
          deposit: false,
          retainsDocuments: false,
        },
      ],
      [
        'agency-dhaka',
        {
          name: 'Dhaka Staffing Solutions',
          licenceStatus: 'expired',
          employerPays: null,
          deposit: null,
          retainsDocuments: false,
        },
      ],
    ]);
  });

  it('names each engagement’s corridor and fee band', () => {
    expect(records.engagement[0].facts).toEqual({
      agency: 'Kathmandu Overseas Manpower',
      agencyId: 'agency-kathmandu',
      site: 'Penang Glove Works',
      origin: 'NP',
      destination: 'MY',
      corridor: 'NP→MY',
      workers: 400,
      feeMonths: 2.5,
      feeBand: 'over_one_month',
    });
    expect(records.engagement.map((e) => [e.id, e.facts.corridor, e.facts.feeBand])).toEqual([
      ['eng-kathmandu-penang', 'NP→MY', 'over_one_month'],
      ['eng-himalayan-penang', 'NP→MY', 'none'],
      ['eng-kathmandu-johor', 'NP→MY', 'unknown'],
      ['eng-dhaka-dhaka', 'BD→BD', 'up_to_one_month'],
      ['eng-dhaka-penang', 'BD→MY', 'up_to_one_month'],
    ]);
    expect(records.engagement[2].facts.feeMonths).toBeNull();
  });

  describe('which year a record falls in', () => {
    it('puts questionnaires in the year they were due, both ends included, and drops the rest', () => {
      expect(records.assignment.map((a) => [a.id, a.facts.year, a.facts.responded])).toEqual([
        ['q-dhaka-25', 'current', true],
        ['q-chittagong-25', 'current', true],
        ['q-penang-25', 'current', false],
        ['q-tiruppur-25', 'current', true],
        ['q-sylhet-25', 'current', true],
        ['q-dhaka-24', 'previous', true],
        ['q-penang-24', 'previous', false],
        ['q-chittagong-24', 'previous', true],
      ]);
      expect(records.assignment[0].facts).toEqual({
        year: 'current',
        site: 'Dhaka Knit Composite',
        template: 'Forced labour SAQ v2',
        status: 'submitted',
        responded: true,
      });
    });

    it('puts audits in the year of the visit; a blank audit firm is not a third party', () => {
      expect(
        records.audit.map((a) => [
          a.facts.reference,
          a.facts.year,
          a.facts.type,
          a.facts.thirdParty,
        ]),
      ).toEqual([
        ['AUD-2025-014', 'current', 'unannounced', true],
        ['AUD-2025-031', 'current', 'semi_announced', true],
        ['AUD-2025-047', 'current', 'announced', false],
        ['AUD-2026-002', 'current', 'unannounced', false],
        ['AUD-2024-088', 'previous', 'announced', true],
      ]);
      expect(records.audit[0].facts).toEqual({
        year: 'current',
        reference: 'AUD-2025-014',
        site: 'Dhaka Knit Composite',
        type: 'unannounced',
        thirdParty: true,
        visitedOn: '2025-05-12',
      });
    });

    it('puts findings in the year of their visit, with the indicators sorted', () => {
      expect(records.finding.map((f) => [f.id, f.facts.year, f.facts.indicators])).toEqual([
        ['finding-dhaka-hours', 'current', ['abusive_conditions', 'excessive_overtime']],
        ['finding-penang-passports', 'current', ['debt_bondage', 'retention_of_documents']],
        ['finding-penang-wages', 'current', ['withholding_of_wages']],
        ['finding-penang-hostel', 'current', ['abusive_conditions']],
        ['finding-dhaka-hours-24', 'previous', ['excessive_overtime']],
      ]);
    });

    it('does not reorder the rows’ own indicator lists', () => {
      const rows = apparelBuyerRows();
      freezeStatementRecords(rows, PERIODS);
      expect(rows.findings[0].indicators).toEqual(['excessive_overtime', 'abusive_conditions']);
    });

    it('puts grievances in the year received, and training in the year held', () => {
      expect(records.grievance.map((g) => [g.id, g.facts.year])).toEqual([
        ['g-passport', 'current'],
        ['g-overtime', 'current'],
        ['g-fumes', 'current'],
        ['g-loan', 'current'],
        ['g-wages-24', 'previous'],
        ['g-other-24', 'previous'],
      ]);
      expect(records.training.map((t) => [t.id, t.facts.year, t.facts.people])).toEqual([
        ['training-board', 'current', 9],
        ['training-procurement-1', 'current', 24],
        ['training-suppliers', 'current', 65],
        ['training-procurement-2', 'current', 12],
        ['training-all-staff-24', 'previous', 310],
      ]);
    });
  });

  describe('corrective actions', () => {
    it('records the year opened and closed and whether overdue at each year-end', () => {
      expect(
        records.corrective_action.map((a) => [
          a.id,
          a.facts.opened,
          a.facts.closed,
          a.facts.overdueCurrent,
          a.facts.overduePrevious,
        ]),
      ).toEqual([
        ['ca-dhaka-hours', 'current', 'current', false, false],
        ['ca-penang-passports', 'current', null, true, false],
        // Closed on 20 April 2026, after the year-end: still open (and late) on 31 March.
        ['ca-penang-wages', 'current', null, true, false],
        // Late and open at the end of FY 2024/25, closed in FY 2025/26.
        ['ca-dhaka-hours-24', 'previous', 'current', false, true],
        // Due on the year-end day itself: not yet overdue on it.
        ['ca-tiruppur', 'current', null, false, false],
        // Opened before both years, still open: overdue at both year-ends.
        ['ca-chittagong-stale', null, null, true, true],
      ]);
    });

    it('drops an action neither opened, closed nor overdue in the two years', () => {
      expect(ids(records.corrective_action)).not.toContain('ca-chittagong-old');
      const onlyFuture = freezeStatementRecords(
        rowsWith({
          correctiveActions: [
            correctiveActionRow({
              id: 'ca-open-not-due',
              openedOn: '2023-01-10',
              dueOn: '2027-01-01',
            }),
          ],
        }),
        PERIODS,
      );
      expect(onlyFuture.corrective_action).toEqual([]);
    });

    it('is not overdue at a year-end before it was opened', () => {
      const frozen = freezeStatementRecords(
        rowsWith({
          correctiveActions: [
            // Backdated due date, opened in the current year.
            correctiveActionRow({
              id: 'ca-backdated',
              openedOn: '2025-06-01',
              dueOn: '2025-01-15',
            }),
          ],
        }),
        PERIODS,
      );
      expect(frozen.corrective_action[0].facts).toMatchObject({
        opened: 'current',
        overdueCurrent: true,
        overduePrevious: false,
      });
    });

    it('is not overdue when closed on the year-end day', () => {
      const frozen = freezeStatementRecords(
        rowsWith({
          correctiveActions: [
            correctiveActionRow({
              dueOn: '2025-10-01',
              openedOn: '2025-06-01',
              closedOn: '2026-03-31',
            }),
          ],
        }),
        PERIODS,
      );
      expect(frozen.corrective_action[0].facts).toMatchObject({
        closed: 'current',
        overdueCurrent: false,
      });
    });

    it('reads a year not yet over at the snapshot', () => {
      const midYear = { ...PERIODS, snapshotOn: '2025-11-15' };
      const frozen = freezeStatementRecords(
        rowsWith({
          correctiveActions: [
            // Past due by the snapshot: overdue now, whatever happens by 31 March.
            correctiveActionRow({ id: 'late', dueOn: '2025-10-31', openedOn: '2025-08-25' }),
            // Due after the snapshot but before the year-end: not overdue yet.
            correctiveActionRow({ id: 'not-yet', dueOn: '2026-01-31', openedOn: '2025-08-25' }),
          ],
        }),
        midYear,
      );
      expect(frozen.corrective_action.map((a) => [a.id, a.facts.overdueCurrent])).toEqual([
        ['late', true],
        ['not-yet', false],
      ]);
    });
  });

  describe('fee remediation', () => {
    const remediations = factsById(records, 'fee_remediation');

    it('keeps remediations opened by the year-end, dropping one opened after it', () => {
      expect(ids(records.fee_remediation)).toEqual(['fr-penang', 'fr-johor', 'fr-dhaka']);
    });

    it('adds up repayments per year and what is still owed at each year-end', () => {
      expect(remediations['fr-penang']).toEqual({
        site: 'Penang Glove Works',
        agency: 'Kathmandu Overseas Manpower',
        workers: 400,
        currency: 'MYR',
        owed: '180000000',
        // 500,000.00 + 400,000.00 in FY 2025/26; the 30 April 2026 repayment is after the year-end.
        repaidCurrent: '90000000',
        repaidPrevious: '60000000',
        outstandingCurrent: '30000000',
        outstandingPrevious: '120000000',
        existsCurrent: true,
        existsPrevious: true,
      });
    });

    it('owes nothing at the end of a year before the remediation was opened', () => {
      expect(remediations['fr-johor']).toMatchObject({
        repaidCurrent: '25000000',
        repaidPrevious: '0',
        outstandingCurrent: '50000000',
        outstandingPrevious: '0',
        existsPrevious: false,
      });
      expect(remediations['fr-dhaka']).toMatchObject({
        agency: null,
        currency: 'BDT',
        repaidCurrent: '0',
        outstandingCurrent: '1350000000',
        outstandingPrevious: '0',
      });
    });

    it('adds amounts beyond 2^53 exactly', () => {
      const frozen = freezeStatementRecords(
        rowsWith({
          feeRemediations: [
            feeRemediationRow({
              currency: 'IDR',
              owedMinor: '90071992547409930',
              openedOn: '2024-05-01',
              repayments: [
                { paidOn: '2024-06-01', amountMinor: '9007199254740993' },
                { paidOn: '2025-05-01', amountMinor: '9007199254740993' },
                { paidOn: '2025-06-01', amountMinor: '1' },
              ],
            }),
          ],
        }),
        PERIODS,
      );
      expect(frozen.fee_remediation[0].facts).toMatchObject({
        repaidPrevious: '9007199254740993',
        repaidCurrent: '9007199254740994',
        outstandingPrevious: '81064793292668937',
        outstandingCurrent: '72057594037927943',
      });
    });

    it('counts repayments up to the snapshot while the year is not over', () => {
      const frozen = freezeStatementRecords(
        rowsWith({
          feeRemediations: [
            feeRemediationRow({
              owedMinor: '1000000',
              openedOn: '2025-06-01',
              repayments: [
                { paidOn: '2025-07-01', amountMinor: '300000' },
                { paidOn: '2025-11-15', amountMinor: '200000' },
              ],
            }),
            feeRemediationRow({ id: 'after-snapshot', openedOn: '2025-12-01' }),
          ],
        }),
        { ...PERIODS, snapshotOn: '2025-11-15' },
      );
      expect(ids(frozen.fee_remediation)).toEqual(['fr-x']);
      expect(frozen.fee_remediation[0].facts).toMatchObject({
        repaidCurrent: '500000',
        outstandingCurrent: '500000',
      });
    });
  });

  describe('grievances', () => {
    it('marks acknowledged within 7 days, resolved when closed, substantiated in full or in part', () => {
      expect(
        records.grievance.map((g) => [
          g.id,
          g.facts.acknowledgedInTime,
          g.facts.resolved,
          g.facts.substantiated,
        ]),
      ).toEqual([
        ['g-passport', true, true, true], // acknowledged on day 7
        ['g-overtime', false, true, false], // day 8
        ['g-fumes', true, false, false],
        ['g-loan', true, false, true], // partly substantiated, not yet closed
        ['g-wages-24', false, true, false], // withdrawn
        ['g-other-24', false, false, false], // never acknowledged
      ]);
      expect(records.grievance[0].facts).toEqual({
        year: 'current',
        category: 'retention_of_documents',
        receivedOn: '2025-05-02',
        acknowledgedOn: '2025-05-09',
        closedOn: '2025-06-01',
        outcome: 'substantiated',
        acknowledgedInTime: true,
        resolved: true,
        substantiated: true,
      });
    });

    it('does not count an unknown outcome as substantiated', () => {
      const frozen = freezeStatementRecords(
        rowsWith({ grievances: [grievanceRow({ outcome: 'upheld' })] }),
        PERIODS,
      );
      expect(frozen.grievance[0].facts.substantiated).toBe(false);
    });
  });

  it('copies the grievance channels with their own language lists', () => {
    const rows = apparelBuyerRows();
    const frozen = freezeStatementRecords(rows, PERIODS);
    expect(frozen.grievance_channel.map((c) => [c.id, c.facts])).toEqual([
      [
        'channel-amader-kotha',
        { name: 'Amader Kotha Helpline', scope: 'site', languages: ['bn', 'en'] },
      ],
      [
        'channel-np-my',
        {
          name: 'Nepal–Malaysia Migrant Worker Hotline',
          scope: 'corridor',
          languages: ['ne', 'ms', 'en'],
        },
      ],
    ]);
    rows.grievanceChannels[0].languages.push('hi');
    expect(frozen.grievance_channel[0].facts.languages).toEqual(['bn', 'en']);
  });

  it('lists the policies adopted by the year-end, and none adopted after it', () => {
    expect(records.policy.map((p) => [p.id, p.facts.adoptedOn])).toEqual([
      ['policy-msht', '2025-06-01'],
      ['policy-scoc', '2023-02-14'],
      ['policy-fees', '2026-03-31'],
    ]);
    expect(records.policy[0].facts).toEqual({
      title: 'Modern Slavery and Human Trafficking Policy',
      topic: 'modern_slavery',
      version: '3.0',
      adoptedOn: '2025-06-01',
      url: 'https://thistle.example/policies/modern-slavery',
    });
    // Mid-year, the snapshot is the cut-off.
    const midYear = freezeStatementRecords(apparelBuyerRows(), {
      ...PERIODS,
      snapshotOn: '2025-12-01',
    });
    expect(ids(midYear.policy)).toEqual(['policy-msht', 'policy-scoc']);
  });

  it('classifies once, so a trace on the frozen facts finds the rows the rules describe', () => {
    const frozen = freezeStatementRecords(
      rowsWith({
        sites: [
          siteRow({ id: 'a', band: 'critical' }),
          siteRow({ id: 'b', band: null, score: null }),
          siteRow({ id: 'c', band: 'low' }),
        ],
        engagements: [
          engagementRow({ id: 'e1', feeMonths: null }),
          engagementRow({ id: 'e2', feeMonths: 0 }),
        ],
      }),
      PERIODS,
    );
    expect(ids(traceRecords(frozen, { kind: 'site', where: { highRisk: true } }))).toEqual(['a']);
    expect(ids(traceRecords(frozen, { kind: 'site', where: { band: 'unscored' } }))).toEqual(['b']);
    expect(ids(traceRecords(frozen, { kind: 'engagement', where: { feeBand: 'none' } }))).toEqual([
      'e2',
    ]);
  });
});
