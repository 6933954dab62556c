import type { StatementContent, StatementNarratives, StatementStatus } from '@app/domain';
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
import { ReportingCompany } from './reporting-company.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * One version of a company's annual statement for a financial year. Its figures (`content`) are
 * frozen when the draft is composed and its records copied to `statement_records`; once published
 * the row cannot change (a trigger refuses it) except to say which version supersedes it.
 */
@Entity({ name: 'statements' })
@Index(
  'statements_org_company_year_version_key',
  ['organisationId', 'companyId', 'periodTo', 'version'],
  {
    unique: true,
  },
)
@Check('statements_status_check', `status IN ('draft','submitted','approved','signed','published')`)
@Check('statements_period_check', `period_to > period_from`)
export class Statement extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => ReportingCompany)
  @JoinColumn({ name: 'company_id' })
  company?: ReportingCompany;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text', default: 'draft' })
  status!: StatementStatus;

  @Column({ type: 'jsonb' })
  content!: StatementContent;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  narratives!: StatementNarratives;

  @Column({ name: 'snapshot_at', type: 'timestamptz' })
  snapshotAt!: Date;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById!: string | null;

  @Column({ name: 'approval_body', type: 'text', nullable: true })
  approvalBody!: string | null;

  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;

  @Column({ name: 'signer_name', type: 'text', nullable: true })
  signerName!: string | null;

  @Column({ name: 'signer_title', type: 'text', nullable: true })
  signerTitle!: string | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn!: string | null;

  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Where the company publishes it on its website (the registry asks for it). */
  @Column({ name: 'statement_url', type: 'text', nullable: true })
  statementUrl!: string | null;

  /** The published PDF and its SHA-256, recorded by the worker once rendered. */
  @Column({ name: 'pdf_file_id', type: 'uuid', nullable: true })
  pdfFileId!: string | null;

  @Column({ name: 'pdf_sha256', type: 'text', nullable: true })
  pdfSha256!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
