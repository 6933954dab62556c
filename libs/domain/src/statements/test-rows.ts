import type { StatementSourceRows, StatementPeriods } from './freeze';
import type { StatementCompany } from './statement';

/**
 * Fixtures for the statement specs: a UK apparel buyer with a 31 March year-end, sites in
 * Bangladesh, Malaysia and India, and Nepali and Bangladeshi workers placed by agencies in
 * Malaysia. The figures the specs expect from these rows are worked out by hand in the specs.
 */

export const COMPANY: StatementCompany = {
  id: 'co-thistle',
  name: 'Thistle & Thread Apparel Ltd',
  registrationNumber: 'SC123456',
  hqCountry: 'GB',
  sector: 'apparel_manufacturing',
  // £48.5 million.
  turnover: { minor: '4850000000', currency: 'GBP' },
};

/** FY 2025/26 (1 April 2025 – 31 March 2026), read six weeks after the year-end. */
export const PERIODS: StatementPeriods = {
  current: { from: '2025-04-01', to: '2026-03-31' },
  previous: { from: '2024-04-01', to: '2025-03-31' },
  snapshotOn: '2026-05-15',
};

type Rows = StatementSourceRows;
type Row<K extends keyof Rows> = Rows[K][number];

/** No rows at all. */
export function emptyRows(): StatementSourceRows {
  return {
    sites: [],
    agencies: [],
    engagements: [],
    assignments: [],
    audits: [],
    findings: [],
    correctiveActions: [],
    feeRemediations: [],
    grievances: [],
    grievanceChannels: [],
    policies: [],
    training: [],
  };
}

/** Only the given rows; every other list empty. */
export function rowsWith(partial: Partial<StatementSourceRows>): StatementSourceRows {
  return { ...emptyRows(), ...partial };
}

export function siteRow(overrides: Partial<Row<'sites'>> = {}): Row<'sites'> {
  return {
    id: 'site-x',
    name: 'A site',
    country: 'BD',
    sector: 'apparel_manufacturing',
    tier: 1,
    workers: 100,
    migrant: 0,
    agency: 0,
    female: 50,
    score: 40,
    band: 'medium',
    mainFactor: 'country',
    answeredInYear: false,
    auditedInYear: false,
    ...overrides,
  };
}

export function engagementRow(overrides: Partial<Row<'engagements'>> = {}): Row<'engagements'> {
  return {
    id: 'eng-x',
    agencyId: 'agency-x',
    agency: 'An agency',
    site: 'A site',
    origin: 'NP',
    destination: 'MY',
    workers: 10,
    feeMonths: 0,
    ...overrides,
  };
}

export function correctiveActionRow(
  overrides: Partial<Row<'correctiveActions'>> = {},
): Row<'correctiveActions'> {
  return {
    id: 'ca-x',
    site: 'A site',
    severity: 'major',
    dueOn: '2025-09-30',
    openedOn: '2025-06-01',
    closedOn: null,
    ...overrides,
  };
}

export function feeRemediationRow(
  overrides: Partial<Row<'feeRemediations'>> = {},
): Row<'feeRemediations'> {
  return {
    id: 'fr-x',
    site: 'A site',
    agency: 'An agency',
    workers: 10,
    currency: 'MYR',
    owedMinor: '1000000',
    openedOn: '2025-06-01',
    repayments: [],
    ...overrides,
  };
}

export function grievanceRow(overrides: Partial<Row<'grievances'>> = {}): Row<'grievances'> {
  return {
    id: 'g-x',
    category: 'other',
    receivedOn: '2025-06-01',
    acknowledgedOn: null,
    closedOn: null,
    outcome: null,
    ...overrides,
  };
}

/**
 * The buyer's records for FY 2025/26 and FY 2024/25. Rows dated outside both years, or after the
 * year-end, are there on purpose: the freeze must drop or ignore them.
 */
export function apparelBuyerRows(): StatementSourceRows {
  return {
    sites: [
      siteRow({
        id: 'site-dhaka-knit',
        name: 'Dhaka Knit Composite',
        country: 'BD',
        sector: 'apparel_manufacturing',
        tier: 1,
        workers: 1200,
        migrant: 0,
        agency: 150,
        female: 780,
        score: 62,
        band: 'high',
        mainFactor: 'country',
        answeredInYear: true,
        auditedInYear: true,
      }),
      siteRow({
        id: 'site-chittagong-denim',
        name: 'Chittagong Denim Mills',
        country: 'BD',
        sector: 'textiles',
        tier: 2,
        workers: 800,
        migrant: 0,
        agency: 0,
        female: 300,
        score: 48,
        band: 'medium',
        mainFactor: 'sector',
        answeredInYear: true,
        auditedInYear: false,
      }),
      siteRow({
        id: 'site-penang-glove',
        name: 'Penang Glove Works',
        country: 'MY',
        sector: 'rubber_plastics',
        tier: 2,
        workers: 950,
        migrant: 700,
        agency: 600,
        female: 200,
        score: 81,
        band: 'critical',
        mainFactor: 'recruitment',
        answeredInYear: false,
        auditedInYear: true,
      }),
      siteRow({
        id: 'site-johor-garment',
        name: 'Johor Garment Sdn Bhd',
        country: 'MY',
        sector: 'apparel_manufacturing',
        tier: 1,
        workers: 400,
        migrant: 250,
        agency: 250,
        female: 260,
        score: 58,
        band: 'high',
        mainFactor: 'recruitment',
        answeredInYear: false,
        auditedInYear: false,
      }),
      siteRow({
        id: 'site-tiruppur-spinning',
        name: 'Tiruppur Spinning Co',
        country: 'IN',
        sector: 'textiles',
        tier: 3,
        workers: 600,
        migrant: 120,
        agency: 0,
        female: 420,
        score: 77,
        band: 'critical',
        mainFactor: 'findings',
        answeredInYear: true,
        auditedInYear: false,
      }),
      siteRow({
        id: 'site-bengaluru-trims',
        name: 'Bengaluru Trims',
        country: 'IN',
        sector: 'apparel_manufacturing',
        tier: 1,
        workers: 150,
        migrant: 0,
        agency: 0,
        female: 90,
        score: null,
        band: null,
        mainFactor: null,
        answeredInYear: false,
        auditedInYear: false,
      }),
      siteRow({
        id: 'site-sylhet-buttons',
        name: 'Sylhet Buttons',
        country: 'BD',
        sector: 'apparel_manufacturing',
        tier: 1,
        workers: 300,
        migrant: 0,
        agency: 0,
        female: 200,
        score: 22,
        band: 'low',
        mainFactor: 'country',
        answeredInYear: true,
        auditedInYear: true,
      }),
    ],
    agencies: [
      {
        id: 'agency-kathmandu',
        name: 'Kathmandu Overseas Manpower',
        licenceStatus: 'licensed',
        employerPays: false,
        deposit: true,
        retainsDocuments: true,
      },
      {
        id: 'agency-himalayan',
        name: 'Himalayan HR Services',
        licenceStatus: 'licensed',
        employerPays: true,
        deposit: false,
        retainsDocuments: false,
      },
      {
        id: 'agency-dhaka',
        name: 'Dhaka Staffing Solutions',
        licenceStatus: 'expired',
        employerPays: null,
        deposit: null,
        retainsDocuments: false,
      },
    ],
    engagements: [
      engagementRow({
        id: 'eng-kathmandu-penang',
        agencyId: 'agency-kathmandu',
        agency: 'Kathmandu Overseas Manpower',
        site: 'Penang Glove Works',
        origin: 'NP',
        destination: 'MY',
        workers: 400,
        feeMonths: 2.5,
      }),
      engagementRow({
        id: 'eng-himalayan-penang',
        agencyId: 'agency-himalayan',
        agency: 'Himalayan HR Services',
        site: 'Penang Glove Works',
        origin: 'NP',
        destination: 'MY',
        workers: 200,
        feeMonths: 0,
      }),
      engagementRow({
        id: 'eng-kathmandu-johor',
        agencyId: 'agency-kathmandu',
        agency: 'Kathmandu Overseas Manpower',
        site: 'Johor Garment Sdn Bhd',
        origin: 'NP',
        destination: 'MY',
        workers: 250,
        feeMonths: null,
      }),
      engagementRow({
        id: 'eng-dhaka-dhaka',
        agencyId: 'agency-dhaka',
        agency: 'Dhaka Staffing Solutions',
        site: 'Dhaka Knit Composite',
        origin: 'BD',
        destination: 'BD',
        workers: 150,
        feeMonths: 0.5,
      }),
      engagementRow({
        id: 'eng-dhaka-penang',
        agencyId: 'agency-dhaka',
        agency: 'Dhaka Staffing Solutions',
        site: 'Penang Glove Works',
        origin: 'BD',
        destination: 'MY',
        workers: 100,
        feeMonths: 1,
      }),
    ],
    assignments: [
      // FY 2025/26
      {
        id: 'q-dhaka-25',
        site: 'Dhaka Knit Composite',
        template: 'Forced labour SAQ v2',
        status: 'submitted',
        dueOn: '2025-06-30',
        submittedOn: '2025-06-20',
      },
      {
        id: 'q-chittagong-25',
        site: 'Chittagong Denim Mills',
        template: 'Forced labour SAQ v2',
        status: 'submitted',
        dueOn: '2025-09-30',
        submittedOn: '2025-10-05',
      },
      {
        id: 'q-penang-25',
        site: 'Penang Glove Works',
        template: 'Forced labour SAQ v2',
        status: 'overdue',
        dueOn: '2025-11-30',
        submittedOn: null,
      },
      {
        id: 'q-tiruppur-25',
        site: 'Tiruppur Spinning Co',
        template: 'Forced labour SAQ v2',
        status: 'submitted',
        dueOn: '2026-01-31',
        submittedOn: '2026-01-15',
      },
      {
        id: 'q-sylhet-25',
        site: 'Sylhet Buttons',
        template: 'Forced labour SAQ v2',
        status: 'submitted',
        dueOn: '2026-03-31',
        submittedOn: '2026-03-31',
      },
      // Due after the year-end: in neither year.
      {
        id: 'q-johor-26',
        site: 'Johor Garment Sdn Bhd',
        template: 'Forced labour SAQ v2',
        status: 'sent',
        dueOn: '2026-04-15',
        submittedOn: null,
      },
      // FY 2024/25
      {
        id: 'q-dhaka-24',
        site: 'Dhaka Knit Composite',
        template: 'Forced labour SAQ v1',
        status: 'submitted',
        dueOn: '2024-07-31',
        submittedOn: '2024-07-30',
      },
      {
        id: 'q-penang-24',
        site: 'Penang Glove Works',
        template: 'Forced labour SAQ v1',
        status: 'overdue',
        dueOn: '2024-10-31',
        submittedOn: null,
      },
      {
        id: 'q-chittagong-24',
        site: 'Chittagong Denim Mills',
        template: 'Forced labour SAQ v1',
        status: 'submitted',
        dueOn: '2025-03-31',
        submittedOn: '2025-03-01',
      },
      // FY 2023/24: in neither year.
      {
        id: 'q-dhaka-23',
        site: 'Dhaka Knit Composite',
        template: 'Forced labour SAQ v1',
        status: 'submitted',
        dueOn: '2024-03-31',
        submittedOn: '2024-03-20',
      },
    ],
    audits: [
      {
        id: 'audit-dhaka-25',
        reference: 'AUD-2025-014',
        site: 'Dhaka Knit Composite',
        type: 'unannounced',
        auditFirm: 'Elevate',
        visitedOn: '2025-05-12',
      },
      {
        id: 'audit-penang-25',
        reference: 'AUD-2025-031',
        site: 'Penang Glove Works',
        type: 'semi_announced',
        auditFirm: 'SGS',
        visitedOn: '2025-08-20',
      },
      {
        id: 'audit-sylhet-25',
        reference: 'AUD-2025-047',
        site: 'Sylhet Buttons',
        type: 'announced',
        auditFirm: null,
        visitedOn: '2025-11-03',
      },
      {
        id: 'audit-penang-26',
        reference: 'AUD-2026-002',
        site: 'Penang Glove Works',
        type: 'unannounced',
        auditFirm: '   ',
        visitedOn: '2026-02-10',
      },
      {
        id: 'audit-dhaka-24',
        reference: 'AUD-2024-088',
        site: 'Dhaka Knit Composite',
        type: 'announced',
        auditFirm: 'Bureau Veritas',
        visitedOn: '2024-09-15',
      },
      {
        id: 'audit-penang-23',
        reference: 'AUD-2023-101',
        site: 'Penang Glove Works',
        type: 'announced',
        auditFirm: 'SGS',
        visitedOn: '2024-03-31',
      },
    ],
    findings: [
      {
        id: 'finding-dhaka-hours',
        audit: 'AUD-2025-014',
        site: 'Dhaka Knit Composite',
        severity: 'major',
        category: 'working_hours',
        indicators: ['excessive_overtime', 'abusive_conditions'],
        visitedOn: '2025-05-12',
      },
      {
        id: 'finding-penang-passports',
        audit: 'AUD-2025-031',
        site: 'Penang Glove Works',
        severity: 'critical',
        category: 'recruitment',
        indicators: ['retention_of_documents', 'debt_bondage'],
        visitedOn: '2025-08-20',
      },
      {
        id: 'finding-penang-wages',
        audit: 'AUD-2025-031',
        site: 'Penang Glove Works',
        severity: 'major',
        category: 'wages',
        indicators: ['withholding_of_wages'],
        visitedOn: '2025-08-20',
      },
      {
        id: 'finding-penang-hostel',
        audit: 'AUD-2026-002',
        site: 'Penang Glove Works',
        severity: 'minor',
        category: 'housing',
        indicators: ['abusive_conditions'],
        visitedOn: '2026-02-10',
      },
      {
        id: 'finding-dhaka-hours-24',
        audit: 'AUD-2024-088',
        site: 'Dhaka Knit Composite',
        severity: 'critical',
        category: 'working_hours',
        indicators: ['excessive_overtime'],
        visitedOn: '2024-09-15',
      },
      {
        id: 'finding-penang-23',
        audit: 'AUD-2023-101',
        site: 'Penang Glove Works',
        severity: 'observation',
        category: 'recruitment',
        indicators: ['debt_bondage'],
        visitedOn: '2024-03-31',
      },
    ],
    correctiveActions: [
      // Opened and closed in time within FY 2025/26.
      correctiveActionRow({
        id: 'ca-dhaka-hours',
        site: 'Dhaka Knit Composite',
        severity: 'major',
        dueOn: '2025-07-31',
        openedOn: '2025-05-20',
        closedOn: '2025-07-15',
      }),
      // Opened in FY 2025/26, past due and still open.
      correctiveActionRow({
        id: 'ca-penang-passports',
        site: 'Penang Glove Works',
        severity: 'critical',
        dueOn: '2025-10-31',
        openedOn: '2025-08-25',
        closedOn: null,
      }),
      // Past due at the year-end, closed after it (before the snapshot).
      correctiveActionRow({
        id: 'ca-penang-wages',
        site: 'Penang Glove Works',
        severity: 'major',
        dueOn: '2025-09-30',
        openedOn: '2025-08-25',
        closedOn: '2026-04-20',
      }),
      // Opened in FY 2024/25, overdue at its year-end, closed in FY 2025/26.
      correctiveActionRow({
        id: 'ca-dhaka-hours-24',
        site: 'Dhaka Knit Composite',
        severity: 'critical',
        dueOn: '2024-12-31',
        openedOn: '2024-09-20',
        closedOn: '2025-06-30',
      }),
      // Due on the year-end day itself: not overdue at it.
      correctiveActionRow({
        id: 'ca-tiruppur',
        site: 'Tiruppur Spinning Co',
        severity: 'major',
        dueOn: '2026-03-31',
        openedOn: '2026-01-10',
        closedOn: null,
      }),
      // Opened and closed in FY 2023/24: nothing to do with these two years.
      correctiveActionRow({
        id: 'ca-chittagong-old',
        site: 'Chittagong Denim Mills',
        severity: 'minor',
        dueOn: '2023-08-01',
        openedOn: '2023-05-01',
        closedOn: '2023-07-15',
      }),
      // Opened in FY 2023/24 and still open: overdue at both year-ends.
      correctiveActionRow({
        id: 'ca-chittagong-stale',
        site: 'Chittagong Denim Mills',
        severity: 'major',
        dueOn: '2024-01-31',
        openedOn: '2023-11-01',
        closedOn: null,
      }),
    ],
    feeRemediations: [
      feeRemediationRow({
        id: 'fr-penang',
        site: 'Penang Glove Works',
        agency: 'Kathmandu Overseas Manpower',
        workers: 400,
        currency: 'MYR',
        owedMinor: '180000000',
        openedOn: '2024-11-01',
        repayments: [
          { paidOn: '2025-02-15', amountMinor: '60000000' },
          { paidOn: '2025-06-30', amountMinor: '50000000' },
          { paidOn: '2026-02-28', amountMinor: '40000000' },
          // After the year-end: neither repaid in the year nor deducted at the year-end.
          { paidOn: '2026-04-30', amountMinor: '10000000' },
        ],
      }),
      feeRemediationRow({
        id: 'fr-johor',
        site: 'Johor Garment Sdn Bhd',
        agency: 'Kathmandu Overseas Manpower',
        workers: 250,
        currency: 'MYR',
        owedMinor: '75000000',
        openedOn: '2025-09-01',
        repayments: [{ paidOn: '2026-01-15', amountMinor: '25000000' }],
      }),
      feeRemediationRow({
        id: 'fr-dhaka',
        site: 'Dhaka Knit Composite',
        agency: null,
        workers: 150,
        currency: 'BDT',
        owedMinor: '1350000000',
        openedOn: '2026-02-01',
        repayments: [],
      }),
      // Opened after the year-end: not part of the statement.
      feeRemediationRow({
        id: 'fr-tiruppur-late',
        site: 'Tiruppur Spinning Co',
        agency: null,
        workers: 30,
        currency: 'INR',
        owedMinor: '4500000',
        openedOn: '2026-04-10',
        repayments: [],
      }),
    ],
    grievances: [
      grievanceRow({
        id: 'g-passport',
        category: 'retention_of_documents',
        receivedOn: '2025-05-02',
        acknowledgedOn: '2025-05-09',
        closedOn: '2025-06-01',
        outcome: 'substantiated',
      }),
      grievanceRow({
        id: 'g-overtime',
        category: 'excessive_overtime',
        receivedOn: '2025-07-10',
        acknowledgedOn: '2025-07-18',
        closedOn: '2025-09-08',
        outcome: 'not_substantiated',
      }),
      grievanceRow({
        id: 'g-fumes',
        category: 'health_and_safety',
        receivedOn: '2025-10-01',
        acknowledgedOn: '2025-10-03',
        closedOn: null,
        outcome: null,
      }),
      grievanceRow({
        id: 'g-loan',
        category: 'debt_bondage',
        receivedOn: '2026-03-20',
        acknowledgedOn: '2026-03-22',
        closedOn: null,
        outcome: 'partly_substantiated',
      }),
      grievanceRow({
        id: 'g-wages-24',
        category: 'withholding_of_wages',
        receivedOn: '2024-12-01',
        acknowledgedOn: '2024-12-10',
        closedOn: '2025-01-20',
        outcome: 'withdrawn',
      }),
      grievanceRow({
        id: 'g-other-24',
        category: 'other',
        receivedOn: '2024-04-01',
        acknowledgedOn: null,
        closedOn: null,
        outcome: null,
      }),
      // Received after the year-end.
      grievanceRow({
        id: 'g-late',
        category: 'deception',
        receivedOn: '2026-04-02',
        acknowledgedOn: '2026-04-03',
        closedOn: null,
        outcome: null,
      }),
    ],
    grievanceChannels: [
      {
        id: 'channel-amader-kotha',
        name: 'Amader Kotha Helpline',
        scope: 'site',
        languages: ['bn', 'en'],
      },
      {
        id: 'channel-np-my',
        name: 'Nepal–Malaysia Migrant Worker Hotline',
        scope: 'corridor',
        languages: ['ne', 'ms', 'en'],
      },
    ],
    policies: [
      {
        id: 'policy-msht',
        title: 'Modern Slavery and Human Trafficking Policy',
        topic: 'modern_slavery',
        version: '3.0',
        adoptedOn: '2025-06-01',
        url: 'https://thistle.example/policies/modern-slavery',
      },
      {
        id: 'policy-scoc',
        title: 'Supplier Code of Conduct',
        topic: 'supplier_code_of_conduct',
        version: '5.0',
        adoptedOn: '2023-02-14',
        url: null,
      },
      {
        id: 'policy-fees',
        title: 'Responsible Recruitment and Employer Pays Policy',
        topic: 'recruitment_fees',
        version: '1.1',
        adoptedOn: '2026-03-31',
        url: null,
      },
      // Adopted after the year-end: not in force at it.
      {
        id: 'policy-documents',
        title: 'Identity Documents Policy',
        topic: 'identity_documents',
        version: '1.0',
        adoptedOn: '2026-04-20',
        url: null,
      },
    ],
    training: [
      {
        id: 'training-board',
        heldOn: '2025-05-14',
        topic: 'Forced labour indicators',
        audience: 'board',
        people: 9,
        provider: 'Stronger Together',
      },
      {
        id: 'training-procurement-1',
        heldOn: '2025-09-09',
        topic: 'Responsible recruitment',
        audience: 'procurement',
        people: 24,
        provider: null,
      },
      {
        id: 'training-suppliers',
        heldOn: '2026-01-20',
        topic: 'Responsible recruitment',
        audience: 'suppliers',
        people: 65,
        provider: 'Stronger Together',
      },
      {
        id: 'training-procurement-2',
        heldOn: '2025-11-11',
        topic: 'Purchasing practices',
        audience: 'procurement',
        people: 12,
        provider: null,
      },
      {
        id: 'training-all-staff-24',
        heldOn: '2024-06-05',
        topic: 'Modern slavery awareness',
        audience: 'all_staff',
        people: 310,
        provider: null,
      },
      {
        id: 'training-late',
        heldOn: '2026-04-05',
        topic: 'Modern slavery awareness',
        audience: 'all_staff',
        people: 280,
        provider: null,
      },
    ],
  };
}
