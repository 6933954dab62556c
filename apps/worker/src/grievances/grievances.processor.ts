import { today } from '@app/persistence';
import { OutboxService, runCoalescedOutboxJob } from '@app/platform';
import { SCHEDULED_JOBS, typedJob } from '@app/queues';
import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { scheduleRepeatable } from '../job-schedules';
import { flagOverdueGrievances } from './flag-overdue-grievances';
import { registerReceivedReports } from './register-reports';

export const GRIEVANCES_QUEUE = 'grievances';
/** How often cases past their targets are flagged (an hour). */
export const GRIEVANCE_OVERDUE_EVERY_MS = 3_600_000;

/** Grievances in the background: registering reports, and flagging cases past their targets. */
@Processor(GRIEVANCES_QUEUE)
export class GrievancesProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('GrievancesProcessor');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @InjectQueue(GRIEVANCES_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await scheduleRepeatable(
      this.queue,
      this.logger,
      'grievances-overdue',
      GRIEVANCE_OVERDUE_EVERY_MS,
      SCHEDULED_JOBS.grievancesOverdue,
    );
  }

  async process(job: Job): Promise<void> {
    if (job.name === SCHEDULED_JOBS.grievancesOverdue) {
      const run = await flagOverdueGrievances(this.dataSource, today());
      if (run.acknowledgements + run.feedback > 0) this.logger.log(run, 'grievances overdue');
      return;
    }
    const typed = typedJob(job);
    if (typed.name !== 'grievance.received')
      throw new Error(`No handler for job ${typed.name} on ${GRIEVANCES_QUEUE}`);
    let registered = 0;
    await runCoalescedOutboxJob(
      this.dataSource,
      { ...typed.data, jobName: typed.name },
      async (manager, scope) => {
        registered = await registerReceivedReports(manager, scope, this.outbox, today());
      },
    );
    // A count only: never a reference, a category or any of the report.
    if (registered > 0) this.logger.debug({ registered }, 'grievance reports registered');
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`${job?.name ?? 'job'} attempt failed (will retry): ${error.message}`);
  }
}
