import { InjectTenantRepository, ReportingCompany, TenantRepository } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { monthlyHistoryQuery } from './history';
import { recalculationPending } from './recalculation-pending';

/** The sites in a company's mapped chain (any tier), with their current score where there is one. */
const PORTFOLIO = `
  SELECT s.id, s.name, s.country, s.sector, t.tier, r.score, r.band, r.own_score,
         CASE WHEN r.score - r.own_score > r.main_factor_points THEN 'chain' ELSE r.main_factor END
           AS main_factor
    FROM supplier_tiers t
    JOIN suppliers s ON s.id = t.supplier_id AND s.organisation_id = t.organisation_id
                    AND s.status = 'active'
    LEFT JOIN site_risk_scores r ON r.supplier_id = s.id AND r.organisation_id = s.organisation_id
   WHERE t.organisation_id = $1 AND t.company_id = $2`;

const BAND_COUNTS = `
  count(*) FILTER (WHERE band = 'low')::int AS low,
  count(*) FILTER (WHERE band = 'medium')::int AS medium,
  count(*) FILTER (WHERE band = 'high')::int AS high,
  count(*) FILTER (WHERE band = 'critical')::int AS critical`;

type Row = Record<string, string | number | null>;

/** Portfolio risk of a reporting company: bands, tiers, a country × sector heatmap, the top 20. */
@Injectable()
export class PortfolioRiskService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(ReportingCompany)
    private readonly companies: TenantRepository<ReportingCompany>,
  ) {}

  async summary(auth: AuthContext, companyId: string) {
    const company = await this.companies.getById(auth, companyId);
    const params = [auth.organisationId, company.id];
    const [totals]: Row[] = await this.dataSource.query(
      `SELECT count(*)::int AS sites, count(score)::int AS scored,
              round(avg(score))::int AS average_score, ${BAND_COUNTS}
         FROM (${PORTFOLIO}) p`,
      params,
    );
    const byTier: Row[] = await this.dataSource.query(
      `SELECT tier, count(*)::int AS sites, count(*) FILTER (WHERE score IS NULL)::int AS unscored,
              round(avg(score))::int AS average_score, ${BAND_COUNTS}
         FROM (${PORTFOLIO}) p GROUP BY tier ORDER BY tier`,
      params,
    );
    const heatmap: Row[] = await this.dataSource.query(
      `SELECT country, sector, count(*)::int AS sites, round(avg(score))::int AS average_score,
              max(score)::int AS highest_score
         FROM (${PORTFOLIO}) p GROUP BY country, sector ORDER BY country, sector`,
      params,
    );
    const top: Row[] = await this.dataSource.query(
      `SELECT id, name, country, sector, tier, score, band, main_factor
         FROM (${PORTFOLIO}) p WHERE score IS NOT NULL
        ORDER BY score DESC, name, id LIMIT 20`,
      params,
    );
    const pending = await recalculationPending(this.dataSource, auth.organisationId);
    return {
      companyId: company.id,
      companyName: company.name,
      recalculationPending: pending,
      sites: totals.sites,
      unscored: Number(totals.sites) - Number(totals.scored),
      averageScore: totals.average_score,
      bands: bandsOf(totals),
      byTier: byTier.map((row) => ({
        tier: row.tier,
        sites: row.sites,
        unscored: row.unscored,
        averageScore: row.average_score,
        bands: bandsOf(row),
      })),
      heatmap: heatmap.map((row) => ({
        country: row.country,
        sector: row.sector,
        sites: row.sites,
        averageScore: row.average_score,
        highestScore: row.highest_score,
      })),
      top: top.map((row) => ({
        supplierId: row.id,
        name: row.name,
        country: row.country,
        sector: row.sector,
        tier: row.tier,
        score: row.score,
        band: row.band,
        mainFactor: row.main_factor,
      })),
    };
  }

  /** Month by month: the company's current sites as they scored at each month's end. */
  async history(auth: AuthContext, companyId: string, months: number) {
    const company = await this.companies.getById(auth, companyId);
    const rows: Row[] = await this.dataSource.query(
      monthlyHistoryQuery(
        `SELECT count(*)::int AS sites, round(avg(score))::int AS average_score, ${BAND_COUNTS}
           FROM (SELECT DISTINCT ON (h.supplier_id) h.score, h.band
                   FROM site_risk_snapshots h
                   JOIN supplier_tiers t ON t.organisation_id = h.organisation_id
                                        AND t.supplier_id = h.supplier_id AND t.company_id = $2
                  WHERE h.organisation_id = $1 AND h.computed_at < m.month_end
                  ORDER BY h.supplier_id, h.computed_at DESC, h.id DESC) s`,
        'sites, average_score, low, medium, high, critical',
      ),
      [auth.organisationId, company.id, months],
    );
    return {
      companyId: company.id,
      months: rows.map((row) => ({
        month: row.month,
        sitesScored: row.sites,
        averageScore: row.average_score,
        bands: bandsOf(row),
      })),
    };
  }
}

function bandsOf(row: Row) {
  return { low: row.low, medium: row.medium, high: row.high, critical: row.critical };
}
