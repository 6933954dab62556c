import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobData, SCHEDULED_JOBS, typedJob } from '@app/queues';
import { runOutboxJobOnce } from '@app/platform';
import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import {
  Inject,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { scheduleRepeatable } from '../job-schedules';
import { deliverDueNotifications } from './deliver-notifications';
import { NOTIFICATION_SENDER, type NotificationSender } from './notification-sender';

export const NOTIFICATIONS_QUEUE = 'notifications';

const DELIVERY_SCHEDULER = 'notification-delivery';

/**
 * Records the notifications owed to people (idempotent twice over: the outbox row is marked
 * processed in the same transaction, and each notification has a unique dedupe key), and, when a
 * sender is configured, sends the due ones on a schedule.
 */
@Processor(NOTIFICATIONS_QUEUE)
export class NotificationsProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger('NotificationsProcessor');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(NOTIFICATION_SENDER) private readonly sender: NotificationSender | null,
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  /** One scheduler for every worker process; without a sender there is none (records only). */
  async onApplicationBootstrap(): Promise<void> {
    await scheduleRepeatable(
      this.queue,
      this.logger,
      DELIVERY_SCHEDULER,
      this.sender ? this.config.MAIL_SEND_EVERY_SECONDS * 1000 : null,
      SCHEDULED_JOBS.notificationDelivery,
    );
  }

  onApplicationShutdown(): void {
    this.sender?.close();
  }

  async process(job: Job): Promise<void> {
    if (job.name === SCHEDULED_JOBS.notificationDelivery) {
      if (!this.sender) return;
      const run = await deliverDueNotifications(this.dataSource, this.sender, this.config.APP_URL);
      if (run.sent + run.retrying + run.failed > 0) this.logger.log(run, 'notification emails');
      return;
    }
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
