import type { TenantScope } from '@app/persistence';
import type { DataSource, EntityManager } from 'typeorm';

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
    const rows: { processed_at: Date | null }[] = await manager.query(
      'SELECT processed_at FROM outbox_events WHERE id = $1 AND organisation_id = $2 FOR UPDATE',
      [job.outboxId, job.organisationId],
    );
    if (rows.length === 0) return 'unknown-event';
    if (rows[0].processed_at) return 'already-applied';
    await effect(manager, { organisationId: job.organisationId });
    await manager.query('UPDATE outbox_events SET processed_at = now() WHERE id = $1', [
      job.outboxId,
    ]);
    return 'applied';
  });
}
