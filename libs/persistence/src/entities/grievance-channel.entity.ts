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
import { Supplier } from './supplier.entity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * A public way in for workers of one site, or of one agency's corridor: an unguessable code, the
 * languages its poster and form are shown in. The code is unique across organisations because
 * the public routes know nothing else.
 */
@Entity({ name: 'grievance_channels' })
@Index('grievance_channels_code_key', ['code'], { unique: true })
@Index('grievance_channels_org_idx', ['organisationId', 'status'])
@Check('grievance_channels_status_check', `status IN ('open','closed')`)
@Check('grievance_channels_target_check', `(supplier_id IS NULL) <> (agency_id IS NULL)`)
export class GrievanceChannel extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalised public code (10 Crockford base32 symbols). */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId!: string | null;

  @ManyToOne(() => Supplier)
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  /** For an agency's corridor: where the workers come from and go to. */
  @Column({ name: 'origin_country', type: 'text', nullable: true })
  originCountry!: string | null;

  @Column({ name: 'destination_country', type: 'text', nullable: true })
  destinationCountry!: string | null;

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'closed';

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
