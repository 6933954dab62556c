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

export const TRAINING_AUDIENCES = [
  'board',
  'procurement',
  'compliance',
  'all_staff',
  'suppliers',
  'recruitment_agencies',
  'workers',
] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

/** Training on modern slavery given on a day to an audience: the statement's training section. */
@Entity({ name: 'training_sessions' })
@Index('training_sessions_org_held_idx', ['organisationId', 'heldOn'])
@Check('training_sessions_people_check', `people_trained >= 0`)
export class TrainingSession extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  @ManyToOne(() => ReportingCompany)
  @JoinColumn({ name: 'company_id' })
  company?: ReportingCompany;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  audience!: TrainingAudience;

  @Column({ name: 'people_trained', type: 'integer' })
  peopleTrained!: number;

  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
