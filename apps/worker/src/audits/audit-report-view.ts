import {
  documentTypeLabel,
  findingCategoryLabel,
  formatMoney,
  indicatorName,
  redFlagLabel,
  type AuditReport,
} from '@app/domain';
import type { AuditReportView } from '@app/documents';
import type { TenantScope } from '@app/persistence';
import type { EntityManager } from 'typeorm';

const CAP_STATUS_WORDS: Record<string, string> = {
  open: 'Open: plan awaited',
  plan_submitted: 'Plan submitted',
  plan_accepted: 'Plan accepted',
  evidence_submitted: 'Evidence submitted',
  follow_up_required: 'Follow-up audit required',
  closed: 'Closed',
};

interface AuditRow {
  reference: string;
  type: AuditReportView['audit']['type'];
  audit_firm: string | null;
  auditor_ids: string[];
  scope_indicators: string[];
  scope_notes: string | null;
  report: AuditReport;
  submitted_at: Date;
  organisation_name: string;
  site_name: string;
  site_country: string;
  site_address: string | null;
}

/** Everything the PDF prints, read from the processed records (not from the job payload). */
export async function loadAuditReportView(
  manager: EntityManager,
  scope: TenantScope,
  auditId: string,
): Promise<AuditReportView | null> {
  const [audit]: AuditRow[] = await manager.query(
    `SELECT a.reference, a.type, a.audit_firm, a.auditor_ids, a.scope_indicators, a.scope_notes,
            a.report, a.submitted_at, o.name AS organisation_name, s.name AS site_name,
            s.country AS site_country, s.address AS site_address
       FROM audits a JOIN organisations o ON o.id = a.organisation_id
       JOIN suppliers s ON s.id = a.supplier_id
      WHERE a.organisation_id = $1 AND a.id = $2 AND a.status = 'processed'`,
    [scope.organisationId, auditId],
  );
  if (!audit) return null;
  const auditors: { name: string }[] = await manager.query(
    'SELECT name FROM users WHERE organisation_id = $1 AND id = ANY($2::uuid[]) ORDER BY name',
    [scope.organisationId, audit.auditor_ids],
  );
  const findings: {
    position: number;
    category: string;
    severity: AuditReportView['findings'][number]['severity'];
    indicators: string[];
    description: string;
    workers_affected: number | null;
    fees_paid_minor: string | null;
    fees_currency: string | null;
    cap_due_on: string | null;
    cap_status: string | null;
  }[] = await manager.query(
    `SELECT f.position, f.category, f.severity, f.indicators, f.description, f.workers_affected,
            f.fees_paid_minor::text AS fees_paid_minor, f.fees_currency,
            c.due_on::text AS cap_due_on, c.status AS cap_status
       FROM audit_findings f LEFT JOIN corrective_actions c ON c.finding_id = f.id
      WHERE f.organisation_id = $1 AND f.audit_id = $2 ORDER BY f.position`,
    [scope.organisationId, auditId],
  );
  const report = audit.report;
  return {
    organisationName: audit.organisation_name,
    site: { name: audit.site_name, country: audit.site_country, address: audit.site_address },
    audit: {
      reference: audit.reference,
      type: audit.type,
      auditFirm: audit.audit_firm,
      auditors: auditors.map((auditor) => auditor.name),
      scope: [
        ...audit.scope_indicators.map(indicatorName),
        ...(audit.scope_notes ? [audit.scope_notes] : []),
      ],
    },
    visit: {
      arrivedAt: report.arrivedAt,
      access: report.access,
      accessNote: report.accessNote ?? null,
      workersInterviewed: report.workersInterviewed,
      documentsReviewed: report.documentsReviewed.map(documentTypeLabel),
      redFlags: report.redFlags.map(redFlagLabel),
      summary: report.summary ?? null,
    },
    findings: findings.map((finding) => ({
      number: finding.position,
      category: findingCategoryLabel(finding.category as never),
      severity: finding.severity,
      indicators: finding.indicators.map(indicatorName),
      description: finding.description,
      workersAffected: finding.workers_affected,
      feesPaid:
        finding.fees_paid_minor === null
          ? null
          : formatMoney(BigInt(finding.fees_paid_minor), finding.fees_currency!),
    })),
    correctiveActions: findings
      .filter((finding) => finding.cap_due_on !== null)
      .map((finding) => ({
        findingNumber: finding.position,
        severity: finding.severity,
        dueOn: finding.cap_due_on!,
        status: CAP_STATUS_WORDS[finding.cap_status!] ?? finding.cap_status!,
      })),
    submittedAt: audit.submitted_at.toISOString(),
    generatedAt: new Date().toISOString(),
  };
}
