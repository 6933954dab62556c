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

export type SupplierStatus = 'active' | 'archived';

/**
 * A supplier site (factory, farm, mill, vessel...). Workforce figures are counts, never people.
 * Sites are archived rather than deleted once anything refers to them.
 */
@Entity({ name: 'suppliers' })
@Index('suppliers_org_external_id_key', ['organisationId', 'externalId'], {
  unique: true,
  where: 'external_id IS NOT NULL',
})
@Index('suppliers_org_name_idx', ['organisationId', 'name', 'id'])
@Index('suppliers_org_country_idx', ['organisationId', 'country'])
@Index('suppliers_org_sector_idx', ['organisationId', 'sector'])
@Check('suppliers_status_check', `status IN ('active','archived')`)
@Check(
  'suppliers_workforce_check',
  `workforce_total >= 0 AND workforce_migrant >= 0 AND workforce_female >= 0 AND workforce_agency >= 0
   AND workforce_migrant <= workforce_total AND workforce_female <= workforce_total AND workforce_agency <= workforce_total`,
)
export class Supplier extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The organisation's own identifier for the site; bulk imports upsert by it. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country!: string;

  /** A code of the sector taxonomy in libs/domain. */
  @Column({ type: 'text' })
  sector!: string;

  @Column({ type: 'text', nullable: true })
  products!: string | null;

  /** Harmonized System code (2 to 10 digits), optional. */
  @Column({ name: 'hs_code', type: 'text', nullable: true })
  hsCode!: string | null;

  @Column({ name: 'workforce_total', type: 'integer', default: 0 })
  workforceTotal!: number;

  @Column({ name: 'workforce_migrant', type: 'integer', default: 0 })
  workforceMigrant!: number;

  @Column({ name: 'workforce_female', type: 'integer', default: 0 })
  workforceFemale!: number;

  @Column({ name: 'workforce_agency', type: 'integer', default: 0 })
  workforceAgency!: number;

  @Column({ type: 'text', nullable: true })
  lei!: string | null;

  @Column({ type: 'text', nullable: true })
  duns!: string | null;

  /** Open Supply Hub OS ID. */
  @Column({ name: 'os_id', type: 'text', nullable: true })
  osId!: string | null;

  @Column({ type: 'text', default: 'active' })
  status!: SupplierStatus;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  /**
   * Shortest path from any of the organisation's reporting companies; null = unmapped. Derived by
   * the tier job. Deliberately not indexed: with fillfactor 80 its updates are HOT (no index writes).
   */
  @Column({ type: 'smallint', nullable: true })
  tier!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
