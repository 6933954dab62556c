import { isCalendarDate } from '../audits/calendar';
import { FieldProblem } from '../domain-error';
import { invalidFields } from '../questionnaires/validate-template';
import { GrievanceCategory } from './grievance-categories';
import { GrievanceOutcome, SUBSTANTIATED_OUTCOMES, acknowledgedInTime } from './grievance-case';

/**
 * How the grievance mechanism performs over a period, for the dashboard and the annual statement.
 * The rows are the cases RECEIVED in the period (a cohort); what happened to them is counted as it
 * stands in the rows, even if it happened after the period ended. Counts only: nothing here can
 * identify a reporter.
 */

export interface GrievanceKpiRow {
  category: GrievanceCategory;
  receivedOn: string;
  acknowledgedOn: string | null;
  closedOn: string | null;
  outcome: GrievanceOutcome | null;
}

export interface GrievanceCategoryKpis {
  category: GrievanceCategory;
  received: number;
  resolved: number;
  substantiated: number;
}

export interface GrievanceKpis {
  received: number;
  /** Acknowledged within ACKNOWLEDGE_WITHIN_DAYS of receipt. */
  acknowledgedInTime: number;
  acknowledgedLate: number;
  notYetAcknowledged: number;
  /** Closed. */
  resolved: number;
  /** Outcome substantiated or partly substantiated (whether or not the case is closed yet). */
  substantiated: number;
  /** Median of the days from receipt to closure over the closed cases, to 1 decimal; null if none. */
  medianDaysToResolve: number | null;
  /** By category code, only categories that received something. */
  byCategory: GrievanceCategoryKpis[];
}

export function grievanceKpis(
  rows: ReadonlyArray<GrievanceKpiRow>,
  period: { from: string; to: string },
): GrievanceKpis {
  checkPeriod(period);
  const cohort = rows.filter((row) => row.receivedOn >= period.from && row.receivedOn <= period.to);
  const isSubstantiated = (row: GrievanceKpiRow) =>
    row.outcome !== null && SUBSTANTIATED_OUTCOMES.includes(row.outcome);
  const closed = cohort.filter((row) => row.closedOn !== null);

  const acknowledged = cohort.filter((row) => row.acknowledgedOn !== null);
  const inTime = acknowledged.filter((row) =>
    acknowledgedInTime(row.receivedOn, row.acknowledgedOn as string),
  ).length;

  const byCode = new Map<GrievanceCategory, GrievanceCategoryKpis>();
  for (const row of cohort) {
    const entry = byCode.get(row.category) ?? {
      category: row.category,
      received: 0,
      resolved: 0,
      substantiated: 0,
    };
    entry.received++;
    if (row.closedOn !== null) entry.resolved++;
    if (isSubstantiated(row)) entry.substantiated++;
    byCode.set(row.category, entry);
  }

  return {
    received: cohort.length,
    acknowledgedInTime: inTime,
    acknowledgedLate: acknowledged.length - inTime,
    notYetAcknowledged: cohort.length - acknowledged.length,
    resolved: closed.length,
    substantiated: cohort.filter(isSubstantiated).length,
    medianDaysToResolve: median(
      closed.map((row) => daysBetween(row.receivedOn, row.closedOn as string)),
    ),
    byCategory: [...byCode.values()].sort((a, b) =>
      a.category < b.category ? -1 : a.category > b.category ? 1 : 0,
    ),
  };
}

function checkPeriod(period: { from: string; to: string }): void {
  const problems: FieldProblem[] = [];
  const rule = 'must be a day written YYYY-MM-DD';
  if (!isCalendarDate(period.from)) problems.push({ field: 'from', message: rule });
  if (!isCalendarDate(period.to)) problems.push({ field: 'to', message: rule });
  else if (problems.length === 0 && period.to < period.from)
    problems.push({ field: 'to', message: 'must not be before from' });
  if (problems.length > 0) throw invalidFields('Invalid period', problems);
}

const DAY_MS = 86_400_000;

/** Whole days from one YYYY-MM-DD day to another, in UTC (negative if `to` is earlier). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The middle value; for an even count the mean of the two middle ones. Rounded to 1 decimal. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 10) / 10;
}
