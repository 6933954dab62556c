import { composeEmail, statementDueOn } from '@app/domain';
import type { DataSource } from 'typeorm';
import type { NotificationSender } from './notification-sender';

/** Emails handed to the sender per run. */
const BATCH = 50;
/** Minutes to wait after the 1st, 2nd, 3rd and 4th failure; the 5th failure is final. */
const BACKOFF_MINUTES = [1, 5, 30, 120];
export const MAX_DELIVERY_ATTEMPTS = BACKOFF_MINUTES.length + 1;
/** A claimed notification is retried after this long if the worker died while sending it. */
const CLAIM_MINUTES = 10;

interface DueRow {
  id: string;
  kind: string;
  attempts: number;
  email: string;
  recipient_name: string;
  recipient_status: string;
  organisation_name: string;
  assignment_id: string | null;
  campaign_name: string | null;
  template_title: string | null;
  due_on: string | null;
  audit_id: string | null;
  audit_reference: string | null;
  audit_site_name: string | null;
  company_id: string | null;
  company_name: string | null;
  /** A statement reminder's year-end, the third part of its dedupe key (statementReminderKey). */
  statement_year_end: string | null;
}

export interface DeliveryRun {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Sends the notifications that are due, across organisations. Each is claimed first (its next
 * attempt moved CLAIM_MINUTES ahead, committed), then sent, then marked: a worker that dies while
 * sending leaves it to be retried later, so delivery is at least once. A refused send backs off
 * and gives up after MAX_DELIVERY_ATTEMPTS. Nothing about the recipient or the message is logged.
 */
export async function deliverDueNotifications(
  dataSource: DataSource,
  sender: NotificationSender,
  appUrl: string,
): Promise<DeliveryRun> {
  const rows: DueRow[] = await dataSource.query(
    `WITH due AS (
       SELECT id FROM notifications
        WHERE status = 'pending' AND channel = 'email' AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED),
     claimed AS (
       UPDATE notifications n SET next_attempt_at = now() + make_interval(mins => $2::int)
         FROM due WHERE n.id = due.id
       RETURNING n.id, n.organisation_id, n.kind, n.attempts, n.recipient_user_id, n.subject_type,
                 n.subject_id, n.dedupe_key)
     SELECT c.id, c.kind, c.attempts, u.email, u.name AS recipient_name,
            u.status AS recipient_status, o.name AS organisation_name, a.id AS assignment_id,
            q.name AS campaign_name, t.title AS template_title, a.due_on::text AS due_on,
            au.id AS audit_id, au.reference AS audit_reference, aus.name AS audit_site_name,
            rc.id AS company_id, rc.name AS company_name,
            CASE WHEN c.kind = 'statement.due_soon' THEN split_part(c.dedupe_key, ':', 3) END
              AS statement_year_end
       FROM claimed c
       JOIN users u ON u.id = c.recipient_user_id
       JOIN organisations o ON o.id = c.organisation_id
       LEFT JOIN questionnaire_assignments a
              ON c.subject_type = 'questionnaire_assignment' AND a.id = c.subject_id
             AND a.organisation_id = c.organisation_id
       LEFT JOIN questionnaire_campaigns q ON q.id = a.campaign_id
       LEFT JOIN questionnaire_templates t ON t.id = a.template_id
       LEFT JOIN audits au
              ON c.subject_type = 'audit' AND au.id = c.subject_id
             AND au.organisation_id = c.organisation_id
       LEFT JOIN suppliers aus ON aus.id = au.supplier_id
       LEFT JOIN reporting_companies rc
              ON c.subject_type = 'reporting_company' AND rc.id = c.subject_id
             AND rc.organisation_id = c.organisation_id`,
    [BATCH, CLAIM_MINUTES],
  );
  const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0 };
  for (const row of rows) {
    const outcome = await deliverOne(dataSource, sender, appUrl, row);
    run[outcome] += 1;
  }
  return run;
}

async function deliverOne(
  dataSource: DataSource,
  sender: NotificationSender,
  appUrl: string,
  row: DueRow,
): Promise<keyof DeliveryRun> {
  try {
    const email = emailFor(row, appUrl);
    await sender.send({ to: row.email, ...email });
    await dataSource.query(
      `UPDATE notifications SET status = 'sent', sent_at = now(), attempts = attempts + 1
        WHERE id = $1`,
      [row.id],
    );
    return 'sent';
  } catch (error) {
    const attempts = row.attempts + 1;
    const final = error instanceof PermanentFailure || attempts >= MAX_DELIVERY_ATTEMPTS;
    await dataSource.query(
      `UPDATE notifications
          SET attempts = $2, status = CASE WHEN $3::boolean THEN 'failed' ELSE 'pending' END,
              next_attempt_at = now() + make_interval(mins => $4::int)
        WHERE id = $1`,
      [row.id, attempts, final, BACKOFF_MINUTES[Math.min(attempts, BACKOFF_MINUTES.length) - 1]],
    );
    return final ? 'failed' : 'retrying';
  }
}

/** Not worth another attempt: the recipient was disabled, or the message cannot be written. */
class PermanentFailure extends Error {}

function emailFor(row: DueRow, appUrl: string) {
  // A person disabled since the notification was recorded gets nothing.
  if (row.recipient_status === 'disabled') throw new PermanentFailure('recipient disabled');
  try {
    return composeEmail(row.kind, {
      recipientName: row.recipient_name,
      organisationName: row.organisation_name,
      appUrl,
      assignment: row.assignment_id
        ? {
            id: row.assignment_id,
            campaignName: row.campaign_name!,
            templateTitle: row.template_title!,
            dueOn: row.due_on!,
          }
        : undefined,
      audit: row.audit_id
        ? { id: row.audit_id, reference: row.audit_reference!, siteName: row.audit_site_name! }
        : undefined,
      statement:
        row.company_id && row.statement_year_end
          ? {
              companyId: row.company_id,
              companyName: row.company_name!,
              yearEnd: row.statement_year_end,
              dueOn: statementDueOn(row.statement_year_end),
            }
          : undefined,
    });
  } catch (error) {
    throw new PermanentFailure((error as Error).message);
  }
}
