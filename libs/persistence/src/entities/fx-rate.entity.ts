import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

/** A dated exchange rate the organisation uses (quote units per one base unit), with its source. */
@Entity({ name: 'fx_rates' })
@Index('fx_rates_org_pair_date_key', ['organisationId', 'base', 'quote', 'validOn'], {
  unique: true,
})
@Check('fx_rates_positive_check', `rate > 0`)
export class FxRateRecord extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 3 })
  base!: string;

  @Column({ type: 'char', length: 3 })
  quote!: string;

  /** Kept as exact decimal text end to end; never a float. */
  @Column({ type: 'numeric', precision: 24, scale: 10 })
  rate!: string;

  @Column({ name: 'valid_on', type: 'date' })
  validOn!: string;

  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
