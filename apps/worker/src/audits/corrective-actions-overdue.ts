import type { OutboxService } from '@app/platform';
import type { DataSource } from 'typeorm';

export interface OverdueRun {
  flagged: number;
  sites: number;
}

/**
 * Flags corrective actions whose due date has passed before closure, records one reminder per
 * action and supplier user, and asks for the risk of the sites concerned (overdue actions weigh
 * more). Runs for every organisation; a second run the same day flags nothing new.
 */
export async function flagOverdueCorrectiveActions(
  dataSource: DataSource,
  outbox: OutboxService,
  asOf: string,
): Promise<OverdueRun> {
  return dataSource.transaction(async (manager) => {
    const flagged: { organisation_id: string; supplier_id: string; audit_id: string }[] =
      await manager
        .query(
          `UPDATE corrective_actions SET overdue_since = $1::date
            WHERE status <> 'closed' AND due_on < $1::date AND overdue_since IS NULL
          RETURNING organisation_id, supplier_id, audit_id`,
          [asOf],
        )
        .then(
          ([rows]: [{ organisation_id: string; supplier_id: string; audit_id: string }[]]) => rows,
        );
    if (flagged.length === 0) return { flagged: 0, sites: 0 };
    await manager.query(
      `INSERT INTO notifications (organisation_id, recipient_user_id, kind, subject_type,
              subject_id, dedupe_key)
       SELECT DISTINCT f.organisation_id, u.id, 'corrective_action.overdue', 'audit', f.audit_id,
              'corrective_action.overdue:' || f.audit_id || ':' || $2::text || ':' || u.id
         FROM jsonb_to_recordset($1::jsonb) AS f(organisation_id uuid, supplier_id uuid, audit_id uuid)
         JOIN users u ON u.organisation_id = f.organisation_id AND u.supplier_id = f.supplier_id
                     AND u.role = 'supplier' AND u.status <> 'disabled'
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [JSON.stringify(flagged), asOf],
    );
    const sitesByOrganisation = new Map<string, Set<string>>();
    for (const row of flagged) {
      const sites = sitesByOrganisation.get(row.organisation_id) ?? new Set<string>();
      sites.add(row.supplier_id);
      sitesByOrganisation.set(row.organisation_id, sites);
    }
    for (const [organisationId, sites] of sitesByOrganisation)
      await outbox.enqueue(manager, { organisationId }, 'risk.recalculate', {
        supplierIds: [...sites],
      });
    return {
      flagged: flagged.length,
      sites: [...sitesByOrganisation.values()].reduce((sum, sites) => sum + sites.size, 0),
    };
  });
}
