import {
  checkGrievanceMessage,
  DomainError,
  grievanceKpis,
  isAcknowledgementOverdue,
  isFeedbackOverdue,
  isGrievanceCategory,
  isGrievanceOutcome,
  isIloIndicator,
  transitionGrievanceCase,
  type GrievanceCaseStatus,
} from '@app/domain';
import { GrievanceCase, InjectTenantRepository, TenantRepository, today } from '@app/persistence';
import { ActivityLogService, OutboxService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { GrievanceCipher } from './grievance-cipher';
import { appendMessage } from './grievance-intake.service';
import type { KpiQuery, RemedyDto, TriageDto } from './grievances.dto';

type CaseAction = 'acknowledge' | 'investigate' | 'record_outcome' | 'close';

/**
 * Case handling, for compliance officers and admins only. The worker's words are unsealed here and
 * returned to them, never logged: activity entries carry the case id, the step and the status.
 */
@Injectable()
export class GrievanceCasesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(GrievanceCase) private readonly cases: TenantRepository<GrievanceCase>,
    private readonly cipher: GrievanceCipher,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  async list(auth: AuthContext, status?: string) {
    const cases = await this.cases.find(auth, {
      where: status ? { status } : {},
      order: { receivedOn: 'DESC', reference: 'ASC' },
      take: 1000,
    });
    const day = today();
    return cases.map((found) => ({
      id: found.id,
      reference: found.reference,
      category: found.category,
      receivedOn: found.receivedOn,
      status: found.status,
      severity: found.severity,
      supplierId: found.supplierId,
      agencyId: found.agencyId,
      acknowledgementOverdue: isAcknowledgementOverdue(found, day),
      feedbackOverdue: isFeedbackOverdue(found, day),
    }));
  }

  async get(auth: AuthContext, id: string) {
    const found = await this.cases.getById(auth, id);
    const cipher = this.cipher.get();
    const messages: { author: string; text_sealed: string; sent_on: string }[] =
      await this.dataSource.query(
        `SELECT author, text_sealed, sent_on::text AS sent_on FROM grievance_messages
          WHERE organisation_id = $1 AND case_id = $2 ORDER BY position`,
        [auth.organisationId, found.id],
      );
    const day = today();
    return {
      id: found.id,
      reference: found.reference,
      channelId: found.channelId,
      category: found.category,
      description: cipher.decrypt(found.descriptionSealed),
      happenedOn: found.happenedOn,
      workersAffected: found.workersAffected,
      contactPreference: found.contactPreference,
      contactDetails: found.contactSealed ? cipher.decrypt(found.contactSealed) : null,
      language: found.language,
      receivedOn: found.receivedOn,
      registered: found.registered,
      status: found.status,
      severity: found.severity,
      indicators: found.indicators,
      supplierId: found.supplierId,
      agencyId: found.agencyId,
      acknowledgedOn: found.acknowledgedOn,
      outcome: found.outcome,
      closedOn: found.closedOn,
      remedy: {
        correctiveActionId: found.remedyCorrectiveActionId,
        feeRemediationId: found.remedyFeeRemediationId,
      },
      acknowledgementOverdue: isAcknowledgementOverdue(found, day),
      feedbackOverdue: isFeedbackOverdue(found, day),
      messages: messages.map((message) => ({
        from: message.author,
        text: cipher.decrypt(message.text_sealed),
        on: message.sent_on,
      })),
    };
  }

  async triage(auth: AuthContext, actor: Actor, id: string, dto: TriageDto) {
    const badIndicator = (dto.indicators ?? []).findIndex((code) => !isIloIndicator(code));
    if (badIndicator >= 0)
      throw DomainError.invalid(`indicators.${badIndicator}`, 'is not an ILO indicator');
    return this.change(auth, actor, id, 'triaged', null, async (found, manager) => {
      if (dto.supplierId) await assertOwn(manager, auth, 'suppliers', dto.supplierId, 'supplierId');
      if (dto.agencyId)
        await assertOwn(manager, auth, 'recruitment_agencies', dto.agencyId, 'agencyId');
      if (dto.severity) found.severity = dto.severity;
      if (dto.indicators) found.indicators = [...new Set(dto.indicators)];
      if (dto.supplierId) found.supplierId = dto.supplierId;
      if (dto.agencyId) found.agencyId = dto.agencyId;
    });
  }

  acknowledge(auth: AuthContext, actor: Actor, id: string, message?: string) {
    return this.change(
      auth,
      actor,
      id,
      'acknowledged',
      'acknowledge',
      (found) => {
        found.acknowledgedOn = today();
      },
      message,
    );
  }

  investigate(auth: AuthContext, actor: Actor, id: string) {
    return this.change(auth, actor, id, 'investigating', 'investigate', () => undefined);
  }

  message(auth: AuthContext, actor: Actor, id: string, text: unknown) {
    const checked = checkGrievanceMessage({ text });
    return this.change(auth, actor, id, 'messaged', null, () => undefined, checked);
  }

  recordOutcome(auth: AuthContext, actor: Actor, id: string, outcome: string, message?: string) {
    if (!isGrievanceOutcome(outcome)) throw DomainError.invalid('outcome', 'unknown outcome');
    return this.change(
      auth,
      actor,
      id,
      'outcome_recorded',
      'record_outcome',
      (found) => {
        found.outcome = outcome;
        found.outcomeOn = today();
      },
      message,
    );
  }

  close(auth: AuthContext, actor: Actor, id: string, message?: string) {
    return this.change(
      auth,
      actor,
      id,
      'closed',
      'close',
      (found) => {
        found.closedOn = today();
      },
      message,
    );
  }

  /** Links the remedy: a corrective action or a fee remediation of the same organisation. */
  remedy(auth: AuthContext, actor: Actor, id: string, dto: RemedyDto) {
    return this.change(auth, actor, id, 'remedy_linked', null, async (found, manager) => {
      if (dto.correctiveActionId) {
        await assertOwn(
          manager,
          auth,
          'corrective_actions',
          dto.correctiveActionId,
          'correctiveActionId',
        );
        found.remedyCorrectiveActionId = dto.correctiveActionId;
      }
      if (dto.feeRemediationId) {
        await assertOwn(
          manager,
          auth,
          'fee_remediations',
          dto.feeRemediationId,
          'feeRemediationId',
        );
        found.remedyFeeRemediationId = dto.feeRemediationId;
      }
    });
  }

  /**
   * Shares a summary the officer wrote with the site's users: deliberate, logged, and with no link
   * back to the case in what they can read.
   */
  async share(auth: AuthContext, actor: Actor, id: string, summary: string) {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.cases.within(manager).getById(auth, id);
      if (!found.supplierId)
        throw DomainError.conflict('Triage the case to a site before sharing a summary with it');
      const [shared]: { id: string }[] = await manager.query(
        `INSERT INTO grievance_shared_summaries (organisation_id, supplier_id, summary, shared_by)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [auth.organisationId, found.supplierId, summary, auth.userId],
      );
      await this.activity.append(manager, auth, actor, {
        action: 'grievance_case.summary_shared',
        entityType: 'grievance_case',
        entityId: found.id,
        after: { summaryId: shared.id, supplierId: found.supplierId },
      });
    });
    return this.get(auth, id);
  }

  /** Counts only (for executives and the statement): no case, no text. */
  async kpis(auth: AuthContext, query: KpiQuery) {
    const params: unknown[] = [auth.organisationId];
    let scope = '';
    if (query.companyId) {
      params.push(query.companyId);
      scope = `AND supplier_id IN (SELECT supplier_id FROM supplier_tiers
                                    WHERE organisation_id = $1 AND company_id = $2)`;
    }
    const rows: {
      category: string;
      received_on: string;
      acknowledged_on: string | null;
      closed_on: string | null;
      outcome: string | null;
    }[] = await this.dataSource.query(
      `SELECT category, received_on::text AS received_on, acknowledged_on::text AS acknowledged_on,
              closed_on::text AS closed_on, outcome
         FROM grievance_cases WHERE organisation_id = $1 ${scope}`,
      params,
    );
    return {
      from: query.from,
      to: query.to,
      companyId: query.companyId ?? null,
      ...grievanceKpis(
        rows.flatMap((row) =>
          isGrievanceCategory(row.category)
            ? [
                {
                  category: row.category,
                  receivedOn: row.received_on,
                  acknowledgedOn: row.acknowledged_on,
                  closedOn: row.closed_on,
                  outcome:
                    row.outcome !== null && isGrievanceOutcome(row.outcome) ? row.outcome : null,
                },
              ]
            : [],
        ),
        { from: query.from, to: query.to },
      ),
    };
  }

  /** Summaries shared with the caller's site (supplier users), newest first. */
  async sharedWithSite(auth: AuthContext) {
    const params: unknown[] = [auth.organisationId];
    let where = 'organisation_id = $1';
    if (auth.role === 'supplier') {
      params.push(auth.supplierId);
      where += ' AND supplier_id = $2';
    }
    const rows: { id: string; supplier_id: string; summary: string; shared_on: string }[] =
      await this.dataSource.query(
        `SELECT id, supplier_id, summary, to_char(shared_at, 'YYYY-MM-DD') AS shared_on
           FROM grievance_shared_summaries WHERE ${where} ORDER BY shared_at DESC LIMIT 500`,
        params,
      );
    return rows.map((row) => ({
      id: row.id,
      supplierId: row.supplier_id,
      summary: row.summary,
      sharedOn: row.shared_on,
    }));
  }

  /**
   * One step under a row lock: the status transition (409 out of order), the change, an optional
   * message to the reporter, the activity entry (no text), and the site's risk when the outcome
   * or closure changes what the case says about it.
   */
  private async change(
    auth: AuthContext,
    actor: Actor,
    id: string,
    step: string,
    action: CaseAction | null,
    apply: (found: GrievanceCase, manager: EntityManager) => void | Promise<void>,
    message?: string,
  ) {
    const text = message === undefined ? undefined : checkGrievanceMessage({ text: message });
    await this.dataSource.transaction(async (manager) => {
      const found = await this.cases.within(manager).getById(auth, id, { lock: true });
      const before = found.status;
      if (action) found.status = transitionGrievanceCase(before as GrievanceCaseStatus, action);
      await apply(found, manager);
      await this.cases.within(manager).save(auth, found);
      if (text !== undefined)
        await appendMessage(
          manager,
          this.cipher.get(),
          { id: found.id, organisation_id: auth.organisationId },
          'organisation',
          text,
        );
      await this.activity.append(manager, auth, actor, {
        action: `grievance_case.${step}`,
        entityType: 'grievance_case',
        entityId: found.id,
        before: { status: before },
        after: { status: found.status, message: text !== undefined },
      });
      if ((action === 'record_outcome' || action === 'close') && found.supplierId)
        await this.outbox.enqueue(manager, auth, 'risk.recalculate', {
          supplierIds: [found.supplierId],
        });
    });
    return this.get(auth, id);
  }
}

/** 400 naming the field when the id is not a record of the caller's organisation. */
async function assertOwn(
  manager: EntityManager,
  auth: AuthContext,
  table: 'suppliers' | 'recruitment_agencies' | 'corrective_actions' | 'fee_remediations',
  id: string,
  field: string,
): Promise<void> {
  const [found]: unknown[] = await manager.query(
    `SELECT 1 FROM ${table} WHERE organisation_id = $1 AND id = $2`,
    [auth.organisationId, id],
  );
  if (!found) throw DomainError.missingReference(field, field.replace(/Id$/, ''));
}
