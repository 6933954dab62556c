import { APP_CONFIG, type AppConfig } from '@app/config';
import { today } from '@app/persistence';
import { FilesService, runOutboxJobOnce } from '@app/platform';
import { SCHEDULED_JOBS, typedJob } from '@app/queues';
import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { scheduleRepeatable } from '../job-schedules';
import { renderStatementDocument } from './render-statement-document';
import { recordStatementReminders } from './statement-reminders';

export const STATEMENTS_QUEUE = 'statements';
/** How often the statement reminders owed are recorded (an hour; each only once). */
export const STATEMENT_REMINDERS_EVERY_MS = 3_600_000;

/** Statements in the background: their PDFs, and the reminders before each is due. */
@Processor(STATEMENTS_QUEUE)
export class StatementsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('StatementsProcessor');

  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(STATEMENTS_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await scheduleRepeatable(
      this.queue,
      this.logger,
      'statement-reminders',
      STATEMENT_REMINDERS_EVERY_MS,
      SCHEDULED_JOBS.statementReminders,
    );
  }

  async process(job: Job): Promise<void> {
    if (job.name === SCHEDULED_JOBS.statementReminders) {
      const run = await recordStatementReminders(this.dataSource, today());
      if (run.recorded > 0) this.logger.log(run, 'statement reminders recorded');
      return;
    }
    const typed = typedJob(job);
    if (typed.name !== 'statement.render')
      throw new Error(`No handler for job ${typed.name} on ${STATEMENTS_QUEUE}`);
    const { documentId, organisationId } = typed.data;
    // Visible while it renders (its own commit); the result is written with the job's effect.
    await this.dataSource.query(
      `UPDATE statement_documents SET status = 'rendering'
        WHERE organisation_id = $1 AND id = $2 AND status IN ('queued', 'failed')`,
      [organisationId, documentId],
    );
    try {
      await runOutboxJobOnce(this.dataSource, typed.data, async (manager, scope) => {
        const rendered = await renderStatementDocument(
          manager,
          scope,
          this.files,
          documentId,
          this.config.APP_URL,
        );
        if (rendered) this.logger.log(rendered, 'statement PDF rendered');
      });
    } catch (error) {
      await this.dataSource.query(
        `UPDATE statement_documents SET status = 'failed', error = $3
          WHERE organisation_id = $1 AND id = $2 AND status <> 'done'`,
        [organisationId, documentId, (error as Error).message.slice(0, 500)],
      );
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`${job?.name ?? 'job'} attempt failed (will retry): ${error.message}`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Queue connection problem (retrying): ${error.message}`);
  }
}
