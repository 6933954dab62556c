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

  // Write only the differences, joined against a temporary table (a large "= ANY(array)" would be
  // a linear scan per row): on a stable graph almost nothing is written.
  await manager.query(
    `CREATE TEMP TABLE new_company_tiers (company_id uuid, supplier_id uuid, tier smallint)
     ON COMMIT DROP`,
  );
  const mapped = new Set<string>();
  for (const company of companies) {
    const tiers = computeTiers({ roots: [company.id], edges });
    for (const supplierId of tiers.keys()) mapped.add(supplierId);
    // Comma-joined rather than as JS arrays: pg quotes and escapes array elements one by one.
    await manager.query(
      `INSERT INTO new_company_tiers SELECT $1, * FROM unnest(
         string_to_array($2, ',')::uuid[], string_to_array($3, ',')::smallint[])`,
      [company.id, [...tiers.keys()].join(','), [...tiers.values()].join(',')],
    );
  }
  await manager.query('ANALYZE new_company_tiers');
  await manager.query(
    `DELETE FROM supplier_tiers t WHERE t.organisation_id = $1 AND NOT EXISTS (
       SELECT 1 FROM new_company_tiers n WHERE n.company_id = t.company_id AND n.supplier_id = t.supplier_id)`,
    [organisationId],
  );
  await manager.query(
    `UPDATE supplier_tiers t SET tier = n.tier FROM new_company_tiers n
      WHERE t.organisation_id = $1 AND t.company_id = n.company_id AND t.supplier_id = n.supplier_id
        AND t.tier <> n.tier`,
    [organisationId],
  );
  // A plain insert of the missing rows, not ON CONFLICT (whose speculative insertion probes the key
  // twice per row): runs are serialised per organisation (runCoalescedOutboxJob). In key order, so
  // a first computation appends to the primary key rather than splitting pages all over it.
  await manager.query(
    `INSERT INTO supplier_tiers (organisation_id, company_id, supplier_id, tier)
     SELECT $1, company_id, supplier_id, tier FROM new_company_tiers n WHERE NOT EXISTS (
       SELECT 1 FROM supplier_tiers t
        WHERE t.organisation_id = $1 AND t.company_id = n.company_id AND t.supplier_id = n.supplier_id)
     ORDER BY company_id, supplier_id`,
    [organisationId],
  );
  await manager.query(
    `UPDATE suppliers s SET tier = NULL
      WHERE s.organisation_id = $1 AND s.tier IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM new_company_tiers n WHERE n.supplier_id = s.id)`,
    [organisationId],
  );
  // The nearest tier is the minimum over the companies (what one BFS from all of them would give);
  // with a single company, its own tiers.
  const nearest =
    companies.length === 1
      ? 'new_company_tiers'
      : '(SELECT supplier_id, min(tier) AS tier FROM new_company_tiers GROUP BY supplier_id)';
  // Fillfactor 80 leaves room to rewrite only about a quarter of a page's rows in place (HOT) in
  // one transaction, so most of a bulk change are non-HOT updates that insert into every index.
  // Naming organisation_id in SET (same value: still HOT-eligible, no foreign-key check) withholds
  // PostgreSQL's "key unchanged" hint from the indexes; with it, every full leaf page first gets a
  // bottom-up deletion pass, which cannot succeed here as the old versions are our own.
  await manager.query(
    `UPDATE suppliers s SET tier = n.tier, organisation_id = s.organisation_id FROM ${nearest} n
      WHERE s.organisation_id = $1 AND s.id = n.supplier_id AND s.tier IS DISTINCT FROM n.tier`,
    [organisationId],
  );
  return { mapped: mapped.size };
}
