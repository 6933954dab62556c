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
import type { FeeBurden } from '@app/domain';
import { bigintAsNumber } from '../columns';
import { TenantOwnedEntity } from './tenant-owned.entity';
import { RecruitmentAgency } from './recruitment-agency.entity';
import { Supplier } from './supplier.entity';

/** An agency placing workers at a site along a migration corridor, with the wage they are paid there. */
@Entity({ name: 'agency_engagements' })
@Index('agency_engagements_org_supplier_idx', ['organisationId', 'supplierId'])
@Index('agency_engagements_org_agency_idx', ['organisationId', 'agencyId'])
@Check('agency_engagements_workers_check', `workers_placed >= 0`)
@Check('agency_engagements_wage_check', `monthly_wage_minor > 0`)
export class AgencyEngagement extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => RecruitmentAgency)
  @JoinColumn({ name: 'agency_id' })
  agency?: RecruitmentAgency;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => Supplier)
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Column({ name: 'origin_country', type: 'char', length: 2 })
  originCountry!: string;

  @Column({ name: 'destination_country', type: 'char', length: 2 })
  destinationCountry!: string;

  @Column({ name: 'workers_placed', type: 'integer' })
  workersPlaced!: number;

  @Column({ name: 'monthly_wage_minor', type: 'bigint', transformer: bigintAsNumber })
  monthlyWageMinor!: number;

  @Column({ name: 'wage_currency', type: 'char', length: 3 })
  wageCurrency!: string;

  /** Fees the agency charges a worker, in months of this wage; null = unknown (see feeBurden). */
  @Column({ name: 'fee_months', type: 'numeric', precision: 8, scale: 2, nullable: true })
  feeMonths!: string | null;

  @Column({ name: 'fee_burden', type: 'jsonb', nullable: true })
  feeBurden!: FeeBurden | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
