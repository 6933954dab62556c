import { computeFeeBurden, DomainError } from '@app/domain';
import {
  AgencyEngagement,
  InjectTenantRepository,
  loadRateTable,
  recomputeFeeBurdens,
  RecruitmentAgency,
  Supplier,
  TenantRepository,
  TenantScope,
  today,
} from '@app/persistence';
import { ActivityLogService, Actor, OutboxService } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type {
  CreateAgencyDto,
  CreateEngagementDto,
  EngagementQuery,
  UpdateAgencyDto,
  UpdateEngagementDto,
} from './recruitment.dto';

type AgencyView = Omit<
  RecruitmentAgency,
  'organisation' | 'organisationId' | 'createdAt' | 'updatedAt' | 'loanInterestRatePercent'
> & {
  loanInterestRatePercent: number | null;
  updatedAt: string;
};
type EngagementView = Omit<
  AgencyEngagement,
  | 'organisation'
  | 'organisationId'
  | 'agency'
  | 'supplier'
  | 'createdAt'
  | 'updatedAt'
  | 'feeMonths'
> & {
  feeMonths: number | null;
  updatedAt: string;
};

const agencyView = ({
  organisation: _o,
  organisationId: _id,
  createdAt: _c,
  ...agency
}: RecruitmentAgency): AgencyView => ({
  ...agency,
  loanInterestRatePercent:
    agency.loanInterestRatePercent === null ? null : Number(agency.loanInterestRatePercent),
  updatedAt: agency.updatedAt.toISOString(),
});

const engagementView = ({
  organisation: _o,
  organisationId: _id,
  agency: _a,
  supplier: _s,
  createdAt: _c,
  ...engagement
}: AgencyEngagement): EngagementView => ({
  ...engagement,
  feeMonths: engagement.feeMonths === null ? null : Number(engagement.feeMonths),
  updatedAt: engagement.updatedAt.toISOString(),
});

/** Recruitment agencies, their fee practice, and where they place workers. */
@Injectable()
export class RecruitmentService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(RecruitmentAgency)
    private readonly agencies: TenantRepository<RecruitmentAgency>,
    @InjectTenantRepository(AgencyEngagement)
    private readonly engagements: TenantRepository<AgencyEngagement>,
    @InjectTenantRepository(Supplier) private readonly suppliers: TenantRepository<Supplier>,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  async listAgencies(scope: TenantScope): Promise<AgencyView[]> {
    return (await this.agencies.find(scope, { order: { name: 'ASC', id: 'ASC' } })).map(agencyView);
  }

  async getAgency(scope: TenantScope, id: string): Promise<AgencyView> {
    return agencyView(await this.agencies.getById(scope, id));
  }

  async createAgency(scope: TenantScope, actor: Actor, dto: CreateAgencyDto): Promise<AgencyView> {
    return this.writeAgency(async (manager) => {
      const agency = await this.agencies
        .within(manager)
        .insert(scope, { ...emptyAgency(), ...dto } as Partial<RecruitmentAgency>);
      const view = agencyView(agency);
      await this.activity.append(manager, scope, actor, {
        action: 'agency.created',
        entityType: 'agency',
        entityId: agency.id,
        after: { ...view },
      });
      return view;
    });
  }

  async updateAgency(
    scope: TenantScope,
    actor: Actor,
    id: string,
    dto: UpdateAgencyDto,
  ): Promise<AgencyView> {
    return this.writeAgency(async (manager) => {
      const agencies = this.agencies.within(manager);
      const agency = await agencies.getById(scope, id);
      const before = agencyView(agency);
      Object.assign(
        agency,
        dto,
        dto.loanInterestRatePercent !== undefined
          ? { loanInterestRatePercent: String(dto.loanInterestRatePercent) }
          : {},
      );
      const saved = await agencies.save(scope, agency);
      if (dto.feesChargedToWorkers !== undefined)
        await this.recomputeBurdens(manager, scope, { agencyId: id });
      const view = agencyView(saved);
      await this.activity.append(manager, scope, actor, {
        action: 'agency.updated',
        entityType: 'agency',
        entityId: id,
        before: { ...before },
        after: { ...view },
      });
      await this.outbox.enqueue(manager, scope, 'risk.recalculate', { agencyIds: [id] });
      return view;
    });
  }

  async listEngagements(scope: TenantScope, query: EngagementQuery): Promise<EngagementView[]> {
    const where = {
      ...(query.agencyId ? { agencyId: query.agencyId } : {}),
      ...(query.supplierId ? { supplierId: query.supplierId } : {}),
    };
    return (
      await this.engagements.find(scope, {
        where,
        order: { createdAt: 'ASC', id: 'ASC' },
        take: 1000,
      })
    ).map(engagementView);
  }

  async createEngagement(
    scope: TenantScope,
    actor: Actor,
    dto: CreateEngagementDto,
  ): Promise<EngagementView> {
    return this.dataSource.transaction(async (manager) => {
      const agency = await this.agencies
        .within(manager)
        .getActiveReference(scope, dto.agencyId, 'agencyId');
      await this.suppliers.within(manager).getActiveReference(scope, dto.supplierId, 'supplierId');
      const burden = computeFeeBurden(
        agency.feesChargedToWorkers,
        dto,
        await this.rateTable(manager, scope),
        today(),
      );
      const engagement = await this.engagements
        .within(manager)
        .insert(scope, { ...dto, ...burden });
      const view = engagementView(engagement);
      await this.activity.append(manager, scope, actor, {
        action: 'engagement.created',
        entityType: 'engagement',
        entityId: engagement.id,
        after: { ...view },
      });
      await this.outbox.enqueue(manager, scope, 'risk.recalculate', {
        supplierIds: [engagement.supplierId],
      });
      return view;
    });
  }

  async updateEngagement(
    scope: TenantScope,
    actor: Actor,
    id: string,
    dto: UpdateEngagementDto,
  ): Promise<EngagementView> {
    return this.dataSource.transaction(async (manager) => {
      const engagements = this.engagements.within(manager);
      const engagement = await engagements.getById(scope, id);
      const before = engagementView(engagement);
      if (dto.agencyId)
        await this.agencies.within(manager).getActiveReference(scope, dto.agencyId, 'agencyId');
      if (dto.supplierId)
        await this.suppliers
          .within(manager)
          .getActiveReference(scope, dto.supplierId, 'supplierId');
      Object.assign(engagement, dto);
      const agency = await this.agencies.within(manager).getById(scope, engagement.agencyId);
      Object.assign(
        engagement,
        computeFeeBurden(
          agency.feesChargedToWorkers,
          engagement,
          await this.rateTable(manager, scope),
          today(),
        ),
      );
      const view = engagementView(await engagements.save(scope, engagement));
      await this.activity.append(manager, scope, actor, {
        action: 'engagement.updated',
        entityType: 'engagement',
        entityId: id,
        before: { ...before },
        after: { ...view },
      });
      // Both sites when the engagement moved from one to the other.
      await this.outbox.enqueue(manager, scope, 'risk.recalculate', {
        supplierIds: [...new Set([before.supplierId, view.supplierId])],
      });
      return view;
    });
  }

  async removeEngagement(scope: TenantScope, actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const engagement = await this.engagements.within(manager).getById(scope, id);
      await manager.delete(AgencyEngagement, { id, organisationId: scope.organisationId });
      await this.activity.append(manager, scope, actor, {
        action: 'engagement.removed',
        entityType: 'engagement',
        entityId: id,
        before: { ...engagementView(engagement) },
      });
      await this.outbox.enqueue(manager, scope, 'risk.recalculate', {
        supplierIds: [engagement.supplierId],
      });
    });
  }

  /**
   * Re-derives fee burdens. Figures already computed keep the rates they were computed with unless
   * their inputs change (agency fees); a new exchange rate only fills in figures that were unknown.
   */
  async recomputeBurdens(
    manager: EntityManager,
    scope: TenantScope,
    which: { agencyId?: string; onlyUnknown?: boolean },
  ): Promise<number> {
    return recomputeFeeBurdens(manager, scope.organisationId, {
      agencyIds: which.agencyId ? [which.agencyId] : undefined,
      onlyUnknown: which.onlyUnknown,
    });
  }

  private async rateTable(manager: EntityManager, scope: TenantScope) {
    return loadRateTable(manager, scope.organisationId);
  }

  private async writeAgency<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint ===
          'recruitment_agencies_org_external_id_key'
      ) {
        throw DomainError.conflict('Another agency already has this external id', 'externalId');
      }
      throw error;
    }
  }
}

function emptyAgency(): Partial<RecruitmentAgency> {
  return {
    externalId: null,
    licenceNumber: null,
    licensingCountry: null,
    licenceStatus: 'unknown',
    licenceExpiresOn: null,
    countriesOfOperation: [],
    employerPaysCommitted: null,
    feesChargedToWorkers: null,
    depositRequired: null,
    depositAmountMinor: null,
    depositCurrency: null,
    loansOffered: null,
    loanInterestRatePercent: null,
    retainsDocuments: null,
    contractInWorkerLanguage: null,
    status: 'active',
  };
}
