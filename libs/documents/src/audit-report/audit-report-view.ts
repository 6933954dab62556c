export interface AuditReportView {
  organisationName: string;
  site: { name: string; country: string; address: string | null };
  audit: {
    reference: string; // e.g. "AUD-2026-0007"
    type: 'announced' | 'semi_announced' | 'unannounced';
    auditFirm: string | null;
    auditors: string[]; // names
    scope: string[]; // human-readable indicator/topic names
  };
  visit: {
    arrivedAt: string; // ISO date-time
    access: 'granted' | 'delayed' | 'denied';
    accessNote: string | null;
    workersInterviewed: {
      female: number;
      male: number;
      otherGender: number;
      migrant: number;
      agency: number;
      onSite: number;
      offSite: number;
    };
    documentsReviewed: string[]; // human-readable labels
    redFlags: string[]; // human-readable labels, may be empty
    summary: string | null;
  };
  findings: Array<{
    number: number;
    category: string; // human-readable
    severity: 'critical' | 'major' | 'minor' | 'observation';
    indicators: string[]; // human-readable ILO indicator names
    description: string;
    workersAffected: number | null;
    feesPaid: string | null; // already formatted, e.g. "MYR 4,500.00"
  }>;
  correctiveActions: Array<{
    findingNumber: number;
    severity: 'critical' | 'major' | 'minor' | 'observation';
    dueOn: string; // YYYY-MM-DD
    status: string; // human-readable
  }>;
  submittedAt: string; // ISO date-time
  generatedAt: string; // ISO date-time
}
