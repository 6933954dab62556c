import type { TenantScope } from '@app/persistence';
import type { OutboxService } from '@app/platform';
import type { EntityManager } from 'typeorm';

/**
 * The system's acknowledgement of the reports received: marks them registered, records one
 * notification a day for the organisation's officers (no case, no text: "new reports today"), and
 * asks for the risk of the sites concerned. Coalesced: one run registers every waiting report;
 * registering twice changes nothing.
 */
export async function registerReceivedReports(
  manager: EntityManager,
  scope: TenantScope,
  outbox: OutboxService,
  today: string,
): Promise<number> {
  const [rows]: [{ supplier_id: string | null }[], number] = await manager.query(
    `UPDATE grievance_cases SET registered = true
      WHERE organisation_id = $1 AND registered = false
    RETURNING supplier_id`,
    [scope.organisationId],
  );
  if (rows.length === 0) return 0;
  await manager.query(
    `INSERT INTO notifications (organisation_id, recipient_user_id, kind, dedupe_key)
     SELECT $1, u.id, 'grievance.received', 'grievance.received:' || $2::text || ':' || u.id
       FROM users u
      WHERE u.organisation_id = $1 AND u.role IN ('admin', 'compliance_officer')
        AND u.status <> 'disabled'
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [scope.organisationId, today],
  );
  const supplierIds = [...new Set(rows.flatMap((row) => row.supplier_id ?? []))];
  if (supplierIds.length > 0)
    await outbox.enqueue(manager, scope, 'risk.recalculate', { supplierIds }, { delayMs: 3000 });
  return rows.length;
}
