import { computeFeeBurden, type FxRate } from '@app/domain';
import { EntityManager, In } from 'typeorm';
import { AgencyEngagement } from '../entities/agency-engagement.entity';
import { FxRateRecord } from '../entities/fx-rate.entity';
import { RecruitmentAgency } from '../entities/recruitment-agency.entity';

/** A stored rate as the domain uses it (exact decimal text, trailing zeros dropped). */
export const toFxRate = (record: FxRateRecord): FxRate => ({
  base: record.base,
  quote: record.quote,
  rate: record.rate.replace(/\.?0+$/, ''),
  validOn: record.validOn,
  source: record.source,
});

/** Today's date (UTC), the date fee burdens are computed on. */
export const today = (): string => new Date().toISOString().slice(0, 10);

export async function loadRateTable(
  manager: EntityManager,
  organisationId: string,
): Promise<FxRate[]> {
  return (await manager.find(FxRateRecord, { where: { organisationId } })).map(toFxRate);
}

/**
 * Re-derives the fee burden (fees in months of wages) of an organisation's engagements: those of
 * some agencies (their fees changed) or those still unknown (a missing rate was added). Figures
 * already computed keep the rates they were computed with unless their inputs change.
 * Shared by the API (one agency edited) and the worker (agencies imported).
 */
export async function recomputeFeeBurdens(
  manager: EntityManager,
  organisationId: string,
  which: { agencyIds?: readonly string[]; onlyUnknown?: boolean },
): Promise<number> {
  const rows = await manager.find(AgencyEngagement, {
    where: { organisationId, ...(which.agencyIds ? { agencyId: In([...which.agencyIds]) } : {}) },
  });
  const targets = which.onlyUnknown ? rows.filter((row) => row.feeMonths === null) : rows;
  if (targets.length === 0) return 0;
  const rates = await loadRateTable(manager, organisationId);
  const agencies = new Map(
    (
      await manager.find(RecruitmentAgency, {
        where: { organisationId, id: In([...new Set(targets.map((row) => row.agencyId))]) },
      })
    ).map((agency) => [agency.id, agency]),
  );
  for (const engagement of targets) {
    const agency = agencies.get(engagement.agencyId);
    if (!agency) continue;
    Object.assign(
      engagement,
      computeFeeBurden(agency.feesChargedToWorkers, engagement, rates, today()),
    );
    await manager.save(engagement);
  }
  return targets.length;
}
