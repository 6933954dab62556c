import {
  latestEndedFinancialYear,
  statementDueOn,
  statementReminderDays,
  statementReminderKey,
} from '@app/domain';
import {
  InjectTenantRepository,
  ReportingCompany,
  TenantRepository,
  today,
} from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';

/** What is due when: for each company, the statement of its last financial year and its reminders. */
@Injectable()
export class StatementDeadlinesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(ReportingCompany)
    private readonly companies: TenantRepository<ReportingCompany>,
  ) {}

  async list(auth: AuthContext) {
    const companies = await this.companies.find(auth, { order: { name: 'ASC' } });
    const on = today();
    const statements: { company_id: string; period_to: string; status: string; version: number }[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (company_id, period_to) company_id, period_to::text AS period_to, status, version
           FROM statements WHERE organisation_id = $1
          ORDER BY company_id, period_to, (status = 'published') DESC, version DESC`,
        [auth.organisationId],
      );
    const recorded: { dedupe_key: string }[] = await this.dataSource.query(
      // The key less its last part, the recipient: what statementReminderKey gives.
      `SELECT DISTINCT regexp_replace(dedupe_key, ':[^:]*$', '') AS dedupe_key
         FROM notifications WHERE organisation_id = $1 AND kind = 'statement.due_soon'`,
      [auth.organisationId],
    );
    const sent = new Set(recorded.map((row) => row.dedupe_key));
    return companies.map((company) => {
      const year = latestEndedFinancialYear(on, {
        month: company.financialYearEndMonth,
        day: company.financialYearEndDay,
      });
      const dueOn = statementDueOn(year.to);
      const statement = statements.find(
        (row) => row.company_id === company.id && row.period_to === year.to,
      );
      return {
        companyId: company.id,
        companyName: company.name,
        financialYear: year,
        dueOn,
        overdue: on > dueOn && statement?.status !== 'published',
        statement: statement ? { status: statement.status, version: statement.version } : null,
        reminders: statementReminderDays(dueOn).map((reminder) => ({
          ...reminder,
          recorded: sent.has(statementReminderKey(company.id, year.to, reminder.key)),
        })),
      };
    });
  }
}
