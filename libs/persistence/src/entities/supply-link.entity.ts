import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { bigintAsNumber } from '../columns';
import { TenantScopedEntity } from './tenant-owned.entity';
import { ReportingCompany } from './reporting-company.entity';
import { Supplier } from './supplier.entity';

/**
 * "buyer buys from supplier": the buyer is a reporting company (its tier-1 sites) or a site (its
 * own suppliers). Cycles and diamonds are legal; tiers are computed from these edges.
 */
@Entity({ name: 'supply_links' })
@Index('supply_links_company_pair_key', ['organisationId', 'buyerCompanyId', 'supplierId'], {
  unique: true,
  where: 'buyer_company_id IS NOT NULL',
})
@Index('supply_links_site_pair_key', ['organisationId', 'buyerSupplierId', 'supplierId'], {
  unique: true,
  where: 'buyer_supplier_id IS NOT NULL',
})
@Index('supply_links_org_supplier_idx', ['organisationId', 'supplierId'])
@Check('supply_links_one_buyer_check', `(buyer_company_id IS NULL) <> (buyer_supplier_id IS NULL)`)
@Check(
  'supply_links_not_self_check',
  `buyer_supplier_id IS NULL OR buyer_supplier_id <> supplier_id`,
)
@Check(
  'supply_links_spend_check',
  `annual_spend_minor IS NULL OR (annual_spend_minor >= 0 AND spend_currency IS NOT NULL)`,
)
export class SupplyLink extends TenantScopedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'buyer_company_id', type: 'uuid', nullable: true })
  buyerCompanyId!: string | null;

  @ManyToOne(() => ReportingCompany)
  @JoinColumn({ name: 'buyer_company_id' })
  buyerCompany?: ReportingCompany;

  @Column({ name: 'buyer_supplier_id', type: 'uuid', nullable: true })
  buyerSupplierId!: string | null;

  // Checked per statement, with the organisation, by a trigger (migration 1795440000000).
  @ManyToOne(() => Supplier, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'buyer_supplier_id' })
  buyerSupplier?: Supplier;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => Supplier, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Column({ type: 'text', nullable: true })
  commodity!: string | null;

  @Column({
    name: 'annual_spend_minor',
    type: 'bigint',
    nullable: true,
    transformer: bigintAsNumber,
  })
  annualSpendMinor!: number | null;

  @Column({ name: 'spend_currency', type: 'char', length: 3, nullable: true })
  spendCurrency!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
