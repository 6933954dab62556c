import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * Transactional outbox: the intent to run a job, written in the same transaction as the change
 * that causes it. The relay enqueues it after commit; the processor marks it processed in the same
 * transaction as its effect, so the effect happens exactly once even if BullMQ delivers twice.
 */
@Entity({ name: 'outbox_events' })
@Index('outbox_events_pending_idx', ['id'], { where: 'processed_at IS NULL' })
@Index('outbox_events_org_idx', ['organisationId', 'id'])
export class OutboxEvent extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** BullMQ delay for its job: lets a burst of events be coalesced into one run (see enqueue). */
  @Column({ name: 'delay_ms', type: 'int', default: 0 })
  delayMs!: number;

  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt!: Date | null;

  @Column({ name: 'enqueue_count', type: 'int', default: 0 })
  enqueueCount!: number;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
