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
  const nearest = computeTiers({ roots: companies.map((company) => company.id), edges });

  // Write only the differences, joined against temporary tables (a large "= ANY(array)" would be
  // a linear scan per row): on a stable graph almost nothing is written.
  await manager.query(
    `CREATE TEMP TABLE new_company_tiers ON COMMIT DROP AS
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS x(company_id, supplier_id, tier)`,
    [companyIds, supplierIds, tiers],
  );
  await manager.query(
    `CREATE TEMP TABLE new_tiers ON COMMIT DROP AS SELECT * FROM unnest($1::uuid[], $2::int[]) AS x(id, tier)`,
    [[...nearest.keys()], [...nearest.values()]],
  );
  await manager.query('ANALYZE new_company_tiers; ANALYZE new_tiers');
  await manager.query(
    `DELETE FROM supplier_tiers t WHERE t.organisation_id = $1 AND NOT EXISTS (
       SELECT 1 FROM new_company_tiers n WHERE n.company_id = t.company_id AND n.supplier_id = t.supplier_id)`,
    [organisationId],
  );
  await manager.query(
    `INSERT INTO supplier_tiers (organisation_id, company_id, supplier_id, tier)
     SELECT $1, company_id, supplier_id, tier FROM new_company_tiers
     ON CONFLICT (organisation_id, company_id, supplier_id) DO UPDATE SET tier = EXCLUDED.tier
       WHERE supplier_tiers.tier IS DISTINCT FROM EXCLUDED.tier`,
    [organisationId],
  );
  await manager.query(
    `UPDATE suppliers s SET tier = n.tier FROM new_tiers n
      WHERE s.organisation_id = $1 AND s.id = n.id AND s.tier IS DISTINCT FROM n.tier`,
    [organisationId],
  );
  await manager.query(
    `UPDATE suppliers s SET tier = NULL
      WHERE s.organisation_id = $1 AND s.tier IS NOT NULL AND NOT EXISTS (SELECT 1 FROM new_tiers n WHERE n.id = s.id)`,
    [organisationId],
  );
  return { mapped: nearest.size };
}
