import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Supplier } from './supplier.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

export const AUDIT_STATUSES = ['planned', 'submitted', 'processed', 'cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/**
 * An audit of one site: planned by a compliance officer, carried out and reported by its assigned
 * auditors. The report is a draft (jsonb, any number of saves) until submitted, then frozen in
 * `report` and processed by the worker into findings, corrective actions and remediations.
 * For an unannounced audit nothing of this row reaches a supplier user before `submitted_at`.
 */
@Entity({ name: 'audits' })
@Index('audits_org_reference_key', ['organisationId', 'reference'], { unique: true })
@Index('audits_org_supplier_idx', ['organisationId', 'supplierId'])
@Check('audits_type_check', `type IN ('announced','semi_announced','unannounced')`)
@Check('audits_status_check', `status IN ('planned','submitted','processed','cancelled')`)
@Check(
  'audits_schedule_check',
  `(type = 'announced' AND planned_on IS NOT NULL) OR
   (type <> 'announced' AND window_start IS NOT NULL AND window_end >= window_start)`,
)
export class Audit extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** AUD-<year>-<number>, per organisation: what people quote on the phone and in reports. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => Supplier)
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Column({ type: 'text' })
  type!: 'announced' | 'semi_announced' | 'unannounced';

  @Column({ name: 'planned_on', type: 'date', nullable: true })
  plannedOn!: string | null;

  @Column({ name: 'window_start', type: 'date', nullable: true })
  windowStart!: string | null;

  @Column({ name: 'window_end', type: 'date', nullable: true })
  windowEnd!: string | null;

  /** ILO indicator codes the audit looks at. */
  @Column({ name: 'scope_indicators', type: 'text', array: true })
  scopeIndicators!: string[];

  @Column({ name: 'scope_notes', type: 'text', nullable: true })
  scopeNotes!: string | null;

  @Column({ name: 'audit_firm', type: 'text', nullable: true })
  auditFirm!: string | null;

  /** Auditor users of the organisation assigned to the audit. */
  @Column({ name: 'auditor_ids', type: 'uuid', array: true })
  auditorIds!: string[];

  @Column({ type: 'text', default: 'planned' })
  status!: AuditStatus;

  @Column({ name: 'report_draft', type: 'jsonb', nullable: true })
  reportDraft!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  report!: Record<string, unknown> | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  /** The PDF report, once the worker has rendered it. */
  @Column({ name: 'report_file_id', type: 'uuid', nullable: true })
  reportFileId!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
