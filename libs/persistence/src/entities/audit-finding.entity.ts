import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../columns';
import { Audit } from './audit.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/** A finding of a submitted audit report, written by the worker (once: unique per position). */
@Entity({ name: 'audit_findings' })
@Index('audit_findings_audit_position_key', ['auditId', 'position'], { unique: true })
@Index('audit_findings_org_supplier_idx', ['organisationId', 'supplierId'])
export class AuditFinding extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => Audit)
  @JoinColumn({ name: 'audit_id' })
  audit?: Audit;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  /** 1-based order in the report: the finding's number. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  severity!: 'critical' | 'major' | 'minor' | 'observation';

  @Column({ type: 'text', array: true })
  indicators!: string[];

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'workers_affected', type: 'integer', nullable: true })
  workersAffected!: number | null;

  @Column({ name: 'fees_paid_minor', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  feesPaidMinor!: number | null;

  @Column({ name: 'fees_currency', type: 'text', nullable: true })
  feesCurrency!: string | null;

  @Column({ name: 'evidence_file_ids', type: 'uuid', array: true })
  evidenceFileIds!: string[];

  /** When its corrective action was closed (a finding without one is never "open"). */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;
}
