/**
 * The one contract between the code that asks for background work (through the outbox) and the
 * processors that do it. Payloads carry ids only: the processor reloads and re-checks the records,
 * so a stale payload can never overwrite newer data.
 */
export const QUEUE_NAMES = [
  'notifications',
  'supply-chain',
  'imports',
  'risk',
  'questionnaires',
  'audits',
  'grievances',
  'statements',
] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** Record the welcome (or invitation) notification owed to a new user. */
  'notification.user-welcome': { userId: string; kind: 'welcome' | 'invitation' };
  /** Recompute every site's tier in the organisation (coalesced: a burst of changes runs once). */
  'supply-chain.recompute-tiers': Record<string, never>;
  /** Apply an uploaded CSV (rows validated one by one, upserted by external id). */
  'import.run': { importId: string };
  /**
   * Recalculate risk (coalesced: every pending request of the organisation runs as one). Names the
   * sites whose own inputs changed, or the agencies whose practice changed, or everything; the
   * chain (upstream maxima) is always brought up to date. `recalculationId` reports progress.
   */
  'risk.recalculate': RiskRecalculationRequest;
  /**
   * Score submitted questionnaires (once in effect), then ask for their sites' risk. The api
   * writes one event per batch of submissions it committed together.
   */
  'questionnaire.score': QuestionnaireScoreRequest;
  /** Record the "new questionnaire" notifications owed to a campaign's recipients. */
  'questionnaire.campaign-sent': { campaignId: string };
  /**
   * Turn a submitted audit report into findings, corrective actions, fee remediations and
   * notifications (once in effect), then ask for the site's risk and the report PDF.
   */
  'audit.process': { auditId: string };
  /** Render (again) the PDF of a processed audit and keep it with the audit. */
  'audit.render-report': { auditId: string };
  /**
   * Register the grievance reports received (coalesced, per organisation). Names no case: an
   * outbox row has a precise time, and a report must carry its day only.
   */
  'grievance.received': Record<string, never>;
  /** Render a statement's PDF (one regime) and record the file, its hash and, once published, the statement's. */
  'statement.render': { documentId: string };
}

/** `submissionId` alone is the form written before submissions were committed in batches. */
export type QuestionnaireScoreRequest = { submissionIds: string[] } | { submissionId: string };

/**
 * Jobs the worker schedules for itself (BullMQ job schedulers), across organisations; they do not
 * come through the outbox and carry no payload.
 */
export const SCHEDULED_JOBS = {
  questionnaireReminders: 'questionnaire.reminders',
  /** Sends pending notification emails; scheduled only when SMTP_URL is set. */
  notificationDelivery: 'notification.deliver',
  /** Flags corrective actions past their due date and records the reminders owed. */
  correctiveActionsOverdue: 'audits.corrective-actions-overdue',
  /** Flags grievance cases past their acknowledgement (7 days) or feedback (3 months) target. */
  grievancesOverdue: 'grievances.overdue',
  /** Records the statement reminders owed (one month, two weeks, one week before each is due). */
  statementReminders: 'statements.reminders',
} as const;

export interface RiskRecalculationRequest {
  supplierIds?: string[];
  agencyIds?: string[];
  /** Every site of the organisation (reference data changed, bulk import, requested by a person). */
  all?: boolean;
  recalculationId?: string;
}

export type JobName = keyof JobPayloads;

/** Which queue each job runs on; a job name missing here does not compile. */
export const JOB_QUEUE: { readonly [N in JobName]: QueueName } = {
  'notification.user-welcome': 'notifications',
  'supply-chain.recompute-tiers': 'supply-chain',
  'import.run': 'imports',
  'risk.recalculate': 'risk',
  'questionnaire.score': 'questionnaires',
  'questionnaire.campaign-sent': 'questionnaires',
  'audit.process': 'audits',
  'audit.render-report': 'audits',
  'grievance.received': 'grievances',
  'statement.render': 'statements',
};

/** What a processor receives: the payload plus where it came from. */
export type JobData<N extends JobName> = JobPayloads[N] & {
  outboxId: string;
  organisationId: string;
};

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOB_QUEUE, name);
}

/** Deterministic BullMQ job id: enqueueing the same outbox event twice adds one job. */
export function outboxJobId(outboxId: string): string {
  return `outbox-${outboxId}`;
}

/** A job as a discriminated union: switching on `name` narrows `data` to that job's payload. */
export type TypedJob = { [N in JobName]: { name: N; data: JobData<N> } }[JobName];

/** Views a BullMQ job through the contract (the relay only enqueues names from JOB_QUEUE). */
export function typedJob(job: { name: string; data: unknown }): TypedJob {
  return { name: job.name, data: job.data } as TypedJob;
}
