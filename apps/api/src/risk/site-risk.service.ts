import {
  bandOf,
  decodeFactors,
  referenceEditionsOf,
  describeFactor,
  mainFactor,
  ownRiskWithout,
  parseFactorSource,
  UNSEEN_BY_SUPPLIERS,
  withChainRisk,
  type DescribedFactor,
  type FactorSource,
  type OwnRisk,
  type RiskFactor,
} from '@app/domain';
import { SiteRiskScore } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { SuppliersService } from '../supply-chain/suppliers.service';
import { monthlyHistoryQuery } from './history';
import { recalculationPending } from './recalculation-pending';

export interface ExplainedFactor extends DescribedFactor {
  sourceDetail: FactorSource;
}

/** Enough of the explanation for a supplier: what it can act on, and the rest as one line. */
const OUTSIDE_CONTROL = {
  code: 'outside_site_control',
  label: 'Country, sector, products and upstream suppliers (outside the site’s control)',
};

/**
 * A site's risk with its explanation, and its history. The chain factor is rebuilt from the
 * stored upstream columns by the same model function that scored it.
 */
@Injectable()
export class SiteRiskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
  ) {}

  async explain(auth: AuthContext, supplierId: string) {
    const site = await this.suppliers.visible(auth, supplierId);
    const pending = await recalculationPending(this.dataSource, auth.organisationId);
    // Keyed by site and organisation both: a score is only ever read within its tenant.
    const stored = await this.dataSource
      .getRepository(SiteRiskScore)
      .findOne({ where: { organisationId: auth.organisationId, supplierId: site.id } });
    if (!stored)
      return {
        supplierId: site.id,
        name: site.name,
        status: 'pending' as const,
        recalculationPending: true,
        score: null,
        band: null,
        factors: [],
      };
    const own: OwnRisk = {
      siteId: site.id,
      score: stored.ownScore,
      factors: decodeFactors(stored.ownFactors, stored.referenceVersion),
      noEvidence: stored.noEvidence,
    };
    const upstreamRisk =
      stored.upstreamSupplierId !== null && stored.upstreamScore !== null
        ? { siteId: stored.upstreamSupplierId, score: stored.upstreamScore }
        : null;
    const context = { referenceVersion: stored.referenceVersion, asOf: stored.asOf };
    const base = {
      supplierId: site.id,
      name: site.name,
      status: 'scored' as const,
      recalculationPending: pending,
      score: stored.score,
      band: stored.band,
      noEvidence: stored.noEvidence,
      modelVersion: stored.modelVersion,
      referenceVersion: stored.referenceVersion,
      referenceEditions: referenceEditionsOf(stored.referenceVersion),
      asOf: stored.asOf,
      computedAt: stored.computedAt.toISOString(),
    };
    if (auth.role === 'supplier') {
      // Grievances are left out of everything a supplier user sees, score included (scored again
      // without them, floors and all): a change in it would tell the site that a worker spoke up.
      const seen = withChainRisk(ownRiskWithout(own, UNSEEN_BY_SUPPLIERS), upstreamRisk, context);
      const score = seen.score;
      const actionable = seen.factors.map(describeFactor).filter((factor) => factor.actionable);
      const rest = score - actionable.reduce((sum, factor) => sum + factor.points, 0);
      return {
        supplierId: site.id,
        name: site.name,
        status: 'scored' as const,
        score,
        band: bandOf(score),
        noEvidence: stored.noEvidence,
        modelVersion: stored.modelVersion,
        referenceVersion: stored.referenceVersion,
        asOf: stored.asOf,
        factors: [
          ...actionable.map((factor) => ({ ...factor, source: '' })),
          { ...OUTSIDE_CONTROL, points: rest },
        ],
      };
    }
    const risk = withChainRisk(own, upstreamRisk, context);
    const upstream = stored.upstreamSupplierId
      ? await this.siteName(auth, stored.upstreamSupplierId)
      : null;
    return {
      ...base,
      ownScore: stored.ownScore,
      upstream:
        stored.upstreamSupplierId === null
          ? null
          : { supplierId: stored.upstreamSupplierId, name: upstream, score: stored.upstreamScore },
      mainFactor: mainFactor(risk.factors)?.code ?? null,
      factors: risk.factors.map((factor: RiskFactor) => ({
        ...describeFactor(factor),
        sourceDetail: parseFactorSource(factor.source),
      })),
    };
  }

  /** The site's score at the end of each month (the last snapshot on or before it). */
  async history(auth: AuthContext, supplierId: string, months: number) {
    const site = await this.suppliers.visible(auth, supplierId);
    const rows: Array<{
      month: string;
      score: number | null;
      band: string | null;
      model_version: string | null;
      reference_version: string | null;
    }> = await this.dataSource.query(
      monthlyHistoryQuery(
        `SELECT DISTINCT ON (h.supplier_id) h.score, h.band, h.model_version, h.reference_version
           FROM site_risk_snapshots h
          WHERE h.organisation_id = $1 AND h.supplier_id = $2 AND h.computed_at < m.month_end
          ORDER BY h.supplier_id, h.computed_at DESC, h.id DESC`,
        'score, band, model_version, reference_version',
      ),
      [auth.organisationId, site.id, months],
    );
    return {
      supplierId: site.id,
      months: rows.map((row) => ({
        month: row.month,
        score: row.score,
        band: row.band,
        modelVersion: row.model_version,
        referenceVersion: row.reference_version,
      })),
    };
  }

  private async siteName(auth: AuthContext, supplierId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM suppliers WHERE organisation_id = $1 AND id = $2',
      [auth.organisationId, supplierId],
    );
    return rows[0]?.name ?? null;
  }
}
