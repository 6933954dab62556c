import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { Organisation } from './organisation.entity';

/**
 * The organisation column alone: for a table whose rows are tied to their organisation by a check
 * of its own (supply links: their sites must be in the same organisation, checked per statement).
 */
export abstract class TenantScopedEntity {
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;
}

/**
 * What every tenant-owned table has: the organisation it belongs to (NOT NULL, a foreign key, and the
 * leading column of the table's indexes, which each entity declares).
 */
export abstract class TenantOwnedEntity extends TenantScopedEntity {
  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
