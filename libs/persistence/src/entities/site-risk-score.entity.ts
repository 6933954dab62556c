import type { RiskBand } from '@app/domain';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The current risk of each site: its own score with the factors that explain it, and the highest
 * own score upstream (chain risk). The chain factor is derived from the upstream columns when the
 * explanation is read, so a change upstream rewrites two numbers, not the explanation.
 * Written only by the risk worker; no foreign keys, for bulk writes (suppliers are never deleted).
 * Only the primary key (organisation, site) is indexed: every reader joins from sites, and each
 * index costs a full recalculation one write per site.
 */
@Entity({ name: 'site_risk_scores' })
@Check('site_risk_scores_score_check', 'score BETWEEN 0 AND 100 AND own_score BETWEEN 0 AND 100')
@Check('site_risk_scores_band_check', `band IN ('low','medium','high','critical')`)
export class SiteRiskScore {
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'site_risk_scores_pkey',
  })
  organisationId!: string;

  @PrimaryColumn({
    name: 'supplier_id',
    type: 'uuid',
    primaryKeyConstraintName: 'site_risk_scores_pkey',
  })
  supplierId!: string;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'text' })
  band!: RiskBand;

  @Column({ name: 'own_score', type: 'smallint' })
  ownScore!: number;

  /**
   * The explanation in its storage form (libs/domain factor-codec: decodeFactors). json, not jsonb:
   * written whole and read whole, never queried into, and jsonb costs more to write.
   */
  @Column({ name: 'own_factors', type: 'json' })
  ownFactors!: unknown;

  /** Hash of own_factors as written: a recalculation that changes nothing writes nothing. */
  @Column({ name: 'factors_hash', type: 'text' })
  factorsHash!: string;

  @Column({ name: 'upstream_score', type: 'smallint', nullable: true })
  upstreamScore!: number | null;

  @Column({ name: 'upstream_supplier_id', type: 'uuid', nullable: true })
  upstreamSupplierId!: string | null;

  @Column({ name: 'no_evidence', type: 'boolean' })
  noEvidence!: boolean;

  /**
   * The own factor adding the most points, and its points: with the chain exposure (score minus
   * own score) they give the site's main factor without reading the explanation.
   */
  @Column({ name: 'main_factor', type: 'text' })
  mainFactor!: string;

  @Column({ name: 'main_factor_points', type: 'smallint' })
  mainFactorPoints!: number;

  @Column({ name: 'model_version', type: 'text' })
  modelVersion!: string;

  @Column({ name: 'reference_version', type: 'text' })
  referenceVersion!: string;

  /** The day the score is for (evidence age and licence expiry are measured from it). */
  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
