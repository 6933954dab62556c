import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../columns';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * A file someone uploaded as evidence (a policy, a payslip). The bytes live in the file store
 * (disk by default) under `storage_key`; this row says what it is and what it belongs to, which
 * decides who may read it.
 */
@Entity({ name: 'stored_files' })
@Index('stored_files_org_owner_idx', ['organisationId', 'ownerType', 'ownerId'])
export class StoredFile extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What the file is evidence for, e.g. "questionnaire_assignment". */
  @Column({ name: 'owner_type', type: 'text' })
  ownerType!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'text' })
  filename!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: bigintAsNumber })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
