import { typedJob, SCHEDULED_JOBS, type QuestionnaireScoreRequest } from '@app/queues';
import { today } from '@app/persistence';
import { OutboxService, runCoalescedOutboxJob, runOutboxJobOnce } from '@app/platform';
import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { scheduleRepeatable } from '../job-schedules';
import { runQuestionnaireReminders } from './reminders';
import { scoreSubmissions } from './score-submissions';

export const QUESTIONNAIRES_QUEUE = 'questionnaires';
/** How often overdue assignments are marked and reminders recorded (an hour). */
export const REMINDER_EVERY_MS = 3_600_000;

/**
 * Questionnaires in the background: scoring submissions (coalesced per organisation, so a burst of
 * submissions is scored in a few transactions), campaign notifications, and the reminder schedule.
 */
@Processor(QUESTIONNAIRES_QUEUE)
export class QuestionnairesProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('QuestionnairesProcessor');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @InjectQueue(QUESTIONNAIRES_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  /** One scheduler for every worker process: upserting it again changes nothing. */
  async onApplicationBootstrap(): Promise<void> {
    await scheduleRepeatable(
      this.queue,
      this.logger,
      'questionnaire-reminders',
      REMINDER_EVERY_MS,
      SCHEDULED_JOBS.questionnaireReminders,
    );
  }

  async process(job: Job): Promise<void> {
    if (job.name === SCHEDULED_JOBS.questionnaireReminders) {
      const run = await runQuestionnaireReminders(this.dataSource, today());
      this.logger.log(run, 'questionnaire reminders');
      return;
    }
    const typed = typedJob(job);
    switch (typed.name) {
      case 'questionnaire.score': {
        let scored = 0;
        await runCoalescedOutboxJob<QuestionnaireScoreRequest>(
          this.dataSource,
          { ...typed.data, jobName: typed.name },
          async (manager, scope, payloads) => {
            scored = await scoreSubmissions(
              manager,
              scope,
              payloads.flatMap((payload) =>
                'submissionIds' in payload ? payload.submissionIds : [payload.submissionId],
              ),
              this.outbox,
            );
          },
        );
        if (scored > 0) this.logger.debug({ scored }, 'questionnaires scored');
        return;
      }
      case 'questionnaire.campaign-sent':
        await runOutboxJobOnce(this.dataSource, typed.data, async (manager, scope) => {
          await manager.query(
            `INSERT INTO notifications (organisation_id, recipient_user_id, kind, subject_type,
                    subject_id, dedupe_key)
             SELECT a.organisation_id, u.id, 'questionnaire.assigned', 'questionnaire_assignment',
                    a.id, 'questionnaire.assigned:' || a.id || ':' || u.id
               FROM questionnaire_assignments a
               JOIN users u ON u.organisation_id = a.organisation_id AND u.supplier_id = a.supplier_id
                           AND u.role = 'supplier' AND u.status <> 'disabled'
              WHERE a.organisation_id = $1 AND a.campaign_id = $2
             ON CONFLICT (dedupe_key) DO NOTHING`,
            [scope.organisationId, typed.data.campaignId],
          );
        });
        return;
      default:
        throw new Error(`No handler for job ${typed.name} on ${QUESTIONNAIRES_QUEUE}`);
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Queue connection problem (retrying): ${error.message}`);
  }
}
