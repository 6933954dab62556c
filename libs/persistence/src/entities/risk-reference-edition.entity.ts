import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * An edition of a risk reference table loaded by an organisation's admin (a newer TIP Report, a
 * fuller DOL extract, its own licensed copy of the Global Slavery Index). Immutable: a new edition
 * is a new row, and scores keep the id of the edition that produced them. The newest edition of
 * each table is the one in use; with none, the edition shipped with the product is.
 */
@Entity({ name: 'risk_reference_editions' })
@Index('risk_reference_editions_org_table_idx', ['organisationId', 'tableName', 'loadedAt'])
@Check(
  'risk_reference_editions_table_check',
  `table_name IN ('tip-tiers','dol-goods','dol-downstream','sector-weights','slavery-index')`,
)
export class RiskReferenceEdition extends TenantOwnedEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'table_name', type: 'text' })
  tableName!: string;

  /** As the publisher names it ("2026"). */
  @Column({ type: 'text' })
  edition!: string;

  /** Where the file came from (publisher, URL, date obtained). */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  licence!: string;

  @Column({ type: 'jsonb' })
  rows!: unknown[];

  @Column({ name: 'row_count', type: 'integer' })
  rowCount!: number;

  @Column({ name: 'loaded_by', type: 'uuid', nullable: true })
  loadedBy!: string | null;

  @CreateDateColumn({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt!: Date;
}
