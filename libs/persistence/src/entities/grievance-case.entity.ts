import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { GrievanceChannel } from './grievance-channel.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * A worker's report and its handling. Deliberately holds no client address, no user agent and no
 * time of day: the day it was received is all (a timestamp could be matched against shift or
 * camera records). The free text and any contact details are sealed (AES-256-GCM, key from
 * configuration); only the follow-up key's hash is kept.
 */
@Entity({ name: 'grievance_cases' })
@Index('grievance_cases_reference_key', ['reference'], { unique: true })
@Index('grievance_cases_org_status_idx', ['organisationId', 'status'])
@Index('grievance_cases_org_supplier_idx', ['organisationId', 'supplierId'])
@Check(
  'grievance_cases_status_check',
  `status IN ('received','acknowledged','investigating','outcome_recorded','closed')`,
)
export class GrievanceCase extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'follow_up_key_hash', type: 'text' })
  followUpKeyHash!: string;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => GrievanceChannel)
  @JoinColumn({ name: 'channel_id' })
  channel?: GrievanceChannel;

  @Column({ type: 'text' })
  category!: string;

  @Column({ name: 'description_sealed', type: 'text' })
  descriptionSealed!: string;

  @Column({ name: 'happened_on', type: 'date', nullable: true })
  happenedOn!: string | null;

  @Column({ name: 'workers_affected', type: 'text' })
  workersAffected!: string;

  @Column({ name: 'contact_preference', type: 'text' })
  contactPreference!: string;

  @Column({ name: 'contact_sealed', type: 'text', nullable: true })
  contactSealed!: string | null;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  /** The day only. */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  /** Set by the worker once the report is registered (the system's acknowledgement). */
  @Column({ name: 'registered', type: 'boolean', default: false })
  registered!: boolean;

  @Column({ type: 'text', default: 'received' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  severity!: string | null;

  @Column({ type: 'text', array: true })
  indicators!: string[];

  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId!: string | null;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Column({ name: 'acknowledged_on', type: 'date', nullable: true })
  acknowledgedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'outcome_on', type: 'date', nullable: true })
  outcomeOn!: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'remedy_corrective_action_id', type: 'uuid', nullable: true })
  remedyCorrectiveActionId!: string | null;

  @Column({ name: 'remedy_fee_remediation_id', type: 'uuid', nullable: true })
  remedyFeeRemediationId!: string | null;

  /** Set by the repeatable job when a target passed (acknowledgement 7 days, feedback 90). */
  @Column({ name: 'acknowledgement_overdue', type: 'boolean', default: false })
  acknowledgementOverdue!: boolean;

  @Column({ name: 'feedback_overdue', type: 'boolean', default: false })
  feedbackOverdue!: boolean;
}
