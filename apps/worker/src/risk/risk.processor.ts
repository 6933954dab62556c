import type { RiskRecalculationRequest } from '@app/queues';
import { typedJob } from '@app/queues';
import { runCoalescedOutboxJob } from '@app/platform';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { recalculateRisk, type RecalculationScope } from './recalculate-risk';

export const RISK_QUEUE = 'risk';

/** How long a recalculation waits, each time, for the organisation's import to finish. */
export const IMPORT_WAIT_MS = 2000;
/** Imports come in series (sites, then links, then agencies): wait this long for the next file. */
export const IMPORT_SETTLE_SECONDS = 10;

/** Merges a burst of requests into one run: the union of sites and agencies, or everything. */
export function mergeRequests(requests: readonly RiskRecalculationRequest[]): RecalculationScope & {
  recalculationIds: string[];
} {
  return {
    all: requests.some((request) => request.all === true),
    supplierIds: new Set(requests.flatMap((request) => request.supplierIds ?? [])),
    agencyIds: new Set(requests.flatMap((request) => request.agencyIds ?? [])),
    recalculationIds: requests.flatMap((request) =>
      request.recalculationId ? [request.recalculationId] : [],
    ),
  };
}

/**
 * Risk recalculation. Coalesced per organisation (one run applies every pending request) and
 * idempotent (a run computes from the current state; writing the same scores changes nothing).
 */
@Processor(RISK_QUEUE)
export class RiskProcessor extends WorkerHost {
  private readonly logger = new Logger('RiskProcessor');

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async process(job: Job, token?: string): Promise<void> {
    const typed = typedJob(job);
    if (typed.name !== 'risk.recalculate')
      throw new Error(`No handler for job ${typed.name} on ${RISK_QUEUE}`);
    const { organisationId } = typed.data;
    // Imports first: an import ends with a request of its own, so recalculating while it still
    // writes would only slow it down and be done again. (Not counted as a failed attempt.)
    if (token && (await this.importInProgress(organisationId))) {
      await job.moveToDelayed(Date.now() + IMPORT_WAIT_MS, token);
      throw new DelayedError();
    }
    let recalculationIds: string[] = [];
    try {
      const outcome = await runCoalescedOutboxJob<RiskRecalculationRequest>(
        this.dataSource,
        { ...typed.data, jobName: typed.name },
        async (manager, scope, payloads) => {
          const merged = mergeRequests(payloads);
          recalculationIds = merged.recalculationIds;
          // Progress goes through its own connection, so people see it while this transaction runs.
          const report = async (done: number, total: number): Promise<void> => {
            if (recalculationIds.length === 0) return;
            await this.dataSource.query(
              `UPDATE risk_recalculations
                  SET status = 'running', sites_done = $3, sites_total = $4, error = NULL,
                      started_at = coalesce(started_at, now())
                WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND status <> 'done'`,
              [organisationId, recalculationIds, done, total],
            );
          };
          const result = await recalculateRisk(manager, scope.organisationId, merged, report);
          if (recalculationIds.length > 0)
            await manager.query(
              `UPDATE risk_recalculations
                  SET status = 'done', sites_done = $3, sites_total = $3, sites_changed = $4,
                      finished_at = clock_timestamp(), error = NULL
                WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
              [organisationId, recalculationIds, result.sitesTotal, result.sitesChanged],
            );
          this.logger.log(
            { organisationId, all: merged.all, ...result, requests: payloads.length },
            'risk recalculated',
          );
        },
      );
      this.logger.debug({ outboxId: typed.data.outboxId, outcome }, 'risk.recalculate');
    } catch (error) {
      // Rolled back: nothing was written. BullMQ retries; until then, people see why it stopped.
      if (recalculationIds.length > 0)
        await this.dataSource
          .query(
            `UPDATE risk_recalculations SET status = 'failed', error = $3
              WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND status <> 'done'`,
            [organisationId, recalculationIds, (error as Error).message.slice(0, 500)],
          )
          .catch(() => undefined);
      throw error;
    }
  }

  /**
   * An import queued or running and alive (progress in the last 10 minutes), or one that finished
   * moments ago, when the next file of a series is usually on its way.
   */
  private async importInProgress(organisationId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM imports WHERE organisation_id = $1
          AND ((status IN ('queued', 'running') AND updated_at > now() - interval '10 minutes')
            OR (status = 'completed' AND finished_at > now() - make_interval(secs => $2)))
        LIMIT 1`,
      [organisationId, IMPORT_SETTLE_SECONDS],
    );
    return rows.length > 0;
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Queue connection problem (retrying): ${error.message}`);
  }
}
