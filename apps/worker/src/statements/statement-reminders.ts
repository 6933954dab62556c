import {
  latestEndedFinancialYear,
  remindersDue,
  statementDueOn,
  statementReminderKey,
} from '@app/domain';
import type { DataSource } from 'typeorm';

/** Who is reminded that a statement is due: those who write, approve and sign it. */
const REMINDED_ROLES = ['admin', 'compliance_officer', 'executive'];

/**
 * Records the reminder owed today for each company whose statement of its last financial year is
 * not yet published: the latest of one month, two weeks and one week before it is due (a run that
 * missed an earlier one does not send it late). The dedupe key (company, year-end, reminder,
 * person) means no reminder is ever recorded twice, however often this runs.
 */
export async function recordStatementReminders(
  dataSource: DataSource,
  today: string,
): Promise<{ recorded: number }> {
  const companies: {
    organisation_id: string;
    id: string;
    financial_year_end_month: number;
    financial_year_end_day: number;
  }[] = await dataSource.query(
    'SELECT organisation_id, id, financial_year_end_month, financial_year_end_day FROM reporting_companies',
  );
  const owed: { organisationId: string; companyId: string; yearEnd: string; key: string }[] = [];
  for (const company of companies) {
    const year = latestEndedFinancialYear(today, {
      month: company.financial_year_end_month,
      day: company.financial_year_end_day,
    });
    const due = remindersDue(statementDueOn(year.to), today);
    if (due.length > 0)
      owed.push({
        organisationId: company.organisation_id,
        companyId: company.id,
        yearEnd: year.to,
        key: statementReminderKey(company.id, year.to, due[due.length - 1]),
      });
  }
  if (owed.length === 0) return { recorded: 0 };
  const rows: unknown[] = await dataSource.query(
    `WITH owed AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS o("organisationId" uuid, "companyId" uuid, "yearEnd" date, key text))
     INSERT INTO notifications (organisation_id, recipient_user_id, kind, subject_type, subject_id,
                                dedupe_key)
     SELECT o."organisationId", u.id, 'statement.due_soon', 'reporting_company', o."companyId",
            o.key || ':' || u.id
       FROM owed o
       JOIN users u ON u.organisation_id = o."organisationId" AND u.role = ANY($2::text[])
                   AND u.status <> 'disabled'
      WHERE NOT EXISTS (
              SELECT 1 FROM statements s
               WHERE s.organisation_id = o."organisationId" AND s.company_id = o."companyId"
                 AND s.period_to = o."yearEnd" AND s.status = 'published')
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id`,
    [JSON.stringify(owed), REMINDED_ROLES],
  );
  return { recorded: rows.length };
}
