import type { Answers } from '@app/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { QuestionnaireAssignment } from './questionnaire-assignment.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * A submitted set of answers, kept as submitted (a reopened assignment submits again as the next
 * attempt). Recorded in the same transaction as its scoring job; scored once (`pending` → `scored`).
 */
@Entity({ name: 'questionnaire_submissions' })
@Index('questionnaire_submissions_assignment_attempt_key', ['assignmentId', 'attempt'], {
  unique: true,
})
@Index('questionnaire_submissions_org_supplier_idx', [
  'organisationId',
  'supplierId',
  'submittedAt',
])
@Check('questionnaire_submissions_status_check', `status IN ('pending','scored')`)
export class QuestionnaireSubmission extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => QuestionnaireAssignment)
  @JoinColumn({ name: 'assignment_id' })
  assignment?: QuestionnaireAssignment;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;

  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId!: string | null;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'jsonb' })
  answers!: Answers;

  @Column({ type: 'text', nullable: true })
  locale!: string | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'text', default: 'pending' })
  status!: 'pending' | 'scored';

  @Column({ type: 'smallint', nullable: true })
  score!: number | null;

  /** The scoring result: sections, flags per ILO indicator with the answers, derived facts. */
  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  /** Flagged ILO indicator codes, for the risk engine's evidence. */
  @Column({ name: 'flagged_indicators', type: 'text', array: true, nullable: true })
  flaggedIndicators!: string[] | null;

  @Column({ name: 'scored_at', type: 'timestamptz', nullable: true })
  scoredAt!: Date | null;
}
