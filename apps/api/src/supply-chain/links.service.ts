import { DomainError, subgraph } from '@app/domain';
import {
  InjectTenantRepository,
  ReportingCompany,
  Supplier,
  SupplyLink,
  TenantRepository,
  TenantScope,
} from '@app/persistence';
import { ActivityLogService, Actor, OutboxService } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { CreateLinkDto, GraphNode, GraphQuery, GraphView, LinkView } from './dto/link.dto';

const linkView = (link: SupplyLink): LinkView => ({
  id: link.id,
  buyerCompanyId: link.buyerCompanyId,
  buyerSupplierId: link.buyerSupplierId,
  supplierId: link.supplierId,
  commodity: link.commodity,
  annualSpendMinor: link.annualSpendMinor,
  spendCurrency: link.spendCurrency,
});

/**
 * Who buys from whom. Every change queues a tier recomputation through the outbox (coalesced by
 * the worker), so tiers never depend on the request path, however large the graph.
 */
@Injectable()
export class LinksService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(SupplyLink) private readonly links: TenantRepository<SupplyLink>,
    @InjectTenantRepository(Supplier) private readonly suppliers: TenantRepository<Supplier>,
    @InjectTenantRepository(ReportingCompany)
    private readonly companies: TenantRepository<ReportingCompany>,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  async list(scope: TenantScope, supplierId?: string): Promise<LinkView[]> {
    const links = await this.links.find(scope, {
      where: supplierId ? [{ supplierId }, { buyerSupplierId: supplierId }] : undefined,
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 1000,
    });
    return links.map(linkView);
  }

  async create(scope: TenantScope, actor: Actor, dto: CreateLinkDto): Promise<LinkView> {
    if (dto.buyerSupplierId && dto.buyerSupplierId === dto.supplierId) {
      throw DomainError.invalid(
        'supplierId',
        'must differ from buyerSupplierId (a site cannot supply itself)',
      );
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.suppliers
          .within(manager)
          .getActiveReference(scope, dto.supplierId, 'supplierId');
        if (dto.buyerCompanyId)
          await this.companies
            .within(manager)
            .getReference(scope, dto.buyerCompanyId, 'buyerCompanyId');
        else
          await this.suppliers
            .within(manager)
            .getActiveReference(scope, dto.buyerSupplierId!, 'buyerSupplierId');
        const link = await this.links.within(manager).insert(scope, {
          buyerCompanyId: dto.buyerCompanyId ?? null,
          buyerSupplierId: dto.buyerCompanyId ? null : (dto.buyerSupplierId ?? null),
          supplierId: dto.supplierId,
          commodity: dto.commodity ?? null,
          annualSpendMinor: dto.annualSpendMinor ?? null,
          spendCurrency: dto.spendCurrency ?? null,
        });
        const view = linkView(link);
        await this.activity.append(manager, scope, actor, {
          action: 'supply-link.created',
          entityType: 'supply-link',
          entityId: link.id,
          after: { ...view },
        });
        await this.outbox.enqueue(manager, scope, 'supply-chain.recompute-tiers', {});
        await this.enqueueRisk(manager, scope, link);
        return view;
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        /supply_links_(company|site)_pair_key/.test(
          String((error.driverError as { constraint?: string }).constraint),
        )
      ) {
        throw DomainError.conflict('This buyer already buys from this supplier', 'supplierId');
      }
      throw error;
    }
  }

  async remove(scope: TenantScope, actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const link = await this.links.within(manager).getById(scope, id);
      await manager.delete(SupplyLink, { id: link.id, organisationId: scope.organisationId });
      await this.activity.append(manager, scope, actor, {
        action: 'supply-link.removed',
        entityType: 'supply-link',
        entityId: id,
        before: { ...linkView(link) },
      });
      await this.outbox.enqueue(manager, scope, 'supply-chain.recompute-tiers', {});
      await this.enqueueRisk(manager, scope, link);
    });
  }

  /** A site buyer's chain risk (and whether its sub-tiers are mapped) changes with its links. */
  private async enqueueRisk(manager: EntityManager, scope: TenantScope, link: SupplyLink) {
    if (link.buyerSupplierId)
      await this.outbox.enqueue(manager, scope, 'risk.recalculate', {
        supplierIds: [link.buyerSupplierId],
      });
  }

  /** Nodes and edges within `depth` hops of a company or site, for drawing the chain. */
  async graph(scope: TenantScope, query: GraphQuery): Promise<GraphView> {
    const start = query.supplierId ?? query.companyId!;
    if (query.supplierId) await this.suppliers.getById(scope, query.supplierId);
    else await this.companies.getById(scope, start);
    const rows: { buyer: string; supplier: string }[] = await this.dataSource.query(
      `SELECT coalesce(buyer_company_id, buyer_supplier_id) AS buyer, supplier_id AS supplier
         FROM supply_links WHERE organisation_id = $1`,
      [scope.organisationId],
    );
    const around = subgraph(
      rows.map((row) => [row.buyer, row.supplier] as const),
      start,
      query.depth,
      query.direction,
    );
    const ids = [...around.nodes.keys()];
    const [sites, companies] = await Promise.all([
      this.suppliers.find(scope, { where: { id: In(ids) } }),
      this.companies.find(scope, { where: { id: In(ids) } }),
    ]);
    const nodes: GraphNode[] = [
      ...companies.map((c) => ({
        id: c.id,
        kind: 'company' as const,
        name: c.name,
        country: c.hqCountry,
        sector: c.sector,
        tier: 0,
        distance: around.nodes.get(c.id)!,
      })),
      ...sites.map((s) => ({
        id: s.id,
        kind: 'supplier' as const,
        name: s.name,
        country: s.country,
        sector: s.sector,
        tier: s.tier,
        distance: around.nodes.get(s.id)!,
      })),
    ].sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
    return { nodes, edges: around.edges.map(([buyer, supplier]) => [buyer, supplier]) };
  }
}
