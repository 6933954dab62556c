import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

export type RiskRecalculationStatus = 'queued' | 'running' | 'done' | 'failed';

/** A full recalculation of an organisation's risk, requested by a person, with its progress. */
@Entity({ name: 'risk_recalculations' })
@Index('risk_recalculations_org_created_idx', ['organisationId', 'createdAt'])
@Check('risk_recalculations_status_check', `status IN ('queued','running','done','failed')`)
export class RiskRecalculation extends TenantOwnedEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: RiskRecalculationStatus;

  /** Why it runs: "requested", "reference data: tip-tiers", "import"... */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ name: 'sites_total', type: 'integer', nullable: true })
  sitesTotal!: number | null;

  @Column({ name: 'sites_done', type: 'integer', default: 0 })
  sitesDone!: number;

  @Column({ name: 'sites_changed', type: 'integer', nullable: true })
  sitesChanged!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
