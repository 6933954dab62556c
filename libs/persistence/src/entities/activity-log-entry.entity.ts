import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * Append-only record of every change to a tenant's records. A database trigger refuses UPDATE,
 * DELETE and TRUNCATE, so not even a bug in the API can rewrite history.
 */
@Entity({ name: 'activity_log' })
@Index('activity_log_org_id_idx', ['organisationId', 'id'])
@Index('activity_log_org_entity_idx', ['organisationId', 'entityType', 'entityId'])
@Check('activity_log_actor_kind_check', `actor_kind IN ('user','system')`)
export class ActivityLogEntry extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

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
