import {
  DomainError,
  isCorrectiveActionOverdue,
  transitionCorrectiveAction,
  type CorrectiveActionAction,
  type CorrectiveActionStatus,
} from '@app/domain';
import {
  CorrectiveAction,
  InjectTenantRepository,
  TenantRepository,
  today,
} from '@app/persistence';
import { ActivityLogService, OutboxService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import type { CorrectiveActionEvidenceDto, CorrectiveActionPlanDto } from './audits.dto';

/** Who the product expects to take each step; officers may also act for a site (by phone, visit). */
const SUPPLIER_SIDE = new Set<CorrectiveActionAction>(['submit_plan', 'submit_evidence']);

interface ActionRow {
  id: string;
  audit_id: string;
  audit_reference: string;
  finding_id: string;
  finding_number: number;
  finding_category: string;
  finding_description: string;
  supplier_id: string;
  site_name: string;
  severity: string;
  due_on: string;
  status: CorrectiveActionStatus;
  root_cause: string | null;
  action_plan: string | null;
  officer_comment: string | null;
  evidence_note: string | null;
  evidence_file_ids: string[];
  closure_method: string | null;
  closed_on: string | null;
  overdue_since: string | null;
}

const ACTION_SQL = `
  SELECT c.id, c.audit_id, a.reference AS audit_reference, c.finding_id,
         f.position AS finding_number, f.category AS finding_category,
         f.description AS finding_description, c.supplier_id, s.name AS site_name, c.severity,
         c.due_on::text AS due_on, c.status, c.root_cause, c.action_plan, c.officer_comment,
         c.evidence_note, c.evidence_file_ids, c.closure_method, c.closed_on::text AS closed_on,
         c.overdue_since::text AS overdue_since
    FROM corrective_actions c
    JOIN audits a ON a.id = c.audit_id
    JOIN audit_findings f ON f.id = c.finding_id
    JOIN suppliers s ON s.id = c.supplier_id`;

function view(row: ActionRow) {
  return {
    id: row.id,
    audit: { id: row.audit_id, reference: row.audit_reference },
    finding: {
      id: row.finding_id,
      number: row.finding_number,
      category: row.finding_category,
      description: row.finding_description,
    },
    site: { id: row.supplier_id, name: row.site_name },
    severity: row.severity,
    dueOn: row.due_on,
    status: row.status,
    overdue: isCorrectiveActionOverdue({ status: row.status, dueOn: row.due_on }, today()),
    rootCause: row.root_cause,
    actionPlan: row.action_plan,
    officerComment: row.officer_comment,
    evidenceNote: row.evidence_note,
    evidenceFileIds: row.evidence_file_ids,
    closureMethod: row.closure_method,
    closedOn: row.closed_on,
  };
}

/**
 * Corrective actions exist only for submitted reports, so a supplier user seeing their site's
 * ones reveals nothing about a planned unannounced audit.
 */
@Injectable()
export class CorrectiveActionsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(CorrectiveAction)
    private readonly actions: TenantRepository<CorrectiveAction>,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  async list(auth: AuthContext, query: { status?: string; auditId?: string }) {
    const params: unknown[] = [auth.organisationId];
    const where = ['c.organisation_id = $1'];
    const add = (condition: string, value: unknown) => {
      params.push(value);
      where.push(condition.replace('?', `$${params.length}`));
    };
    if (auth.role === 'supplier') add('c.supplier_id = ?', auth.supplierId);
    if (query.status) add('c.status = ?', query.status);
    if (query.auditId) add('c.audit_id = ?::uuid', query.auditId);
    const rows: ActionRow[] = await this.dataSource.query(
      `${ACTION_SQL} WHERE ${where.join(' AND ')} ORDER BY c.due_on, f.position LIMIT 1000`,
      params,
    );
    return rows.map(view);
  }

  async get(auth: AuthContext, id: string) {
    const action = await this.visible(auth, id);
    const [row]: ActionRow[] = await this.dataSource.query(`${ACTION_SQL} WHERE c.id = $1`, [
      action.id,
    ]);
    return view(row);
  }

  /** The corrective action if the caller may see it; another site's is a plain 404. */
  async visible(auth: AuthContext, id: string): Promise<CorrectiveAction> {
    const action = await this.actions.getById(auth, id);
    if (auth.role === 'supplier' && action.supplierId !== auth.supplierId)
      throw DomainError.notFound('Corrective action');
    return action;
  }

  submitPlan(auth: AuthContext, actor: Actor, id: string, dto: CorrectiveActionPlanDto) {
    return this.step(auth, actor, id, 'submit_plan', (action) => {
      action.rootCause = dto.rootCause;
      action.actionPlan = dto.actionPlan;
    });
  }

  submitEvidence(auth: AuthContext, actor: Actor, id: string, dto: CorrectiveActionEvidenceDto) {
    return this.step(auth, actor, id, 'submit_evidence', async (action, manager) => {
      const fileIds = [...new Set(dto.fileIds ?? [])];
      const found: { id: string }[] = fileIds.length
        ? await manager.query(
            `SELECT id FROM stored_files WHERE organisation_id = $1
                AND owner_type = 'corrective_action' AND owner_id = $2 AND id = ANY($3::uuid[])`,
            [auth.organisationId, action.id, fileIds],
          )
        : [];
      const known = new Set(found.map((row) => row.id));
      const missing = fileIds.findIndex((fileId) => !known.has(fileId));
      if (missing >= 0)
        throw DomainError.invalid(`fileIds.${missing}`, 'is not a file uploaded to this action');
      action.evidenceNote = dto.note;
      action.evidenceFileIds = fileIds;
    });
  }

  accept(auth: AuthContext, actor: Actor, id: string, comment?: string) {
    return this.step(auth, actor, id, 'accept_plan', (action) => {
      action.officerComment = comment ?? null;
    });
  }

  /** Sends the plan, or the evidence, back to the site with the reason. */
  async sendBack(auth: AuthContext, actor: Actor, id: string, comment?: string) {
    if (!comment) throw DomainError.invalid('comment', 'say what needs to change');
    const current = await this.visible(auth, id);
    const action = current.status === 'evidence_submitted' ? 'return_evidence' : 'return_plan';
    return this.step(auth, actor, id, action, (row) => {
      row.officerComment = comment;
    });
  }

  verify(auth: AuthContext, actor: Actor, id: string, comment?: string) {
    return this.step(auth, actor, id, 'verify', (action) => {
      action.officerComment = comment ?? null;
    });
  }

  requireFollowUpAudit(auth: AuthContext, actor: Actor, id: string, comment?: string) {
    if (!comment) throw DomainError.invalid('comment', 'say what the follow-up audit must check');
    return this.step(auth, actor, id, 'require_follow_up_audit', (action) => {
      action.officerComment = comment;
    });
  }

  closeAfterFollowUp(auth: AuthContext, actor: Actor, id: string, comment?: string) {
    return this.step(auth, actor, id, 'close_after_follow_up', (action) => {
      action.officerComment = comment ?? null;
    });
  }

  /** Evidence files may be added while the site works on the action (not once closed). */
  async assertEvidenceOpen(auth: AuthContext, id: string): Promise<void> {
    const action = await this.visible(auth, id);
    if (action.status === 'closed') throw DomainError.conflict('The corrective action is closed');
  }

  /**
   * One transition under a row lock: out of order is a 409 naming the status needed. Closing
   * closes the finding too and asks for the site's risk, since open findings weigh on it.
   */
  private async step(
    auth: AuthContext,
    actor: Actor,
    id: string,
    action: CorrectiveActionAction,
    apply: (row: CorrectiveAction, manager: EntityManager) => void | Promise<void>,
  ) {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.actions.within(manager).getById(auth, id, { lock: true });
      if (auth.role === 'supplier' && row.supplierId !== auth.supplierId)
        throw DomainError.notFound('Corrective action');
      const before = row.status as CorrectiveActionStatus;
      const side = SUPPLIER_SIDE.has(action) ? 'supplier' : 'officer';
      row.status = transitionCorrectiveAction(before, action, side);
      await apply(row, manager);
      if (row.status === 'closed') {
        row.closedOn = today();
        row.closureMethod = action === 'verify' ? 'desk_review' : 'follow_up_audit';
        await manager.query(
          'UPDATE audit_findings SET closed_on = $3 WHERE organisation_id = $1 AND id = $2',
          [auth.organisationId, row.findingId, row.closedOn],
        );
        await this.outbox.enqueue(manager, auth, 'risk.recalculate', {
          supplierIds: [row.supplierId],
        });
      }
      await this.actions.within(manager).save(auth, row);
      await this.activity.append(manager, auth, actor, {
        action: `corrective_action.${action}`,
        entityType: 'corrective_action',
        entityId: row.id,
        before: { status: before },
        after: { status: row.status },
      });
    });
    return this.get(auth, id);
  }
}
