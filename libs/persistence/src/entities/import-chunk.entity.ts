import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ImportJob } from './import-job.entity';

/**
 * The uploaded file, in order, as ~1 MB pieces. Kept in PostgreSQL so the upload is durable the
 * moment the API answers and any worker (on any machine) can read it back as a stream.
 */
@Entity({ name: 'import_chunks' })
export class ImportChunk {
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'import_chunks_pkey',
  })
  organisationId!: string;

  @PrimaryColumn({
    name: 'import_id',
    type: 'uuid',
    primaryKeyConstraintName: 'import_chunks_pkey',
  })
  importId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'import_chunks_pkey' })
  seq!: number;

  @ManyToOne(() => ImportJob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  importJob?: ImportJob;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
