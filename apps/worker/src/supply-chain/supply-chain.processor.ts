import { computeTiers } from '@app/domain';
import { typedJob } from '@app/queues';
import { runCoalescedOutboxJob } from '@app/platform';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';

export const SUPPLY_CHAIN_QUEUE = 'supply-chain';

/** Derived supply-chain data: tiers (shortest path from each reporting company). */
@Processor(SUPPLY_CHAIN_QUEUE)
export class SupplyChainProcessor extends WorkerHost {
  private readonly logger = new Logger('SupplyChainProcessor');

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async process(job: Job): Promise<void> {
    const typed = typedJob(job);
    switch (typed.name) {
      case 'supply-chain.recompute-tiers': {
        const outcome = await runCoalescedOutboxJob(
          this.dataSource,
          { ...typed.data, jobName: typed.name },
          async (manager, scope) => {
            await recomputeTiers(manager, scope.organisationId);
          },
        );
        this.logger.debug({ outboxId: typed.data.outboxId, outcome }, 'recompute-tiers');
        return;
      }
      default:
        throw new Error(`No handler for job ${typed.name} on ${SUPPLY_CHAIN_QUEUE}`);
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Queue connection problem (retrying): ${error.message}`);
  }
}

/**
 * Rewrites supplier_tiers (per company) and suppliers.tier (the nearest of any company) for one
 * organisation from its links. Set-based writes: one statement each, whatever the graph size.
 */
export async function recomputeTiers(
  manager: EntityManager,
  organisationId: string,
): Promise<{ mapped: number }> {
  const companies: { id: string }[] = await manager.query(
    'SELECT id FROM reporting_companies WHERE organisation_id = $1',
    [organisationId],
  );
  const links: { b: string; s: string }[] = await manager.query(
    'SELECT coalesce(buyer_company_id, buyer_supplier_id) AS b, supplier_id AS s FROM supply_links WHERE organisation_id = $1',
    [organisationId],
  );
  const edges = links.map((link) => [link.b, link.s] as const);

  const companyIds: string[] = [];
  const supplierIds: string[] = [];
  const tiers: number[] = [];
  for (const company of companies) {
    for (const [supplierId, tier] of computeTiers({ roots: [company.id], edges })) {
      companyIds.push(company.id);
      supplierIds.push(supplierId);
      tiers.push(tier);
    }
  }
  await manager.query('DELETE FROM supplier_tiers WHERE organisation_id = $1', [organisationId]);
  await manager.query(
    `INSERT INTO supplier_tiers (organisation_id, company_id, supplier_id, tier)
     SELECT $1, c, s, t FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS x(c, s, t)`,
    [organisationId, companyIds, supplierIds, tiers],
  );

  const nearest = computeTiers({ roots: companies.map((company) => company.id), edges });
  await manager.query(
    `UPDATE suppliers s SET tier = x.t FROM unnest($2::uuid[], $3::int[]) AS x(id, t)
      WHERE s.organisation_id = $1 AND s.id = x.id AND s.tier IS DISTINCT FROM x.t`,
    [organisationId, [...nearest.keys()], [...nearest.values()]],
  );
  await manager.query(
    `UPDATE suppliers SET tier = NULL WHERE organisation_id = $1 AND tier IS NOT NULL AND NOT (id = ANY($2::uuid[]))`,
    [organisationId, [...nearest.keys()]],
  );
  return { mapped: nearest.size };
}
