import { Column, Entity, PrimaryColumn } from 'typeorm';

const pkey = 'statement_records_pkey';

/**
 * A copy of one record as a statement counted it (a site, an audit, a grievance case...): the
 * record's id and the plain facts the figures read. Written once when a draft is composed, so a
 * figure's trace lists the same records however the live ones change later. Tied to its
 * organisation through the statement (deleted with a refreshed draft); no foreign keys, which
 * would cost a check per row on 100,000-site snapshots.
 */
@Entity({ name: 'statement_records' })
export class StatementRecord {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: pkey })
  organisationId!: string;

  @PrimaryColumn({ name: 'statement_id', type: 'uuid', primaryKeyConstraintName: pkey })
  statementId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: pkey })
  kind!: string;

  /** Order within the kind, as frozen (traces list records in this order). */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: pkey })
  seq!: number;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  @Column({ type: 'jsonb' })
  facts!: Record<string, unknown>;
}
