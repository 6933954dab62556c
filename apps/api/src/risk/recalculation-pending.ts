import type { DataSource } from 'typeorm';

/** Whether a recalculation request of the organisation still waits: scores may be about to move. */
export async function recalculationPending(
  dataSource: DataSource,
  organisationId: string,
): Promise<boolean> {
  const rows: unknown[] = await dataSource.query(
    `SELECT 1 FROM outbox_events WHERE organisation_id = $1 AND job_name = 'risk.recalculate'
        AND processed_at IS NULL LIMIT 1`,
    [organisationId],
  );
  return rows.length > 0;
}
