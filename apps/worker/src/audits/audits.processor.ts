import { APP_CONFIG, type AppConfig } from '@app/config';
import { renderAuditReportPdf } from '@app/documents';
import { today } from '@app/persistence';
import { FilesService, OutboxService, runOutboxJobOnce } from '@app/platform';
import { SCHEDULED_JOBS, typedJob } from '@app/queues';
import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { scheduleRepeatable } from '../job-schedules';
import { loadAuditReportView } from './audit-report-view';
import { flagOverdueCorrectiveActions } from './corrective-actions-overdue';
import { processAuditReport } from './process-audit-report';

export const AUDITS_QUEUE = 'audits';
/** How often corrective actions past their due date are flagged (an hour). */
export const OVERDUE_EVERY_MS = 3_600_000;

/**
 * Audits in the background: a submitted report becomes findings, corrective actions and fee
 * remediations (once in effect); its PDF is rendered and kept; overdue corrective actions are
 * flagged on a schedule.
 */
@Processor(AUDITS_QUEUE)
export class AuditsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('AuditsProcessor');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly files: FilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(AUDITS_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await scheduleRepeatable(
      this.queue,
      this.logger,
      'corrective-actions-overdue',
      OVERDUE_EVERY_MS,
      SCHEDULED_JOBS.correctiveActionsOverdue,
    );
  }

  async process(job: Job): Promise<void> {
    if (job.name === SCHEDULED_JOBS.correctiveActionsOverdue) {
      const run = await flagOverdueCorrectiveActions(this.dataSource, this.outbox, today());
      if (run.flagged > 0) this.logger.log(run, 'corrective actions overdue');
      return;
    }
    const typed = typedJob(job);
    switch (typed.name) {
      case 'audit.process': {
        const policy = {
          critical: this.config.CAP_DUE_DAYS_CRITICAL,
          major: this.config.CAP_DUE_DAYS_MAJOR,
        };
        await runOutboxJobOnce(this.dataSource, typed.data, async (manager, scope) => {
          const counts = await processAuditReport(
            manager,
            scope,
            typed.data.auditId,
            policy,
            this.outbox,
          );
          this.logger.log({ auditId: typed.data.auditId, ...counts }, 'audit report processed');
        });
        return;
      }
      case 'audit.render-report':
        await runOutboxJobOnce(this.dataSource, typed.data, async (manager, scope) => {
          const view = await loadAuditReportView(manager, scope, typed.data.auditId);
          if (!view) return;
          const pdf = await renderAuditReportPdf(view);
          const stored = await this.files.storeGenerated(
            scope,
            { type: 'audit_report', id: typed.data.auditId },
            pdf,
            'application/pdf',
            `${view.audit.reference}.pdf`,
          );
          await manager.query(
            'UPDATE audits SET report_file_id = $3 WHERE organisation_id = $1 AND id = $2',
            [scope.organisationId, typed.data.auditId, stored.id],
          );
        });
        return;
      default:
        throw new Error(`No handler for job ${typed.name} on ${AUDITS_QUEUE}`);
    }
  }

  /** A failed attempt is retried by BullMQ; say why, without the payload (ids only anyway). */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`${job?.name ?? 'job'} attempt failed (will retry): ${error.message}`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Queue connection problem (retrying): ${error.message}`);
  }
}
