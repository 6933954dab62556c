import { DomainError } from '../domain-error';
import { addDays, isCalendarDate } from '../audits/calendar';

/**
 * Statement deadlines. Source: UK Home Office statutory guidance "Transparency in supply chains"
 * (2017, updated 2023): a statement should be published within six months of the financial
 * year-end. The product reminds one month, two weeks and one week before it is due.
 */
export const STATEMENT_DUE_MONTHS_AFTER_YEAR_END = 6;
export const STATEMENT_REMINDERS = [
  { key: 'one_month', label: 'one month before', daysBefore: 30 },
  { key: 'two_weeks', label: 'two weeks before', daysBefore: 14 },
  { key: 'one_week', label: 'one week before', daysBefore: 7 },
] as const;
export type StatementReminderKey = (typeof STATEMENT_REMINDERS)[number]['key'];

export interface FinancialYear {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (the year-end), YYYY-MM-DD. */
  to: string;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The year-end day in `year`, clamped to the month's length (31 Feb is 28 or 29 Feb). */
function yearEndIn(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`;
}

/**
 * The financial year of a company (year-end month and day) that ends in `endYear`: from the day
 * after the previous year-end to this one.
 */
export function financialYearEnding(
  endYear: number,
  yearEnd: { month: number; day: number },
): FinancialYear {
  if (!Number.isInteger(yearEnd.month) || yearEnd.month < 1 || yearEnd.month > 12)
    throw DomainError.invalid('financialYearEndMonth', 'must be 1 to 12');
  if (!Number.isInteger(yearEnd.day) || yearEnd.day < 1 || yearEnd.day > 31)
    throw DomainError.invalid('financialYearEndDay', 'must be 1 to 31');
  const to = yearEndIn(endYear, yearEnd.month, yearEnd.day);
  const from = addDays(yearEndIn(endYear - 1, yearEnd.month, yearEnd.day), 1);
  return { from, to };
}

/**
 * Six months after the year-end, on the same day of the month where it exists, otherwise the
 * month's last day (a 31 August year-end is due on 28 or 29 February).
 */
export function statementDueOn(yearEnd: string): string {
  if (!isCalendarDate(yearEnd)) throw DomainError.invalid('yearEnd', 'must be a date YYYY-MM-DD');
  const [year, month, day] = yearEnd.split('-').map(Number);
  const total = month - 1 + STATEMENT_DUE_MONTHS_AFTER_YEAR_END;
  const dueYear = year + Math.floor(total / 12);
  const dueMonth = (total % 12) + 1;
  const lastDayOfYearEndMonth = day === daysInMonth(year, month);
  const dueDay = lastDayOfYearEndMonth
    ? daysInMonth(dueYear, dueMonth)
    : Math.min(day, daysInMonth(dueYear, dueMonth));
  return `${dueYear}-${pad(dueMonth)}-${pad(dueDay)}`;
}

/** The reminder days for a due date, each with the key that keeps it from being sent twice. */
export function statementReminderDays(
  dueOn: string,
): Array<{ key: StatementReminderKey; on: string }> {
  if (!isCalendarDate(dueOn)) throw DomainError.invalid('dueOn', 'must be a date YYYY-MM-DD');
  return STATEMENT_REMINDERS.map((reminder) => ({
    key: reminder.key,
    on: addDays(dueOn, -reminder.daysBefore),
  }));
}

/** Reminders owed on `today`: those whose day has come and the statement is not yet published. */
export function remindersDue(dueOn: string, today: string): StatementReminderKey[] {
  if (today > dueOn) return [];
  return statementReminderDays(dueOn)
    .filter((reminder) => reminder.on <= today)
    .map((reminder) => reminder.key);
}

/** The company's financial year that ended most recently before `today` (its statement is the one due). */
export function latestEndedFinancialYear(
  today: string,
  yearEnd: { month: number; day: number },
): FinancialYear {
  const year = Number(today.slice(0, 4));
  const thisYear = financialYearEnding(year, yearEnd);
  return thisYear.to < today ? thisYear : financialYearEnding(year - 1, yearEnd);
}

/**
 * A statement reminder's dedupe key without its recipient (`…:<userId>` follows): one per company,
 * year-end and reminder, so none is recorded twice. The notification sender reads the year-end
 * back from the third part.
 */
export function statementReminderKey(
  companyId: string,
  yearEnd: string,
  reminder: StatementReminderKey,
): string {
  return `statement.due_soon:${companyId}:${yearEnd}:${reminder}`;
}
