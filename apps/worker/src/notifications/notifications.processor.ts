import { JobData, JobName } from '@app/queues';
import { Notification, User } from '@app/persistence';
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

  async process(job: Job<JobData<JobName>, void, JobName>): Promise<void> {
    switch (job.name) {
      case 'notification.user-welcome':
        return this.userWelcome(job.data);
      default:
        throw new Error(`No handler for job ${String(job.name)} on ${NOTIFICATIONS_QUEUE}`);
    }
  }

  /** Redis going away is expected (restarts); the worker reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Queue connection problem (retrying): ${error.message}`);
  }

  private async userWelcome(data: JobData<'notification.user-welcome'>): Promise<void> {
    const outcome = await runOutboxJobOnce(this.dataSource, data, async (manager, scope) => {
      // Reload and re-check: the user may have been removed or disabled since the event.
      const user = await manager
        .getRepository(User)
        .createQueryBuilder('user')
        .setLock('pessimistic_read')
        .where('user.id = :id AND user.organisation_id = :org', {
          id: data.userId,
          org: scope.organisationId,
        })
        .getOne();
      if (!user || user.status === 'disabled') return;
      await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values({
          organisationId: scope.organisationId,
          recipientUserId: user.id,
          kind: data.kind,
          dedupeKey: `${data.kind}:${user.id}:${data.outboxId}`,
        })
        .orIgnore()
        .execute();
    });
    this.logger.debug({ outboxId: data.outboxId, outcome }, 'user-welcome');
  }
}
