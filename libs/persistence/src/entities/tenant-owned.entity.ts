import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { Organisation } from './organisation.entity';

/**
 * What every tenant-owned table has: the organisation it belongs to (NOT NULL, a foreign key, and the
 * leading column of the table's indexes, which each entity declares).
 */
export abstract class TenantOwnedEntity {
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
