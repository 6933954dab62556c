import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { QuestionnaireTemplate } from './questionnaire-template.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

export type CampaignStatus = 'open' | 'closed';

/** A published template version sent to many sites or agencies at once, with a due date. */
@Entity({ name: 'questionnaire_campaigns' })
@Index('questionnaire_campaigns_org_created_idx', ['organisationId', 'createdAt'])
@Check('questionnaire_campaigns_status_check', `status IN ('open','closed')`)
export class QuestionnaireCampaign extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;

  @ManyToOne(() => QuestionnaireTemplate)
  @JoinColumn({ name: 'template_id' })
  template?: QuestionnaireTemplate;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  /** Answers are accepted until this day (late answers are welcome for a while; then it closes). */
  @Column({ name: 'closes_on', type: 'date' })
  closesOn!: string;

  @Column({ type: 'text', default: 'open' })
  status!: CampaignStatus;

  /** How recipients were chosen: an explicit list, or the filter as given. */
  @Column({ name: 'recipient_rule', type: 'jsonb' })
  recipientRule!: Record<string, unknown>;

  @Column({ name: 'recipients_count', type: 'integer', default: 0 })
  recipientsCount!: number;

  /** Answers submitted to the same template version within this many months pre-fill a new assignment. */
  @Column({ name: 'prefill_months', type: 'integer' })
  prefillMonths!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
