import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

export const STATEMENT_DOCUMENT_STATUSES = ['queued', 'rendering', 'done', 'failed'] as const;
export type StatementDocumentStatus = (typeof STATEMENT_DOCUMENT_STATUSES)[number];

/**
 * A PDF of a statement, for one regime, rendered by the worker: a job with a status the officer
 * can follow. The file and its SHA-256 are kept; a draft's PDF is marked as a draft throughout.
 */
@Entity({ name: 'statement_documents' })
@Index('statement_documents_org_statement_idx', ['organisationId', 'statementId'])
@Check('statement_documents_status_check', `status IN ('queued','rendering','done','failed')`)
export class StatementDocument extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'statement_id', type: 'uuid' })
  statementId!: string;

  @Column({ type: 'text' })
  regime!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: StatementDocumentStatus;

  /** The statement's status when the PDF was asked for (a draft PDF says "DRAFT" on every page). */
  @Column({ name: 'statement_status', type: 'text' })
  statementStatus!: string;

  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId!: string | null;

  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  @Column({ name: 'size_bytes', type: 'integer', nullable: true })
  sizeBytes!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
