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
import { Audit } from './audit.entity';
import { AuditFinding } from './audit-finding.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/** A corrective action plan item for a critical or major audit finding (one per finding). */
@Entity({ name: 'corrective_actions' })
@Index('corrective_actions_finding_key', ['findingId'], { unique: true })
@Index('corrective_actions_org_supplier_idx', ['organisationId', 'supplierId'])
@Index('corrective_actions_due_idx', ['dueOn'], { where: "status <> 'closed'" })
@Check(
  'corrective_actions_status_check',
  `status IN ('open','plan_submitted','plan_accepted','evidence_submitted','follow_up_required','closed')`,
)
export class CorrectiveAction extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => Audit)
  @JoinColumn({ name: 'audit_id' })
  audit?: Audit;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => AuditFinding)
  @JoinColumn({ name: 'finding_id' })
  finding?: AuditFinding;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'text' })
  severity!: 'critical' | 'major';

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', default: 'open' })
  status!: string;

  @Column({ name: 'root_cause', type: 'text', nullable: true })
  rootCause!: string | null;

  @Column({ name: 'action_plan', type: 'text', nullable: true })
  actionPlan!: string | null;

  /** The officer's last word when sending back or closing. */
  @Column({ name: 'officer_comment', type: 'text', nullable: true })
  officerComment!: string | null;

  @Column({ name: 'evidence_note', type: 'text', nullable: true })
  evidenceNote!: string | null;

  @Column({ name: 'evidence_file_ids', type: 'uuid', array: true })
  evidenceFileIds!: string[];

  @Column({ name: 'closure_method', type: 'text', nullable: true })
  closureMethod!: 'desk_review' | 'follow_up_audit' | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  /** Set by the daily job when the due date passed before closure. */
  @Column({ name: 'overdue_since', type: 'date', nullable: true })
  overdueSince!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
