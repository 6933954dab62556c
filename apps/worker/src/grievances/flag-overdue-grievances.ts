import { ACKNOWLEDGE_WITHIN_DAYS, FEEDBACK_WITHIN_DAYS } from '@app/domain';
import type { DataSource } from 'typeorm';

/**
 * Flags cases past their acknowledgement target (7 days) or feedback target (3 months), across
 * organisations, and records one reminder per officer and day where any was flagged. Counts only.
 */
export async function flagOverdueGrievances(
  dataSource: DataSource,
  today: string,
): Promise<{ acknowledgements: number; feedback: number }> {
  return dataSource.transaction(async (manager) => {
    const [acknowledgements]: [{ organisation_id: string }[], number] = await manager.query(
      `UPDATE grievance_cases SET acknowledgement_overdue = true
        WHERE status = 'received' AND NOT acknowledgement_overdue
          AND received_on + $2::int < $1::date
      RETURNING organisation_id`,
      [today, ACKNOWLEDGE_WITHIN_DAYS],
    );
    const [feedback]: [{ organisation_id: string }[], number] = await manager.query(
      `UPDATE grievance_cases SET feedback_overdue = true
        WHERE status <> 'closed' AND NOT feedback_overdue
          AND received_on + $2::int < $1::date
      RETURNING organisation_id`,
      [today, FEEDBACK_WITHIN_DAYS],
    );
    const organisations = [
      ...new Set([...acknowledgements, ...feedback].map((row) => row.organisation_id)),
    ];
    if (organisations.length > 0)
      await manager.query(
        `INSERT INTO notifications (organisation_id, recipient_user_id, kind, dedupe_key)
         SELECT u.organisation_id, u.id, 'grievance.overdue',
                'grievance.overdue:' || $2::text || ':' || u.id
           FROM users u
          WHERE u.organisation_id = ANY($1::uuid[]) AND u.role IN ('admin', 'compliance_officer')
            AND u.status <> 'disabled'
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [organisations, today],
      );
    return { acknowledgements: acknowledgements.length, feedback: feedback.length };
  });
}
