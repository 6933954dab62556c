import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { bigintAsNumber } from '../columns';
import { FeeRemediation } from './fee-remediation.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/** One repayment to workers, with its date and evidence (a bank transfer list, receipts). */
@Entity({ name: 'fee_repayments' })
@Index('fee_repayments_org_remediation_idx', ['organisationId', 'remediationId'])
export class FeeRepayment extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'remediation_id', type: 'uuid' })
  remediationId!: string;

  @ManyToOne(() => FeeRemediation)
  @JoinColumn({ name: 'remediation_id' })
  remediation?: FeeRemediation;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Column({ name: 'evidence_file_id', type: 'uuid', nullable: true })
  evidenceFileId!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
