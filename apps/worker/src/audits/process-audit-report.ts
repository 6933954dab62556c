import {
  correctiveActionDueOn,
  findingsWithAccessFinding,
  owedFromFinding,
  type AuditReport,
} from '@app/domain';
import type { TenantScope } from '@app/persistence';
import type { OutboxService } from '@app/platform';
import type { EntityManager } from 'typeorm';

export interface CapDuePolicy {
  critical: number;
  major: number;
}

export interface ProcessedAudit {
  findings: number;
  correctiveActions: number;
  remediations: number;
}

interface SubmittedAudit {
  id: string;
  supplier_id: string;
  report: AuditReport;
  submitted_on: string;
}

/**
 * Turns a submitted report into its records, in the caller's transaction: findings (numbered by
 * position), a corrective action for each critical and major finding with a due date by severity,
 * a fee remediation for each recruitment-fee finding, notifications for the site's users, and
 * requests for the site's risk and the report PDF. Each insert is keyed (audit + position, finding)
 * so a second run changes nothing; an audit not in "submitted" is left alone.
 */
export async function processAuditReport(
  manager: EntityManager,
  scope: TenantScope,
  auditId: string,
  policy: CapDuePolicy,
  outbox: OutboxService,
): Promise<ProcessedAudit | null> {
  const [audit]: SubmittedAudit[] = await manager.query(
    `SELECT id, supplier_id, report, to_char(submitted_at, 'YYYY-MM-DD') AS submitted_on
       FROM audits WHERE organisation_id = $1 AND id = $2 AND status = 'submitted' FOR UPDATE`,
    [scope.organisationId, auditId],
  );
  if (!audit) return null;
  const findings = findingsWithAccessFinding(audit.report).map((finding, index) => {
    const owed = finding.category === 'recruitment_fees' ? owedFromFinding(finding) : null;
    return {
      position: index + 1,
      category: finding.category,
      severity: finding.severity,
      indicators: finding.indicators,
      description: finding.description,
      workers_affected: finding.workersAffected,
      fees_paid_minor: finding.feesPaid?.amountMinor ?? null,
      fees_currency: finding.feesPaid?.currency ?? null,
      evidence_file_ids: finding.evidenceFileIds,
      cap_due_on: correctiveActionDueOn(finding.severity, audit.submitted_on, policy),
      owed_minor: owed?.amountMinor ?? null,
    };
  });
  // One statement: findings, then the corrective actions and remediations they call for.
  const [counts]: ProcessedAudit[] = await manager.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($4::jsonb) AS f(
         position int, category text, severity text, indicators text[], description text,
         workers_affected int, fees_paid_minor bigint, fees_currency text,
         evidence_file_ids uuid[], cap_due_on date, owed_minor bigint)),
     inserted AS (
       INSERT INTO audit_findings (organisation_id, audit_id, supplier_id, position, category,
              severity, indicators, description, workers_affected, fees_paid_minor,
              fees_currency, evidence_file_ids)
       SELECT $1, $2, $3, position, category, severity, indicators, description,
              workers_affected, fees_paid_minor, fees_currency, evidence_file_ids
         FROM input
       ON CONFLICT (audit_id, position) DO NOTHING
       RETURNING id, position),
     actions AS (
       INSERT INTO corrective_actions (organisation_id, audit_id, finding_id, supplier_id,
              severity, due_on, status, evidence_file_ids)
       SELECT $1, $2, inserted.id, $3, input.severity, input.cap_due_on, 'open', '{}'
         FROM inserted JOIN input USING (position)
        WHERE input.cap_due_on IS NOT NULL
       ON CONFLICT (finding_id) DO NOTHING
       RETURNING 1),
     remediations AS (
       INSERT INTO fee_remediations (organisation_id, supplier_id, audit_id, finding_id,
              workers_affected, owed_minor, repaid_minor, currency, status)
       SELECT $1, $3, $2, inserted.id, input.workers_affected, input.owed_minor, 0,
              input.fees_currency, 'open'
         FROM inserted JOIN input USING (position)
        WHERE input.owed_minor IS NOT NULL AND input.owed_minor > 0
       ON CONFLICT (finding_id) WHERE finding_id IS NOT NULL DO NOTHING
       RETURNING 1)
     SELECT (SELECT count(*)::int FROM inserted) AS findings,
            (SELECT count(*)::int FROM actions) AS "correctiveActions",
            (SELECT count(*)::int FROM remediations) AS remediations`,
    [scope.organisationId, audit.id, audit.supplier_id, JSON.stringify(findings)],
  );
  await manager.query(
    `UPDATE audits SET status = 'processed', processed_at = now()
      WHERE organisation_id = $1 AND id = $2`,
    [scope.organisationId, audit.id],
  );
  // The site's users hear about the report once it is in; never before (unannounced audits).
  await manager.query(
    `INSERT INTO notifications (organisation_id, recipient_user_id, kind, subject_type, subject_id,
            dedupe_key)
     SELECT $1, u.id, 'audit.reported', 'audit', $2::uuid, 'audit.reported:' || $2::text || ':' || u.id
       FROM users u
      WHERE u.organisation_id = $1 AND u.supplier_id = $3 AND u.role = 'supplier'
        AND u.status <> 'disabled'
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [scope.organisationId, audit.id, audit.supplier_id],
  );
  await outbox.enqueue(manager, scope, 'risk.recalculate', { supplierIds: [audit.supplier_id] });
  await outbox.enqueue(manager, scope, 'audit.render-report', { auditId: audit.id });
  return counts;
}
