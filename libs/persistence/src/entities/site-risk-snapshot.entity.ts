import type { RiskBand } from '@app/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantScopedEntity } from './tenant-owned.entity';

/**
 * Risk history: one row each time a site's score, band, model or reference version changes.
 * Append-only: a new model version adds rows and never rewrites the ones before it.
 */
@Entity({ name: 'site_risk_snapshots' })
@Index('site_risk_snapshots_org_site_time_idx', ['organisationId', 'supplierId', 'computedAt'])
export class SiteRiskSnapshot extends TenantScopedEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'text' })
  band!: RiskBand;

  @Column({ name: 'own_score', type: 'smallint' })
  ownScore!: number;

  @Column({ name: 'main_factor', type: 'text' })
  mainFactor!: string;

  @Column({ name: 'model_version', type: 'text' })
  modelVersion!: string;

  @Column({ name: 'reference_version', type: 'text' })
  referenceVersion!: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
