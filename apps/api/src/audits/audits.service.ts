import {
  checkAuditReport,
  DomainError,
  invalidFields,
  isIloIndicator,
  type AuditReport,
} from '@app/domain';
import { Audit, InjectTenantRepository, Supplier, TenantRepository, today } from '@app/persistence';
import { ActivityLogService, OutboxService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { assertCanSeeAudit, auditVisibilitySql, isOfficeRole } from './audit-visibility';
import type { ScheduleAuditDto } from './audits.dto';

/** What the lists show: enough to find an audit, nothing of its report. */
const SUMMARY_SQL = `
  SELECT a.id, a.reference, a.type, a.status, a.supplier_id, s.name AS site_name,
         s.country AS site_country, a.planned_on::text AS planned_on,
         a.window_start::text AS window_start, a.window_end::text AS window_end,
         a.audit_firm, a.submitted_at, a.processed_at, a.created_at
    FROM audits a JOIN suppliers s ON s.id = a.supplier_id`;

interface SummaryRow {
  id: string;
  reference: string;
  type: Audit['type'];
  status: string;
  supplier_id: string;
  site_name: string;
  site_country: string;
  planned_on: string | null;
  window_start: string | null;
  window_end: string | null;
  audit_firm: string | null;
  submitted_at: Date | null;
  processed_at: Date | null;
  created_at: Date;
}

/**
 * An unannounced audit's window is known only to the organisation and its auditors; a supplier
 * user sees the audit once reported, never the window it was planned in.
 */
function summaryFor(auth: AuthContext, row: SummaryRow) {
  const hideWindow = auth.role === 'supplier' && row.type === 'unannounced';
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    status: row.status,
    site: { id: row.supplier_id, name: row.site_name, country: row.site_country },
    plannedOn: row.planned_on,
    window: hideWindow || !row.window_start ? null : { from: row.window_start, to: row.window_end },
    auditFirm: row.audit_firm,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    processedAt: row.processed_at?.toISOString() ?? null,
  };
}

@Injectable()
export class AuditsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(Audit) private readonly audits: TenantRepository<Audit>,
    @InjectTenantRepository(Supplier) private readonly suppliers: TenantRepository<Supplier>,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  async schedule(auth: AuthContext, actor: Actor, dto: ScheduleAuditDto) {
    checkSchedule(dto);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.suppliers.within(manager).getActiveReference(auth, dto.supplierId, 'supplierId');
      await assertAuditors(manager, auth, dto.auditorIds);
      const audit = await this.audits.within(manager).insert(auth, {
        reference: await nextReference(manager, auth.organisationId),
        supplierId: dto.supplierId,
        type: dto.type,
        plannedOn: dto.type === 'announced' ? dto.plannedOn! : null,
        windowStart: dto.type === 'announced' ? null : dto.windowStart!,
        windowEnd: dto.type === 'announced' ? null : dto.windowEnd!,
        scopeIndicators: [...new Set(dto.scopeIndicators)],
        scopeNotes: dto.scopeNotes ?? null,
        auditFirm: dto.auditFirm ?? null,
        auditorIds: [...new Set(dto.auditorIds)],
        status: 'planned',
        createdBy: auth.userId,
      });
      // The activity log is read by officers and admins only; it holds no dates either.
      await this.activity.append(manager, auth, actor, {
        action: 'audit.scheduled',
        entityType: 'audit',
        entityId: audit.id,
        after: { reference: audit.reference, type: audit.type },
      });
      return audit.id;
    });
    return this.get(auth, id);
  }

  async list(auth: AuthContext) {
    const params: unknown[] = [];
    const rows: SummaryRow[] = await this.dataSource.query(
      `${SUMMARY_SQL} WHERE ${auditVisibilitySql(auth, 'a', params)}
        ORDER BY a.created_at DESC, a.id LIMIT 500`,
      params,
    );
    return rows.map((row) => summaryFor(auth, row));
  }

  /** The audit as the caller may see it; 404 when they may not, exactly as for a wrong id. */
  async get(auth: AuthContext, id: string) {
    const audit = await this.visible(auth, id);
    const [row]: SummaryRow[] = await this.dataSource.query(
      `${SUMMARY_SQL} WHERE a.id = $1 AND a.organisation_id = $2`,
      [audit.id, auth.organisationId],
    );
    const findings: FindingRow[] = await this.dataSource.query(
      `SELECT f.id, f.position, f.category, f.severity, f.indicators, f.description,
              f.workers_affected, f.fees_paid_minor::text AS fees_paid_minor, f.fees_currency,
              f.evidence_file_ids, f.closed_on::text AS closed_on,
              c.id AS corrective_action_id, c.status AS corrective_action_status,
              c.due_on::text AS corrective_action_due_on
         FROM audit_findings f
         LEFT JOIN corrective_actions c ON c.finding_id = f.id
        WHERE f.organisation_id = $1 AND f.audit_id = $2 ORDER BY f.position`,
      [auth.organisationId, audit.id],
    );
    const office = isOfficeRole(auth) || auth.role === 'auditor';
    const auditors: { id: string; name: string }[] = office
      ? await this.dataSource.query(
          'SELECT id, name FROM users WHERE organisation_id = $1 AND id = ANY($2::uuid[]) ORDER BY name',
          [auth.organisationId, audit.auditorIds],
        )
      : [];
    return {
      ...summaryFor(auth, row),
      scope: { indicators: audit.scopeIndicators, notes: audit.scopeNotes },
      // Interview counts and red flags stay with the organisation: they could point at workers.
      ...(office ? { auditors, report: audit.report } : {}),
      ...(auth.role === 'auditor' ? { reportDraft: audit.reportDraft } : {}),
      findings: findings.map(findingView),
      reportPdfReady: audit.reportFileId !== null,
    };
  }

  async saveDraft(auth: AuthContext, id: string, report: Record<string, unknown>) {
    await this.dataSource.transaction(async (manager) => {
      const audit = await this.ownWork(manager, auth, id);
      audit.reportDraft = inReport(() => checkAuditReport(report, 'draft'));
      await this.audits.within(manager).save(auth, audit);
    });
    return this.get(auth, id);
  }

  /**
   * Locks the report and queues its processing, in one transaction: once this answers, the report
   * cannot be lost. A second submit is a 409.
   */
  async submit(auth: AuthContext, actor: Actor, id: string, given?: Record<string, unknown>) {
    await this.dataSource.transaction(async (manager) => {
      const audit = await this.ownWork(manager, auth, id);
      const report = inReport(() => checkAuditReport(given ?? audit.reportDraft ?? {}, 'submit'));
      await assertEvidenceBelongs(manager, auth, audit.id, report);
      Object.assign(audit, {
        report: report as unknown as Record<string, unknown>,
        reportDraft: report as unknown as Record<string, unknown>,
        status: 'submitted',
        submittedAt: new Date(),
        submittedBy: auth.userId,
      });
      await this.audits.within(manager).save(auth, audit);
      await this.activity.append(manager, auth, actor, {
        action: 'audit.report_submitted',
        entityType: 'audit',
        entityId: audit.id,
        after: { reference: audit.reference, findings: report.findings.length },
      });
      await this.outbox.enqueue(manager, auth, 'audit.process', { auditId: audit.id });
    });
    return this.get(auth, id);
  }

  async cancel(auth: AuthContext, actor: Actor, id: string) {
    await this.dataSource.transaction(async (manager) => {
      const audit = await this.audits.within(manager).getById(auth, id, { lock: true });
      if (audit.status !== 'planned')
        throw DomainError.conflict('Only a planned audit can be cancelled; this one is reported');
      audit.status = 'cancelled';
      await this.audits.within(manager).save(auth, audit);
      await this.activity.append(manager, auth, actor, {
        action: 'audit.cancelled',
        entityType: 'audit',
        entityId: audit.id,
      });
    });
    return this.get(auth, id);
  }

  /** For file routes: the audit if the caller may see it (404 otherwise). */
  async visible(auth: AuthContext, id: string): Promise<Audit> {
    return assertCanSeeAudit(auth, await this.audits.getById(auth, id));
  }

  /** Evidence may be added while the report is open, by the auditors assigned to it. */
  async assertEvidenceOpen(auth: AuthContext, id: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.ownWork(manager, auth, id));
  }

  /** An audit the caller is assigned to, still open for its report. */
  private async ownWork(manager: EntityManager, auth: AuthContext, id: string): Promise<Audit> {
    const audit = assertCanSeeAudit(
      auth,
      await this.audits.within(manager).getById(auth, id, { lock: true }),
    );
    if (auth.role !== 'auditor') throw DomainError.notFound('Audit');
    if (audit.status === 'cancelled') throw DomainError.conflict('The audit was cancelled');
    if (audit.status !== 'planned')
      throw DomainError.conflict('The report was submitted and is locked');
    return audit;
  }
}

interface FindingRow {
  id: string;
  position: number;
  category: string;
  severity: string;
  indicators: string[];
  description: string;
  workers_affected: number | null;
  fees_paid_minor: string | null;
  fees_currency: string | null;
  evidence_file_ids: string[];
  closed_on: string | null;
  corrective_action_id: string | null;
  corrective_action_status: string | null;
  corrective_action_due_on: string | null;
}

function findingView(row: FindingRow) {
  return {
    id: row.id,
    number: row.position,
    category: row.category,
    severity: row.severity,
    indicators: row.indicators,
    description: row.description,
    workersAffected: row.workers_affected,
    feesPaid:
      row.fees_paid_minor === null
        ? null
        : { amountMinor: Number(row.fees_paid_minor), currency: row.fees_currency },
    evidenceFileIds: row.evidence_file_ids,
    closedOn: row.closed_on,
    correctiveAction: row.corrective_action_id
      ? {
          id: row.corrective_action_id,
          status: row.corrective_action_status,
          dueOn: row.corrective_action_due_on,
        }
      : null,
  };
}

/** The report arrives as the body's `report`: its problems are named from the body's root. */
function inReport<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'invalid')
      throw new DomainError(
        'invalid',
        error.message,
        error.fields.map((problem) => ({
          ...problem,
          field: problem.field === 'report' ? 'report' : `report.${problem.field}`,
        })),
      );
    throw error;
  }
}

function checkSchedule(dto: ScheduleAuditDto): void {
  const problems: { field: string; message: string }[] = [];
  dto.scopeIndicators.forEach((code, index) => {
    if (!isIloIndicator(code))
      problems.push({ field: `scopeIndicators.${index}`, message: `unknown indicator '${code}'` });
  });
  const now = today();
  if (dto.type === 'announced') {
    if (!dto.plannedOn)
      problems.push({ field: 'plannedOn', message: 'an announced audit needs a date' });
    else if (dto.plannedOn < now)
      problems.push({ field: 'plannedOn', message: 'must not be in the past' });
  } else {
    if (!dto.windowStart) problems.push({ field: 'windowStart', message: 'needs a window' });
    if (!dto.windowEnd) problems.push({ field: 'windowEnd', message: 'needs a window' });
    if (dto.windowStart && dto.windowEnd && dto.windowEnd < dto.windowStart)
      problems.push({ field: 'windowEnd', message: 'must not be before windowStart' });
    if (dto.windowEnd && dto.windowEnd < now)
      problems.push({ field: 'windowEnd', message: 'must not be in the past' });
  }
  if (problems.length > 0) throw invalidFields('Invalid audit', problems);
}

async function assertAuditors(
  manager: EntityManager,
  auth: AuthContext,
  ids: string[],
): Promise<void> {
  const found: { id: string }[] = await manager.query(
    `SELECT id FROM users WHERE organisation_id = $1 AND id = ANY($2::uuid[])
        AND role = 'auditor' AND status <> 'disabled'`,
    [auth.organisationId, ids],
  );
  const known = new Set(found.map((row) => row.id));
  const problems = ids
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !known.has(id))
    .map(({ index }) => ({
      field: `auditorIds.${index}`,
      message: 'is not an active auditor of this organisation',
    }));
  if (problems.length > 0) throw invalidFields('Invalid audit', problems);
}

/** AUD-<year>-<number>; serialised per organisation so two schedules never share a number. */
async function nextReference(manager: EntityManager, organisationId: string): Promise<string> {
  await manager.query("SELECT pg_advisory_xact_lock(hashtext('audit-reference:' || $1))", [
    organisationId,
  ]);
  const year = today().slice(0, 4);
  const [{ count }]: { count: number }[] = await manager.query(
    'SELECT count(*)::int AS count FROM audits WHERE organisation_id = $1 AND reference LIKE $2',
    [organisationId, `AUD-${year}-%`],
  );
  return `AUD-${year}-${String(count + 1).padStart(4, '0')}`;
}

/** Evidence named by a finding must have been uploaded to this audit. */
async function assertEvidenceBelongs(
  manager: EntityManager,
  auth: AuthContext,
  auditId: string,
  report: AuditReport,
): Promise<void> {
  const named = report.findings.flatMap((finding) => finding.evidenceFileIds);
  if (named.length === 0) return;
  const found: { id: string }[] = await manager.query(
    `SELECT id FROM stored_files WHERE organisation_id = $1 AND owner_type = 'audit'
        AND owner_id = $2 AND id = ANY($3::uuid[])`,
    [auth.organisationId, auditId, named],
  );
  const known = new Set(found.map((row) => row.id));
  const problems = report.findings.flatMap((finding, index) =>
    finding.evidenceFileIds
      .map((fileId, fileIndex) => ({ fileId, fileIndex }))
      .filter(({ fileId }) => !known.has(fileId))
      .map(({ fileIndex }) => ({
        field: `report.findings.${index}.evidenceFileIds.${fileIndex}`,
        message: 'is not a file uploaded to this audit',
      })),
  );
  if (problems.length > 0) throw invalidFields('Invalid audit', problems);
}
