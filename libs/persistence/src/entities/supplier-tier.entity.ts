import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportingCompany } from './reporting-company.entity';
import { Supplier } from './supplier.entity';

/** A site's tier as seen from one reporting company (derived by the tier job; absent = unmapped). */
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

  @ManyToOne(() => ReportingCompany, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'supplier_tiers_company_id_fkey' })
  company?: ReportingCompany;

  @ManyToOne(() => Supplier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'supplier_tiers_supplier_id_fkey' })
  supplier?: Supplier;

  @Column({ type: 'smallint' })
  tier!: number;
}
