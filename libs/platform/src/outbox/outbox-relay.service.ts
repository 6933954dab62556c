import { APP_CONFIG, AppConfig, redisOptionsFromUrl } from '@app/config';
import { JOB_QUEUE, QueueName, isJobName, outboxJobId } from '@app/queues';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox.service';

const BATCH = 500;
const ENQUEUE_TIMEOUT_MS = 5000;

interface PendingRow {
  id: string;
  organisation_id: string;
  job_name: string;
  payload: Record<string, unknown>;
  delay_ms: number;
}

/** BullMQ options shared by every job that comes through the outbox. */
export const OUTBOX_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;

/**
 * Moves committed outbox events into BullMQ. It wakes on PostgreSQL NOTIFY (sent on commit) and
 * also polls, so an event survives everything: Redis down (the enqueue fails, the row stays, the
 * next pass retries), Redis restarted and emptied (an event enqueued but not processed within
 * OUTBOX_REDELIVER_AFTER_SECONDS is enqueued again; the job id is the same, so a job still in Redis
 * is not duplicated), and several relays at once (rows are claimed with SKIP LOCKED).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly queues = new Map<QueueName, Queue>();
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private failing = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), this.config.OUTBOX_POLL_MS);
    void this.listen();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
    // Closing needs Redis; if it is down there is nothing to flush, so drop the connection.
    await Promise.all(
      [...this.queues.values()].map((queue) => queue.close().catch(() => queue.disconnect())),
    );
  }

  /** Runs a relay pass now, or right after the one in progress. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayBatch()) === BATCH);
      if (this.failing)
        this.logger.log('Enqueueing works again; pending outbox events are on their way');
      this.failing = false;
    } catch (error) {
      if (!this.failing) {
        this.logger.warn(
          `Cannot enqueue outbox events yet (will keep retrying): ${(error as Error).message}`,
        );
      }
      this.failing = true;
    }
  }

  /** One transaction: claim due rows, add them to BullMQ, mark them enqueued. */
  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, organisation_id, job_name, payload, delay_ms FROM outbox_events
          WHERE processed_at IS NULL
            AND (enqueued_at IS NULL OR enqueued_at < now() - make_interval(secs => $1))
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [this.config.OUTBOX_REDELIVER_AFTER_SECONDS, BATCH],
      );
      const byQueue = new Map<QueueName, PendingRow[]>();
      for (const row of rows) {
        if (!isJobName(row.job_name)) {
          this.logger.error(
            `Outbox event ${row.id} names an unknown job "${row.job_name}"; left in place`,
          );
          continue;
        }
        const queue = JOB_QUEUE[row.job_name];
        byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
      }
      for (const [queueName, queued] of byQueue) {
        const jobs = queued.map((row) => ({
          name: row.job_name,
          data: { ...row.payload, outboxId: String(row.id), organisationId: row.organisation_id },
          opts: {
            ...OUTBOX_JOB_OPTIONS,
            jobId: outboxJobId(String(row.id)),
            ...(row.delay_ms > 0 ? { delay: row.delay_ms } : {}),
          },
        }));
        await withTimeout(this.queue(queueName).addBulk(jobs), ENQUEUE_TIMEOUT_MS);
      }
      const ids = [...byQueue.values()].flat().map((row) => row.id);
      if (ids.length > 0) {
        await manager.query(
          'UPDATE outbox_events SET enqueued_at = now(), enqueue_count = enqueue_count + 1 WHERE id = ANY($1)',
          [ids],
        );
      }
      return rows.length;
    });
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      // Fail fast while Redis is down instead of buffering commands: the outbox is the buffer.
      queue = new Queue(name, {
        connection: { ...redisOptionsFromUrl(this.config.REDIS_URL), enableOfflineQueue: false },
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'outbox-relay',
    });
    client.on('notification', () => this.wake());
    client.on('error', () => undefined);
    client.on('end', () => {
      if (!this.stopped) setTimeout(() => void this.listen(), 1000);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch {
      // Polling still runs; try to listen again shortly.
      await client.end().catch(() => undefined);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
