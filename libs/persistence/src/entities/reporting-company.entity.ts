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

/** A legal entity the organisation reports for; statements are per company and financial year. */
@Entity({ name: 'reporting_companies' })
@Index('reporting_companies_org_name_idx', ['organisationId', 'name'])
@Check(
  'reporting_companies_fy_end_check',
  `financial_year_end_month BETWEEN 1 AND 12 AND financial_year_end_day BETWEEN 1 AND 31`,
)
@Check(
  'reporting_companies_turnover_check',
  `annual_turnover_minor IS NULL OR (annual_turnover_minor >= 0 AND turnover_currency IS NOT NULL)`,
)
export class ReportingCompany extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber!: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column({ name: 'hq_country', type: 'char', length: 2 })
  hqCountry!: string;

  /** A code of the sector taxonomy in libs/domain. */
  @Column({ type: 'text' })
  sector!: string;

  @Column({
    name: 'annual_turnover_minor',
    type: 'bigint',
    nullable: true,
    transformer: bigintAsNumber,
  })
  annualTurnoverMinor!: number | null;

  /** ISO 4217. */
  @Column({ name: 'turnover_currency', type: 'char', length: 3, nullable: true })
  turnoverCurrency!: string | null;

  @Column({ name: 'financial_year_end_month', type: 'smallint' })
  financialYearEndMonth!: number;

  @Column({ name: 'financial_year_end_day', type: 'smallint' })
  financialYearEndDay!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
