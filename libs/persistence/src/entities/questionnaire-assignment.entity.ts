import type { Answers } from '@app/domain';
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
import { QuestionnaireCampaign } from './questionnaire-campaign.entity';
import { RecruitmentAgency } from './recruitment-agency.entity';
import { Supplier } from './supplier.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

export const ASSIGNMENT_STATUSES = [
  'sent',
  'in_progress',
  'submitted',
  'scored',
  'overdue',
  'reopened',
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** One recipient of a campaign: a site (answered by its supplier users) or an agency. */
@Entity({ name: 'questionnaire_assignments' })
@Index('questionnaire_assignments_campaign_supplier_key', ['campaignId', 'supplierId'], {
  unique: true,
  where: 'supplier_id IS NOT NULL',
})
@Index('questionnaire_assignments_campaign_agency_key', ['campaignId', 'agencyId'], {
  unique: true,
  where: 'agency_id IS NOT NULL',
})
@Index('questionnaire_assignments_org_campaign_status_idx', [
  'organisationId',
  'campaignId',
  'status',
])
@Index('questionnaire_assignments_org_supplier_idx', ['organisationId', 'supplierId'])
@Index('questionnaire_assignments_due_idx', ['dueOn', 'status'])
@Check(
  'questionnaire_assignments_status_check',
  `status IN ('sent','in_progress','submitted','scored','overdue','reopened')`,
)
@Check('questionnaire_assignments_recipient_check', `(supplier_id IS NULL) <> (agency_id IS NULL)`)
export class QuestionnaireAssignment extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => QuestionnaireCampaign)
  @JoinColumn({ name: 'campaign_id' })
  campaign?: QuestionnaireCampaign;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;

  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId!: string | null;

  @ManyToOne(() => Supplier)
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @ManyToOne(() => RecruitmentAgency)
  @JoinColumn({ name: 'agency_id' })
  agency?: RecruitmentAgency;

  @Column({ type: 'text', default: 'sent' })
  status!: AssignmentStatus;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  /** The language the answerer chose last (answers themselves are language-independent). */
  @Column({ type: 'text', nullable: true })
  locale!: string | null;

  /** Answers saved so far (type-checked, possibly partial). */
  @Column({ type: 'jsonb' })
  draft!: Answers;

  /** The earlier submission the draft was pre-filled from, for the answerer to confirm. */
  @Column({ name: 'prefilled_from', type: 'uuid', nullable: true })
  prefilledFrom!: string | null;

  @Column({ name: 'submission_count', type: 'integer', default: 0 })
  submissionCount!: number;

  @Column({ name: 'latest_submission_id', type: 'uuid', nullable: true })
  latestSubmissionId!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'scored_at', type: 'timestamptz', nullable: true })
  scoredAt!: Date | null;

  @Column({ type: 'smallint', nullable: true })
  score!: number | null;

  @Column({ name: 'reopen_reason', type: 'text', nullable: true })
  reopenReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
