import { JobName, JobPayloads } from '@app/queues';
import type { TenantScope } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** PostgreSQL NOTIFY channel the relay listens on; delivered only when the transaction commits. */
export const OUTBOX_CHANNEL = 'outbox_events';

/**
 * Records the intent to run a background job in the caller's transaction. Nothing touches Redis
 * here: the request succeeds whether or not Redis is up, and the relay enqueues after commit.
 * `delayMs` holds the job back in BullMQ; for a coalesced job (one run claims every pending event
 * of its kind) it turns a burst of events into one run per delay instead of one run after another.
 */
@Injectable()
export class OutboxService {
  async enqueue<N extends JobName>(
    manager: EntityManager,
    scope: TenantScope,
    jobName: N,
    payload: JobPayloads[N],
    options: { delayMs?: number } = {},
  ): Promise<void> {
    // One round trip: the row and the commit-time wake-up for the relay. Raw SQL rather than
    // the entity API, because every submission and edit goes through here.
    await manager.query(
      `WITH event AS (
         INSERT INTO outbox_events (organisation_id, job_name, payload, delay_ms)
         VALUES ($1, $2, $3, $4) RETURNING id)
       SELECT pg_notify($5, '') FROM event`,
      [
        scope.organisationId,
        jobName,
        JSON.stringify(payload),
        options.delayMs ?? 0,
        OUTBOX_CHANNEL,
      ],
    );
  }
}
