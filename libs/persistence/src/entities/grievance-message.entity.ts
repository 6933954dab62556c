import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

/** A message in a case's thread, from the organisation or the reporter; sealed, day only. */
@Entity({ name: 'grievance_messages' })
@Index('grievance_messages_case_idx', ['organisationId', 'caseId', 'position'])
@Check('grievance_messages_author_check', `author IN ('organisation','reporter')`)
export class GrievanceMessage extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  author!: 'organisation' | 'reporter';

  @Column({ name: 'text_sealed', type: 'text' })
  textSealed!: string;

  @Column({ name: 'sent_on', type: 'date' })
  sentOn!: string;
}
