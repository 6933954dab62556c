import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

export interface ImportRejection {
  line: number;
  column: string | null;
  reason: string;
}

/** A bulk CSV import: its file lives in import_chunks until the worker has applied it. */
@Entity({ name: 'imports' })
@Index('imports_org_created_idx', ['organisationId', 'createdAt'])
@Check('imports_status_check', `status IN ('queued','running','completed','failed')`)
export class ImportJob extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What the rows are: suppliers (links and agencies follow). */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: 'queued' | 'running' | 'completed' | 'failed';

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ name: 'file_bytes', type: 'bigint', default: 0 })
  fileBytes!: string;

  /** Data rows in the file (counted while it was uploaded). */
  @Column({ name: 'total_rows', type: 'integer', default: 0 })
  totalRows!: number;

  @Column({ name: 'rows_done', type: 'integer', default: 0 })
  rowsDone!: number;

  @Column({ type: 'integer', default: 0 })
  created!: number;

  @Column({ type: 'integer', default: 0 })
  updated!: number;

  @Column({ type: 'integer', default: 0 })
  unchanged!: number;

  @Column({ type: 'integer', default: 0 })
  rejected!: number;

  /** The first rejections (line, column, reason); the count above is complete. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  rejections!: ImportRejection[];

  @Column({ name: 'failure', type: 'text', nullable: true })
  failure!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
