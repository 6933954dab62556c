import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A site's tier as seen from one reporting company (absent = unmapped). Derived data, rebuilt only
 * by the tier job: no foreign keys, so a full rebuild does not pay two trigger checks per row.
 */
@Entity({ name: 'supplier_tiers' })
export class SupplierTier {
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'supplier_tiers_pkey',
  })
  organisationId!: string;

  @PrimaryColumn({
    name: 'company_id',
    type: 'uuid',
    primaryKeyConstraintName: 'supplier_tiers_pkey',
  })
  companyId!: string;

  @PrimaryColumn({
    name: 'supplier_id',
    type: 'uuid',
    primaryKeyConstraintName: 'supplier_tiers_pkey',
  })
  supplierId!: string;

  @Column({ type: 'smallint' })
  tier!: number;
}
