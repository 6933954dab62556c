import type { TenantScope } from '@app/persistence';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Rows an UPDATE … RETURNING gave back. TypeORM's PostgreSQL driver answers UPDATE (and DELETE)
 * with [rows, rowCount], not rows: reading its length as "rows claimed" is always 2.
 */
async function updateReturning<Row>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
): Promise<Row[]> {
  const [rows]: [Row[], number] = await manager.query(sql, params);
  return rows;
}

export type RunOnceOutcome = 'applied' | 'already-applied' | 'unknown-event';

/**
 * Applies a job's effect exactly once. BullMQ delivers at least once (a retried job, a worker
 * killed after commit, a relay that enqueued twice); the outbox row is locked, checked and marked
 * processed in the same transaction as the effect, so a second delivery finds it done.
 */
export async function runOutboxJobOnce(
  dataSource: DataSource,
  job: { outboxId: string; organisationId: string },
  effect: (manager: EntityManager, scope: TenantScope) => Promise<void>,
): Promise<RunOnceOutcome> {
  return dataSource.transaction(async (manager) => {
    // Claim and mark in one statement: a concurrent duplicate waits on the row lock, then finds
    // processed_at set and claims nothing. If the effect fails, the rollback un-marks it.
    const claimed = await updateReturning<{ id: string }>(
      manager,
      `UPDATE outbox_events SET processed_at = now()
        WHERE id = $1 AND organisation_id = $2 AND processed_at IS NULL RETURNING id`,
      [job.outboxId, job.organisationId],
    );
    if (claimed.length === 0) {
      const known: unknown[] = await manager.query(
        'SELECT 1 FROM outbox_events WHERE id = $1 AND organisation_id = $2',
        [job.outboxId, job.organisationId],
      );
      return known.length ? 'already-applied' : 'unknown-event';
    }
    await effect(manager, { organisationId: job.organisationId });
    return 'applied';
  });
}

/**
 * For jobs whose effect only depends on the current state (e.g. recompute all tiers): claims this
 * event and every earlier pending one of the same job for the organisation, so a burst of changes
 * is applied by one run, which receives every claimed payload. Returns 'already-applied' when an
 * earlier run claimed this event.
 */
export async function runCoalescedOutboxJob<Payload = unknown>(
  dataSource: DataSource,
  job: { outboxId: string; organisationId: string; jobName: string },
  effect: (manager: EntityManager, scope: TenantScope, payloads: Payload[]) => Promise<void>,
): Promise<RunOnceOutcome> {
  return dataSource.transaction(async (manager) => {
    // Serialise runs per organisation and job, so two workers never compute the same thing at once.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1 || $2))', [
      job.organisationId,
      job.jobName,
    ]);
    const claimed = await updateReturning<{ payload: Payload }>(
      manager,
      `UPDATE outbox_events SET processed_at = now()
        WHERE organisation_id = $1 AND job_name = $2 AND processed_at IS NULL
        RETURNING payload`,
      [job.organisationId, job.jobName],
    );
    if (claimed.length === 0) return 'already-applied';
    await effect(
      manager,
      { organisationId: job.organisationId },
      claimed.map((row) => row.payload),
    );
    return 'applied';
  });
}
