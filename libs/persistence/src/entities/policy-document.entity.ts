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
import { ReportingCompany } from './reporting-company.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

export const POLICY_TOPICS = [
  'modern_slavery',
  'supplier_code_of_conduct',
  'recruitment_fees',
  'identity_documents',
  'grievance_mechanism',
  'responsible_purchasing',
  'other',
] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

/**
 * A policy the organisation has adopted, by version: the statement's policies section lists them
 * (with the registry's "worker-paid recruitment fees" and "retention of identity documents").
 */
@Entity({ name: 'policy_documents' })
@Index('policy_documents_org_company_idx', ['organisationId', 'companyId'])
@Check(
  'policy_documents_topic_check',
  `topic IN ('modern_slavery','supplier_code_of_conduct','recruitment_fees','identity_documents','grievance_mechanism','responsible_purchasing','other')`,
)
export class PolicyDocument extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** null: applies to every reporting company of the organisation. */
  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  @ManyToOne(() => ReportingCompany)
  @JoinColumn({ name: 'company_id' })
  company?: ReportingCompany;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  topic!: PolicyTopic;

  @Column({ type: 'text' })
  version!: string;

  @Column({ name: 'adopted_on', type: 'date' })
  adoptedOn!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
