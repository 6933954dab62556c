import type { LicenceStatus } from '@app/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { bigintAsNumber } from '../columns';
import { TenantOwnedEntity } from './tenant-owned.entity';

export { LICENCE_STATUSES, type LicenceStatus } from '@app/domain';

/** One fee or cost the agency charges workers, by ILO category (libs/domain FEE_CATEGORIES). */
export interface AgencyFee {
  category: string;
  amountMinor: number;
  currency: string;
}

/**
 * A recruitment agency placing workers with the organisation's suppliers, and its fee practice:
 * what workers pay (which should be nothing: ILO C181 art. 7, Employer Pays Principle), deposits,
 * loans, document retention, and whether contracts reach workers in their language before departure.
 */
@Entity({ name: 'recruitment_agencies' })
@Index('recruitment_agencies_org_external_id_key', ['organisationId', 'externalId'], {
  unique: true,
  where: 'external_id IS NOT NULL',
})
@Index('recruitment_agencies_org_name_idx', ['organisationId', 'name'])
@Check(
  'recruitment_agencies_licence_status_check',
  `licence_status IN ('licensed','expired','suspended','revoked','unlicensed','unknown')`,
)
@Check('recruitment_agencies_status_check', `status IN ('active','archived')`)
@Check(
  'recruitment_agencies_deposit_check',
  `deposit_amount_minor IS NULL OR (deposit_amount_minor >= 0 AND deposit_currency IS NOT NULL)`,
)
export class RecruitmentAgency extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'licence_number', type: 'text', nullable: true })
  licenceNumber!: string | null;

  @Column({ name: 'licensing_country', type: 'char', length: 2, nullable: true })
  licensingCountry!: string | null;

  @Column({ name: 'licence_status', type: 'text', default: 'unknown' })
  licenceStatus!: LicenceStatus;

  @Column({ name: 'licence_expires_on', type: 'date', nullable: true })
  licenceExpiresOn!: string | null;

  @Column({ name: 'countries_of_operation', type: 'text', array: true, default: () => "'{}'" })
  countriesOfOperation!: string[];

  /** null = not known (never read as "no"). */
  @Column({ name: 'employer_pays_committed', type: 'boolean', nullable: true })
  employerPaysCommitted!: boolean | null;

  /** [] = none charged; null = not known (never read as "no fees"). */
  @Column({ name: 'fees_charged_to_workers', type: 'jsonb', nullable: true })
  feesChargedToWorkers!: AgencyFee[] | null;

  @Column({ name: 'deposit_required', type: 'boolean', nullable: true })
  depositRequired!: boolean | null;

  @Column({
    name: 'deposit_amount_minor',
    type: 'bigint',
    nullable: true,
    transformer: bigintAsNumber,
  })
  depositAmountMinor!: number | null;

  @Column({ name: 'deposit_currency', type: 'char', length: 3, nullable: true })
  depositCurrency!: string | null;

  @Column({ name: 'loans_offered', type: 'boolean', nullable: true })
  loansOffered!: boolean | null;

  /** Annual interest on loans to workers, in percent. */
  @Column({
    name: 'loan_interest_rate_percent',
    type: 'numeric',
    precision: 6,
    scale: 2,
    nullable: true,
  })
  loanInterestRatePercent!: string | null;

  @Column({ name: 'retains_documents', type: 'boolean', nullable: true })
  retainsDocuments!: boolean | null;

  @Column({ name: 'contract_in_worker_language', type: 'boolean', nullable: true })
  contractInWorkerLanguage!: boolean | null;

  @Column({ type: 'text', default: 'active' })
  status!: 'active' | 'archived';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
