import type { DataSource } from 'typeorm';

/** Due-soon reminders go out this many days before the due date. */
export const DUE_SOON_DAYS = 3;

export interface ReminderRun {
  markedOverdue: number;
  dueSoon: number;
  overdue: number;
}

/**
 * Marks assignments past their due date as overdue and records the reminders owed: one "due soon"
 * and one "overdue" per assignment, supplier user and due date (the dedupe key holds the date, so
 * a moved due date earns new reminders but a repeated run never sends one twice). Runs for every
 * organisation; records hold ids only.
 */
export async function runQuestionnaireReminders(
  dataSource: DataSource,
  asOf: string,
): Promise<ReminderRun> {
  return dataSource.transaction(async (manager) => {
    const [, markedOverdue]: [unknown, number] = await manager.query(
      `UPDATE questionnaire_assignments a SET status = 'overdue'
         FROM questionnaire_campaigns c
        WHERE c.id = a.campaign_id AND c.status = 'open'
          AND a.due_on < $1::date AND a.status IN ('sent', 'in_progress', 'reopened')`,
      [asOf],
    );
    const remind = async (kind: string, condition: string): Promise<number> => {
      const [{ count }]: { count: number }[] = await manager.query(
        `WITH inserted AS (
         INSERT INTO notifications (organisation_id, recipient_user_id, kind, subject_type,
                subject_id, dedupe_key)
         SELECT a.organisation_id, u.id, $2::text, 'questionnaire_assignment', a.id,
                $2::text || ':' || a.id || ':' || a.due_on || ':' || u.id
           FROM questionnaire_assignments a
           JOIN questionnaire_campaigns c ON c.id = a.campaign_id AND c.status = 'open'
           JOIN users u ON u.organisation_id = a.organisation_id AND u.supplier_id = a.supplier_id
                       AND u.role = 'supplier' AND u.status <> 'disabled'
          WHERE ${condition}
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING 1)
         SELECT count(*)::int AS count FROM inserted`,
        [asOf, kind, DUE_SOON_DAYS],
      );
      return count;
    };
    const dueSoon = await remind(
      'questionnaire.due_soon',
      `a.status IN ('sent', 'in_progress', 'reopened')
         AND a.due_on >= $1::date AND a.due_on <= $1::date + $3::int`,
    );
    const overdue = await remind(
      'questionnaire.overdue',
      `a.status = 'overdue' AND a.due_on < $1::date AND $3::int >= 0`,
    );
    return { markedOverdue, dueSoon, overdue };
  });
}
