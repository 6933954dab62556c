import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * A redacted summary an officer deliberately shares with a site's users (e.g. to get a problem
 * fixed). Written by the officer, never the worker's words; the only trace of a case a supplier
 * user can ever see. It does not link back to the case.
 */
@Entity({ name: 'grievance_shared_summaries' })
@Index('grievance_shared_summaries_org_supplier_idx', ['organisationId', 'supplierId'])
export class GrievanceSharedSummary extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'shared_by', type: 'uuid' })
  sharedBy!: string;

  @CreateDateColumn({ name: 'shared_at', type: 'timestamptz' })
  sharedAt!: Date;
}
