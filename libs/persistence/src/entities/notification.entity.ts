import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';
import { User } from './user.entity';

/**
 * A message the product owes someone (welcome, invitation, reminders later). The record is the
 * output; a sender delivers it when one is configured. It holds ids, never message text with
 * personal data, and `dedupe_key` makes creating it idempotent.
 */
@Entity({ name: 'notifications' })
@Index('notifications_org_recipient_idx', ['organisationId', 'recipientUserId'])
@Index('notifications_due_idx', ['nextAttemptAt'], { where: "status = 'pending'" })
@Check('notifications_status_check', `status IN ('pending','sent','failed')`)
export class Notification extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'recipient_user_id' })
  recipient?: User;

  @Column({ type: 'text' })
  kind!: string;

  /** What the message is about (e.g. a questionnaire assignment), by id: the sender renders it. */
  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType!: string | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'text', default: 'email' })
  channel!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: 'pending' | 'sent' | 'failed';

  @Index('notifications_dedupe_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Delivery attempts so far; after the last one the status is `failed`. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** Not before this time (backs off while the mail server refuses). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;
}
