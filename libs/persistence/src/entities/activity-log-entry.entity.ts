import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organisation } from './organisation.entity';

/**
 * Append-only record of every change to a tenant's records. A database trigger refuses UPDATE,
 * DELETE and TRUNCATE, so not even a bug in the API can rewrite history.
 */
@Entity({ name: 'activity_log' })
@Index('activity_log_org_id_idx', ['organisationId', 'id'])
@Index('activity_log_org_entity_idx', ['organisationId', 'entityType', 'entityId'])
@Check('activity_log_actor_kind_check', `actor_kind IN ('user','system')`)
export class ActivityLogEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'activity_log_organisation_id_fkey',
  })
  organisation?: Organisation;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** 'user' for a person acting through the API, 'system' for the product itself (seed, jobs). */
  @Column({ name: 'actor_kind', type: 'text' })
  actorKind!: 'user' | 'system';

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
