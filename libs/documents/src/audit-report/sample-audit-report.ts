import type { AuditReportView } from './audit-report-view';

type Finding = AuditReportView['findings'][number];

interface FindingKind {
  category: string;
  severity: Finding['severity'];
  indicators: string[];
  describe: (i: number) => string;
  workersAffected: (i: number) => number | null;
  feesPaid: (i: number) => string | null;
}

const usd = (amount: number): string =>
  `USD ${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Typical forced-labour audit findings at a garment factory employing Cambodian migrant workers. */
const KINDS: readonly FindingKind[] = [
  {
    category: 'Identity documents',
    severity: 'critical',
    indicators: ['Retention of identity documents', 'Restriction of movement'],
    describe: (i) =>
      `Passports of ${8 + (i % 23)} Cambodian workers were held by the employer in a locked cabinet in the HR office of dormitory block ${1 + (i % 4)}. Workers said they had to apply in writing and wait up to ${7 + (i % 8)} days to get them back, including to travel home.`,
    workersAffected: (i) => 8 + (i % 23),
    feesPaid: () => null,
  },
  {
    category: 'Recruitment fees and costs',
    severity: 'critical',
    indicators: ['Debt bondage', 'Deception'],
    describe: (i) =>
      `${5 + (i % 17)} workers hired through Sông Hồng Manpower JSC said they paid recruitment and placement fees to a sub-agent in Kampong Cham before departure; ${2 + (i % 6)} of them are still repaying loans taken out for the fees through monthly wage deductions.`,
    workersAffected: (i) => 5 + (i % 17),
    feesPaid: (i) => usd(1_200 + (i % 7) * 150),
  },
  {
    category: 'Working hours',
    severity: 'major',
    indicators: ['Excessive overtime'],
    describe: (i) =>
      `Time records for sewing line ${1 + (i % 12)} show ${66 + (i % 13)}-hour weeks in February 2026: overtime reached ${58 + (i % 30)} hours in the month, above the legal limit of 40 hours a month, and rest days were skipped for ${2 + (i % 4)} consecutive weeks.`,
    workersAffected: (i) => 30 + (i % 41),
    feesPaid: () => null,
  },
  {
    category: 'Wages and deductions',
    severity: 'critical',
    indicators: ['Withholding of wages', 'Debt bondage'],
    describe: (i) =>
      `The first month's wages of new hires are withheld as a "retention deposit" repaid only after ${6 + (i % 7)} months of service; ${1 + (i % 9)} workers who resigned earlier forfeited it.`,
    workersAffected: (i) => 12 + (i % 25),
    feesPaid: () => null,
  },
  {
    category: 'Freedom of movement',
    severity: 'major',
    indicators: ['Restriction of movement', 'Abusive working and living conditions'],
    describe: (i) =>
      `Dormitory gates are locked from 22:00 to 05:00 and workers need a supervisor's signed pass to leave the compound on rest days; guards at gate ${1 + (i % 3)} keep a logbook of exits.`,
    workersAffected: () => null,
    feesPaid: () => null,
  },
  {
    category: 'Contracts',
    severity: 'minor',
    indicators: ['Deception'],
    describe: (i) =>
      `Employment contracts of ${3 + (i % 11)} Khmer-speaking workers were in Vietnamese only; the workers could not say what their overtime rate or notice period was.`,
    workersAffected: (i) => 3 + (i % 11),
    feesPaid: () => null,
  },
  {
    category: 'Intimidation and threats',
    severity: 'major',
    indicators: ['Intimidation and threats', 'Abuse of vulnerability'],
    describe: (i) =>
      `Workers on sewing line ${1 + (i % 12)} said supervisors threatened to report them to the immigration police if they complained about unpaid overtime.`,
    workersAffected: () => null,
    feesPaid: () => null,
  },
  {
    category: 'Grievance mechanism',
    severity: 'observation',
    indicators: [],
    describe: (i) =>
      `The grievance box at gate ${1 + (i % 3)} is in view of a CCTV camera and is opened by the HR manager alone; no grievance was logged in the last ${3 + (i % 9)} months.`,
    workersAffected: () => null,
    feesPaid: () => null,
  },
];

const STATUSES = ['Open', 'In progress', 'Evidence submitted', 'Verified closed'];
const DUE_DAYS: Record<Finding['severity'], number> = {
  critical: 30,
  major: 60,
  minor: 90,
  observation: 120,
};

/**
 * A realistic audit report view (Vietnamese site, Turkish buyer, diacritics throughout) with
 * `findingCount` findings, for the renderer's tests and benchmark. Each description ends with its
 * own evidence reference, so every finding's text is unique.
 */
export function sampleAuditReportView(findingCount = 200): AuditReportView {
  const reference = 'AUD-2026-0007';
  const findings: Finding[] = Array.from({ length: findingCount }, (_, index) => {
    const kind = KINDS[index % KINDS.length];
    const number = index + 1;
    return {
      number,
      category: kind.category,
      severity: kind.severity,
      indicators: kind.indicators,
      description: `${kind.describe(index)} Evidence reference ${reference}-E${String(number).padStart(3, '0')}.`,
      workersAffected: kind.workersAffected(index),
      feesPaid: kind.feesPaid(index),
    };
  });
  const base = Date.UTC(2026, 2, 20);
  return {
    organisationName: 'Anatolia Denim Tekstil A.Ş.',
    site: {
      name: 'Xưởng may Đồng Tiến – Nhơn Trạch',
      country: 'Viet Nam',
      address: 'Lô C-12, Khu công nghiệp Nhơn Trạch 3, Huyện Nhơn Trạch, Tỉnh Đồng Nai',
    },
    audit: {
      reference,
      type: 'unannounced',
      auditFirm: 'Mekong Social Compliance Co., Ltd.',
      auditors: ['Nguyễn Thị Lan', 'Ayşe Yılmaz', 'Trần Văn Hùng'],
      scope: [
        'Recruitment and recruitment fees',
        'Identity documents',
        'Wages and deductions',
        'Working hours and overtime',
        'Freedom of movement and dormitories',
        'Grievance mechanism',
      ],
    },
    visit: {
      arrivedAt: '2026-03-10T00:45:00Z',
      access: 'delayed',
      accessNote:
        'Security kept the audit team at the gate for 40 minutes until the factory manager arrived; the production floor was visited from 08:30 local time.',
      workersInterviewed: {
        female: 38,
        male: 14,
        otherGender: 1,
        migrant: 22,
        agency: 17,
        onSite: 41,
        offSite: 12,
      },
      documentsReviewed: [
        'Employment contracts (sample of 40)',
        'Payroll records, December 2025 to February 2026',
        'Time and attendance records',
        'Recruitment agency service agreement',
        'Dormitory rules',
        'Grievance log',
      ],
      redFlags: [
        'Passports held by the employer',
        'Recruitment fees paid by workers',
        'Overtime above the legal limit',
        'Dormitory exits restricted at night',
      ],
      summary:
        'Migrant workers recruited through a Vietnamese agency and a Cambodian sub-agent paid recruitment fees and had their passports held by the employer. Overtime on several sewing lines exceeded the legal limit for three consecutive months. Management agreed to return all passports within seven days and to reimburse fees under the employer-pays principle.',
    },
    findings,
    correctiveActions: findings
      .filter((finding) => finding.severity !== 'observation')
      .map((finding, index) => ({
        findingNumber: finding.number,
        severity: finding.severity,
        dueOn: new Date(base + DUE_DAYS[finding.severity] * 86_400_000).toISOString().slice(0, 10),
        status: STATUSES[index % STATUSES.length],
      })),
    submittedAt: '2026-03-12T10:20:00Z',
    generatedAt: '2026-03-20T09:00:00Z',
  };
}
