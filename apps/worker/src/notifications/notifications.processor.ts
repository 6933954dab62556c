import { JobData, typedJob } from '@app/queues';
import { runOutboxJobOnce } from '@app/platform';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';

export const NOTIFICATIONS_QUEUE = 'notifications';

/**
 * Records the notifications owed to people. Idempotent twice over: the outbox row is marked
 * processed in the same transaction, and each notification has a unique dedupe key.
 */
@Processor(NOTIFICATIONS_QUEUE)
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger('NotificationsProcessor');

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async process(job: Job): Promise<void> {
    const typed = typedJob(job);
    switch (typed.name) {
      case 'notification.user-welcome':
        return this.userWelcome(typed.data);
      default:
        throw new Error(`No handler for job ${typed.name} on ${NOTIFICATIONS_QUEUE}`);
    }
  }

  /** Redis going away is expected (restarts); the worker reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Queue connection problem (retrying): ${error.message}`);
  }

  private async userWelcome(data: JobData<'notification.user-welcome'>): Promise<void> {
    const outcome = await runOutboxJobOnce(this.dataSource, data, async (manager, scope) => {
      // Re-checks the user in the same statement: removed or disabled since the event means no message.
      await manager.query(
        `INSERT INTO notifications (organisation_id, recipient_user_id, kind, dedupe_key)
         SELECT organisation_id, id, $3, $4 FROM users
          WHERE id = $1 AND organisation_id = $2 AND status <> 'disabled'
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [
          data.userId,
          scope.organisationId,
          data.kind,
          `${data.kind}:${data.userId}:${data.outboxId}`,
        ],
      );
    });
    this.logger.debug({ outboxId: data.outboxId, outcome }, 'user-welcome');
  }
}
