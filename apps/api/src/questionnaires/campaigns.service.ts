import { countriesRankedBelowHighRisk, csvLine, DomainError } from '@app/domain';
import {
  ASSIGNMENT_STATUSES,
  InjectTenantRepository,
  loadRiskReference,
  QuestionnaireCampaign,
  QuestionnaireTemplate,
  TenantRepository,
  today,
  type TenantScope,
} from '@app/persistence';
import { ActivityLogService, OutboxService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { answerCells } from './answer-cells';
import type { CampaignFilterDto, CreateCampaignDto } from './questionnaires.dto';
import { MAX_CAMPAIGN_RECIPIENTS } from './questionnaires.dto';

/** Late answers stay welcome this long after the due date unless the campaign says otherwise. */
export const DEFAULT_GRACE_DAYS = 30;
/** A site's answers to the same template version within this many months pre-fill a new assignment. */
export const DEFAULT_PREFILL_MONTHS = 12;

export interface CampaignView {
  id: string;
  name: string;
  templateId: string;
  template: { key: string; version: number; title: string };
  dueOn: string;
  closesOn: string;
  status: string;
  recipientRule: Record<string, unknown>;
  prefillMonths: number;
  createdAt: string;
  closedAt: string | null;
  progress: {
    recipients: number;
    byStatus: Record<string, number>;
    /** Submitted (or scored) over recipients, 0–1. */
    responseRate: number;
    prefilled: number;
  };
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Campaigns: one template version sent to many sites or agencies, and how they answer. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(QuestionnaireCampaign)
    private readonly campaigns: TenantRepository<QuestionnaireCampaign>,
    @InjectTenantRepository(QuestionnaireTemplate)
    private readonly templates: TenantRepository<QuestionnaireTemplate>,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  async create(scope: TenantScope, actor: Actor, dto: CreateCampaignDto): Promise<CampaignView> {
    const rules = [dto.supplierIds, dto.agencyIds, dto.filter].filter((rule) => rule !== undefined);
    if (rules.length !== 1)
      throw DomainError.invalid(
        'recipients',
        'give exactly one of supplierIds, agencyIds or filter',
      );
    if (dto.dueOn < today()) throw DomainError.invalid('dueOn', 'must not be in the past');
    const closesOn = dto.closesOn ?? addDays(dto.dueOn, DEFAULT_GRACE_DAYS);
    if (closesOn < dto.dueOn) throw DomainError.invalid('closesOn', 'must not be before dueOn');
    const id = await this.dataSource.transaction(async (manager) => {
      const template = await this.templates
        .within(manager)
        .getReference(scope, dto.templateId, 'templateId');
      if (template.status !== 'published')
        throw DomainError.conflict('Only a published template version can be sent', 'templateId');
      const forAgencies = template.audience === 'agency';
      if (forAgencies ? dto.agencyIds === undefined : dto.agencyIds !== undefined)
        throw DomainError.invalid(
          'agencyIds',
          forAgencies
            ? 'this template is answered by recruitment agencies: list them in agencyIds'
            : 'this template is answered by supplier sites: use supplierIds or filter',
        );
      const campaign = await this.campaigns.within(manager).insert(scope, {
        name: dto.name,
        templateId: template.id,
        dueOn: dto.dueOn,
        closesOn,
        status: 'open',
        recipientRule: dto.filter
          ? { filter: { ...dto.filter } }
          : dto.agencyIds
            ? { agencyIds: dto.agencyIds.length }
            : { supplierIds: dto.supplierIds?.length ?? 0 },
        prefillMonths: dto.prefillMonths ?? DEFAULT_PREFILL_MONTHS,
        createdBy: actor.kind === 'user' ? actor.userId : null,
      });
      const count = dto.agencyIds
        ? await this.assignAgencies(manager, scope, campaign, dto.agencyIds)
        : await this.assignSites(manager, scope, campaign, dto);
      if (count === 0)
        throw DomainError.invalid(
          dto.filter ? 'filter' : 'supplierIds',
          'matches no active site: nothing would be sent',
        );
      if (count > MAX_CAMPAIGN_RECIPIENTS)
        throw DomainError.invalid(
          'filter',
          `matches ${count} sites; one campaign reaches at most ${MAX_CAMPAIGN_RECIPIENTS}`,
        );
      await manager.query(
        'UPDATE questionnaire_campaigns SET recipients_count = $3 WHERE organisation_id = $1 AND id = $2',
        [scope.organisationId, campaign.id, count],
      );
      await this.activity.append(manager, scope, actor, {
        action: 'questionnaire_campaign.created',
        entityType: 'questionnaire_campaign',
        entityId: campaign.id,
        after: {
          name: campaign.name,
          templateId: template.id,
          dueOn: campaign.dueOn,
          recipients: count,
        },
      });
      await this.outbox.enqueue(manager, scope, 'questionnaire.campaign-sent', {
        campaignId: campaign.id,
      });
      return campaign.id;
    });
    return this.get(scope, id);
  }

  /** One statement for the whole campaign (10,000 recipients in well under a second). */
  private async assignSites(
    manager: EntityManager,
    scope: TenantScope,
    campaign: QuestionnaireCampaign,
    dto: CreateCampaignDto,
  ): Promise<number> {
    const params: unknown[] = [
      scope.organisationId,
      campaign.id,
      campaign.templateId,
      campaign.dueOn,
      campaign.prefillMonths,
    ];
    const where: string[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (dto.supplierIds) {
      const ids = [...new Set(dto.supplierIds)];
      await this.assertAllExist(manager, scope, 'suppliers', 'supplierIds', dto.supplierIds);
      where.push(`s.id = ANY(${param(ids)}::uuid[])`);
    } else if (dto.filter) {
      where.push(...(await this.filterConditions(manager, scope, dto.filter, param)));
    }
    const [{ count }]: { count: number }[] = await manager.query(
      `WITH inserted AS (
       INSERT INTO questionnaire_assignments (organisation_id, campaign_id, template_id, supplier_id,
              due_on, draft, prefilled_from)
       SELECT $1, $2, $3, s.id, $4, coalesce(p.answers, '{}'::jsonb), p.id
         FROM suppliers s
         LEFT JOIN LATERAL (
                SELECT q.id, q.answers FROM questionnaire_submissions q
                 WHERE q.organisation_id = $1 AND q.supplier_id = s.id AND q.template_id = $3
                   AND $5 > 0 AND q.submitted_at > now() - make_interval(months => $5)
                 ORDER BY q.submitted_at DESC LIMIT 1) p ON true
        WHERE s.organisation_id = $1 AND s.status = 'active'
          ${where.map((condition) => `AND ${condition}`).join(' ')}
       RETURNING 1)
       SELECT count(*)::int AS count FROM inserted`,
      params,
    );
    return count;
  }

  private async assignAgencies(
    manager: EntityManager,
    scope: TenantScope,
    campaign: QuestionnaireCampaign,
    agencyIds: string[],
  ): Promise<number> {
    await this.assertAllExist(manager, scope, 'recruitment_agencies', 'agencyIds', agencyIds);
    const [{ count }]: { count: number }[] = await manager.query(
      `WITH inserted AS (
       INSERT INTO questionnaire_assignments (organisation_id, campaign_id, template_id, agency_id,
              due_on, draft, prefilled_from)
       SELECT $1, $2, $3, a.id, $4, coalesce(p.answers, '{}'::jsonb), p.id
         FROM recruitment_agencies a
         LEFT JOIN LATERAL (
                SELECT q.id, q.answers FROM questionnaire_submissions q
                 WHERE q.organisation_id = $1 AND q.agency_id = a.id AND q.template_id = $3
                   AND $5 > 0 AND q.submitted_at > now() - make_interval(months => $5)
                 ORDER BY q.submitted_at DESC LIMIT 1) p ON true
        WHERE a.organisation_id = $1 AND a.status = 'active' AND a.id = ANY($6::uuid[])
       RETURNING 1)
       SELECT count(*)::int AS count FROM inserted`,
      [
        scope.organisationId,
        campaign.id,
        campaign.templateId,
        campaign.dueOn,
        campaign.prefillMonths,
        [...new Set(agencyIds)],
      ],
    );
    return count;
  }

  /** Every id must be an active record of the organisation: 404 naming each one that is not. */
  private async assertAllExist(
    manager: EntityManager,
    scope: TenantScope,
    table: 'suppliers' | 'recruitment_agencies',
    field: string,
    ids: string[],
  ): Promise<void> {
    const found: { id: string }[] = await manager.query(
      `SELECT id FROM ${table} WHERE organisation_id = $1 AND status = 'active' AND id = ANY($2::uuid[])`,
      [scope.organisationId, ids],
    );
    const known = new Set(found.map((row) => row.id));
    const missing = ids
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !known.has(id))
      .slice(0, 20);
    if (missing.length > 0)
      throw new DomainError(
        'not_found',
        `${missing.length === 1 ? 'A recipient is' : 'Recipients are'} not an active record of your organisation`,
        missing.map(({ index }) => ({
          field: `${field}[${index}]`,
          message: 'not found (or archived)',
        })),
      );
  }

  private async filterConditions(
    manager: EntityManager,
    scope: TenantScope,
    filter: CampaignFilterDto,
    param: (value: unknown) => string,
  ): Promise<string[]> {
    const conditions: string[] = [];
    if (filter.tiers?.length) conditions.push(`s.tier = ANY(${param(filter.tiers)}::int[])`);
    if (filter.countries?.length)
      conditions.push(`s.country = ANY(${param(filter.countries)}::text[])`);
    if (filter.sectors?.length) conditions.push(`s.sector = ANY(${param(filter.sectors)}::text[])`);
    if (filter.highRiskCountries) {
      const reference = await loadRiskReference(manager, scope.organisationId);
      conditions.push(
        `NOT (s.country = ANY(${param(countriesRankedBelowHighRisk(reference))}::text[]))`,
      );
    }
    if (filter.riskBands?.length) {
      const bands = filter.riskBands.filter((band) => band !== 'unscored');
      const parts: string[] = [];
      if (bands.length)
        parts.push(
          `EXISTS (SELECT 1 FROM site_risk_scores r WHERE r.organisation_id = s.organisation_id AND r.supplier_id = s.id AND r.band = ANY(${param(bands)}::text[]))`,
        );
      if (filter.riskBands.includes('unscored'))
        parts.push(
          'NOT EXISTS (SELECT 1 FROM site_risk_scores r WHERE r.organisation_id = s.organisation_id AND r.supplier_id = s.id)',
        );
      conditions.push(`(${parts.join(' OR ')})`);
    }
    return conditions;
  }

  async list(scope: TenantScope): Promise<CampaignView[]> {
    const campaigns = await this.campaigns.find(scope, {
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 200,
    });
    return this.views(scope, campaigns);
  }

  async get(scope: TenantScope, id: string): Promise<CampaignView> {
    const [view] = await this.views(scope, [await this.campaigns.getById(scope, id)]);
    return view;
  }

  async close(scope: TenantScope, actor: Actor, id: string): Promise<CampaignView> {
    await this.dataSource.transaction(async (manager) => {
      const campaigns = this.campaigns.within(manager);
      const campaign = await campaigns.getById(scope, id, { lock: true });
      if (campaign.status === 'closed')
        throw DomainError.conflict('The campaign is already closed');
      campaign.status = 'closed';
      campaign.closedAt = new Date();
      await campaigns.save(scope, campaign);
      await this.activity.append(manager, scope, actor, {
        action: 'questionnaire_campaign.closed',
        entityType: 'questionnaire_campaign',
        entityId: id,
      });
    });
    return this.get(scope, id);
  }

  /** The campaign's answers: one row per recipient, one column per question (latest submission). */
  async *exportCsv(scope: TenantScope, id: string): AsyncGenerator<string> {
    const campaign = await this.campaigns.getById(scope, id);
    const template = await this.templates.getById(scope, campaign.templateId);
    const questions = template.definition.sections.flatMap((section) => section.questions);
    yield csvLine([
      'assignment_id',
      'recipient_type',
      'recipient_id',
      'recipient_external_id',
      'recipient_name',
      'country',
      'status',
      'submitted_at',
      'score',
      ...questions.map((question) => question.id),
    ]);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{
        id: string;
        recipient_type: string;
        recipient_id: string;
        external_id: string | null;
        name: string;
        country: string | null;
        status: string;
        submitted_at: Date | null;
        score: number | null;
        answers: Record<string, unknown> | null;
      }> = await this.dataSource.query(
        `SELECT a.id, CASE WHEN a.supplier_id IS NULL THEN 'agency' ELSE 'site' END AS recipient_type,
                coalesce(a.supplier_id, a.agency_id) AS recipient_id,
                coalesce(s.external_id, g.external_id) AS external_id,
                coalesce(s.name, g.name) AS name, s.country, a.status, q.submitted_at, q.score, q.answers
           FROM questionnaire_assignments a
           LEFT JOIN suppliers s ON s.id = a.supplier_id
           LEFT JOIN recruitment_agencies g ON g.id = a.agency_id
           LEFT JOIN questionnaire_submissions q ON q.id = a.latest_submission_id
          WHERE a.organisation_id = $1 AND a.campaign_id = $2 AND a.id > $3
          ORDER BY a.id LIMIT 1000`,
        [scope.organisationId, id, after],
      );
      for (const row of rows)
        yield csvLine([
          row.id,
          row.recipient_type,
          row.recipient_id,
          row.external_id,
          row.name,
          row.country,
          row.status,
          row.submitted_at?.toISOString() ?? '',
          row.score,
          ...answerCells(questions, row.answers),
        ]);
      if (rows.length < 1000) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** Campaigns with their template and progress: three queries whatever the number of campaigns. */
  private async views(
    scope: TenantScope,
    campaigns: QuestionnaireCampaign[],
  ): Promise<CampaignView[]> {
    if (campaigns.length === 0) return [];
    const templates = new Map(
      (
        await this.templates.find(scope, {
          where: { id: In([...new Set(campaigns.map((campaign) => campaign.templateId))]) },
        })
      ).map((template) => [template.id, template]),
    );
    const counts: { campaign_id: string; status: string; count: number; prefilled: number }[] =
      await this.dataSource.query(
        `SELECT campaign_id, status, count(*)::int AS count, count(prefilled_from)::int AS prefilled
           FROM questionnaire_assignments
          WHERE organisation_id = $1 AND campaign_id = ANY($2::uuid[])
          GROUP BY campaign_id, status`,
        [scope.organisationId, campaigns.map((campaign) => campaign.id)],
      );
    return campaigns.map((campaign) => {
      const template = templates.get(campaign.templateId)!;
      const byStatus = Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, 0]));
      let recipients = 0;
      let prefilled = 0;
      for (const row of counts.filter((count) => count.campaign_id === campaign.id)) {
        byStatus[row.status] = row.count;
        recipients += row.count;
        prefilled += row.prefilled;
      }
      const responded = byStatus.submitted + byStatus.scored;
      return {
        id: campaign.id,
        name: campaign.name,
        templateId: campaign.templateId,
        template: { key: template.key, version: template.version, title: template.title },
        dueOn: campaign.dueOn,
        closesOn: campaign.closesOn,
        status: campaign.status,
        recipientRule: campaign.recipientRule,
        prefillMonths: campaign.prefillMonths,
        createdAt: campaign.createdAt.toISOString(),
        closedAt: campaign.closedAt?.toISOString() ?? null,
        progress: {
          recipients,
          byStatus,
          responseRate: recipients === 0 ? 0 : Math.round((responded / recipients) * 1000) / 1000,
          prefilled,
        },
      };
    });
  }
}
