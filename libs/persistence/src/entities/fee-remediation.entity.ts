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
import { bigintAsNumber } from '../columns';
import { AuditFinding } from './audit-finding.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * Repayment of recruitment fees to the workers who paid them (the Employer Pays Principle):
 * what is owed, what has been repaid, closed only when nothing is outstanding.
 */
@Entity({ name: 'fee_remediations' })
@Index('fee_remediations_finding_key', ['findingId'], {
  unique: true,
  where: 'finding_id IS NOT NULL',
})
@Index('fee_remediations_org_supplier_idx', ['organisationId', 'supplierId'])
@Check('fee_remediations_status_check', `status IN ('open','closed')`)
@Check('fee_remediations_amounts_check', `repaid_minor >= 0 AND repaid_minor <= owed_minor`)
@Check('fee_remediations_closed_check', `(status = 'closed') = (repaid_minor = owed_minor)`)
export class FeeRemediation extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Column({ name: 'audit_id', type: 'uuid', nullable: true })
  auditId!: string | null;

  @Column({ name: 'finding_id', type: 'uuid', nullable: true })
  findingId!: string | null;

  @ManyToOne(() => AuditFinding)
  @JoinColumn({ name: 'finding_id' })
  finding?: AuditFinding;

  @Column({ name: 'workers_affected', type: 'integer' })
  workersAffected!: number;

  @Column({ name: 'owed_minor', type: 'bigint', transformer: bigintAsNumber })
  owedMinor!: number;

  @Column({ name: 'repaid_minor', type: 'bigint', default: 0, transformer: bigintAsNumber })
  repaidMinor!: number;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'closed';

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
