import { JobName, JobPayloads } from '@app/queues';
import { OutboxEvent, TenantScope } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** PostgreSQL NOTIFY channel the relay listens on; delivered only when the transaction commits. */
export const OUTBOX_CHANNEL = 'outbox_events';

/**
 * Records the intent to run a background job in the caller's transaction. Nothing touches Redis
 * here: the request succeeds whether or not Redis is up, and the relay enqueues after commit.
 */
@Injectable()
export class OutboxService {
  async enqueue<N extends JobName>(
    manager: EntityManager,
    scope: TenantScope,
    jobName: N,
    payload: JobPayloads[N],
  ): Promise<void> {
    const event = manager.create(OutboxEvent, {
      organisationId: scope.organisationId,
      jobName,
      payload: payload as unknown as Record<string, unknown>,
    });
    await manager.save(event);
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  }
}
