import { addDays } from '../audits/calendar';
import { acknowledgedInTime, SUBSTANTIATED_OUTCOMES } from '../grievances/grievance-case';
import type { GrievanceOutcome } from '../grievances/grievance-case';
import type { RiskBand } from '../risk/model/bands';
import type { FinancialYear } from './deadlines';
import {
  emptyFrozenRecords,
  type FeeBand,
  type FrozenRecords,
  type ReportingYear,
} from './frozen-records';

/**
 * The rows the statement reads from the live records (selected by the persistence layer, already
 * limited to the company's mapped sites and to the two years), and how they become the frozen facts
 * the figures count. Classifications (high risk, fee band, which year, overdue at year-end) are
 * decided here, once, so every figure and its trace agree.
 */
export interface StatementSourceRows {
  sites: Array<{
    id: string;
    name: string;
    country: string;
    sector: string;
    tier: number;
    workers: number;
    migrant: number;
    agency: number;
    female: number;
    score: number | null;
    band: RiskBand | null;
    mainFactor: string | null;
    /** A questionnaire submitted for the site in the reporting year. */
    answeredInYear: boolean;
    /** An audit visit at the site recorded in the reporting year. */
    auditedInYear: boolean;
  }>;
  agencies: Array<{
    id: string;
    name: string;
    licenceStatus: string;
    employerPays: boolean | null;
    deposit: boolean | null;
    retainsDocuments: boolean | null;
  }>;
  engagements: Array<{
    id: string;
    agencyId: string;
    agency: string;
    site: string;
    origin: string;
    destination: string;
    workers: number;
    /** Fees paid by each worker in months of wages; null when not known. */
    feeMonths: number | null;
  }>;
  assignments: Array<{
    id: string;
    site: string;
    template: string;
    status: string;
    dueOn: string;
    submittedOn: string | null;
  }>;
  audits: Array<{
    id: string;
    reference: string;
    site: string;
    type: 'announced' | 'semi_announced' | 'unannounced';
    auditFirm: string | null;
    visitedOn: string;
  }>;
  findings: Array<{
    id: string;
    audit: string;
    site: string;
    severity: 'critical' | 'major' | 'minor' | 'observation';
    category: string;
    indicators: string[];
    visitedOn: string;
  }>;
  correctiveActions: Array<{
    id: string;
    site: string;
    severity: string;
    dueOn: string;
    openedOn: string;
    closedOn: string | null;
  }>;
  feeRemediations: Array<{
    id: string;
    site: string;
    agency: string | null;
    workers: number;
    currency: string;
    owedMinor: string;
    openedOn: string;
    repayments: Array<{ paidOn: string; amountMinor: string }>;
  }>;
  grievances: Array<{
    id: string;
    category: string;
    receivedOn: string;
    acknowledgedOn: string | null;
    closedOn: string | null;
    outcome: string | null;
  }>;
  /** Worker grievance channels open at the snapshot for the company's sites or their corridors. */
  grievanceChannels: Array<{
    id: string;
    name: string;
    scope: 'site' | 'corridor';
    languages: string[];
  }>;
  policies: Array<{
    id: string;
    title: string;
    topic: string;
    version: string;
    adoptedOn: string;
    url: string | null;
  }>;
  training: Array<{
    id: string;
    heldOn: string;
    topic: string;
    audience: string;
    people: number;
    provider: string | null;
  }>;
}

export interface StatementPeriods {
  current: FinancialYear;
  previous: FinancialYear;
  /** The day the records were read: a year not yet over is counted up to it. */
  snapshotOn: string;
}

/** The financial year before `year`: the same length, ending the day before it starts. */
export function previousFinancialYear(year: FinancialYear): FinancialYear {
  const to = addDays(year.from, -1);
  const [y, m, d] = year.from.split('-').map(Number);
  const from = `${y - 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // 29 February has no twin a year before: start on 1 March instead.
  return { from: from.endsWith('-02-29') ? `${y - 1}-03-01` : from, to };
}

function yearOf(day: string, periods: StatementPeriods): ReportingYear | null {
  if (day >= periods.current.from && day <= periods.current.to) return 'current';
  if (day >= periods.previous.from && day <= periods.previous.to) return 'previous';
  return null;
}

/** The day a year's standing figures are read at: its last day, or the snapshot if that is sooner. */
const standingOn = (year: FinancialYear, snapshotOn: string): string =>
  year.to < snapshotOn ? year.to : snapshotOn;

/** Fees of one month's wages or less are serious; more than a month is the ILO's debt-bondage range. */
export function feeBandOf(feeMonths: number | null): FeeBand {
  if (feeMonths === null || !Number.isFinite(feeMonths)) return 'unknown';
  if (feeMonths <= 0) return 'none';
  return feeMonths <= 1 ? 'up_to_one_month' : 'over_one_month';
}

const sumMinor = (amounts: readonly string[]): bigint =>
  amounts.reduce((sum, amount) => sum + BigInt(amount), 0n);

export function freezeStatementRecords(
  rows: StatementSourceRows,
  periods: StatementPeriods,
): FrozenRecords {
  const records = emptyFrozenRecords();
  const currentEnd = standingOn(periods.current, periods.snapshotOn);
  const previousEnd = standingOn(periods.previous, periods.snapshotOn);

  for (const site of rows.sites) {
    const band = site.band ?? 'unscored';
    records.site.push({
      id: site.id,
      facts: {
        name: site.name,
        country: site.country,
        sector: site.sector,
        tier: site.tier,
        workers: site.workers,
        migrant: site.migrant,
        agency: site.agency,
        female: site.female,
        band,
        score: site.score,
        mainFactor: site.mainFactor,
        highRisk: band === 'high' || band === 'critical',
        questionnaire: site.answeredInYear,
        audited: site.auditedInYear,
        covered: site.answeredInYear || site.auditedInYear,
      },
    });
  }

  for (const agency of rows.agencies)
    records.agency.push({
      id: agency.id,
      facts: {
        name: agency.name,
        licenceStatus: agency.licenceStatus,
        employerPays: agency.employerPays,
        deposit: agency.deposit,
        retainsDocuments: agency.retainsDocuments,
      },
    });

  for (const engagement of rows.engagements)
    records.engagement.push({
      id: engagement.id,
      facts: {
        agency: engagement.agency,
        agencyId: engagement.agencyId,
        site: engagement.site,
        origin: engagement.origin,
        destination: engagement.destination,
        corridor: `${engagement.origin}→${engagement.destination}`,
        workers: engagement.workers,
        feeMonths: engagement.feeMonths,
        feeBand: feeBandOf(engagement.feeMonths),
      },
    });

  for (const assignment of rows.assignments) {
    const year = yearOf(assignment.dueOn, periods);
    if (!year) continue;
    records.assignment.push({
      id: assignment.id,
      facts: {
        year,
        site: assignment.site,
        template: assignment.template,
        status: assignment.status,
        responded: assignment.submittedOn !== null,
      },
    });
  }

  for (const audit of rows.audits) {
    const year = yearOf(audit.visitedOn, periods);
    if (!year) continue;
    records.audit.push({
      id: audit.id,
      facts: {
        year,
        reference: audit.reference,
        site: audit.site,
        type: audit.type,
        thirdParty: audit.auditFirm !== null && audit.auditFirm.trim() !== '',
        visitedOn: audit.visitedOn,
      },
    });
  }

  for (const finding of rows.findings) {
    const year = yearOf(finding.visitedOn, periods);
    if (!year) continue;
    records.finding.push({
      id: finding.id,
      facts: {
        year,
        audit: finding.audit,
        site: finding.site,
        severity: finding.severity,
        category: finding.category,
        indicators: [...finding.indicators].sort(),
      },
    });
  }

  for (const action of rows.correctiveActions) {
    const overdueAt = (end: string) =>
      action.openedOn <= end && action.dueOn < end && (!action.closedOn || action.closedOn > end);
    const facts = {
      site: action.site,
      severity: action.severity,
      dueOn: action.dueOn,
      opened: yearOf(action.openedOn, periods),
      closed: action.closedOn ? yearOf(action.closedOn, periods) : null,
      overdueCurrent: overdueAt(currentEnd),
      overduePrevious: overdueAt(previousEnd),
    };
    if (facts.opened || facts.closed || facts.overdueCurrent || facts.overduePrevious)
      records.corrective_action.push({ id: action.id, facts });
  }

  for (const remediation of rows.feeRemediations) {
    const paidIn = (year: ReportingYear) =>
      sumMinor(
        remediation.repayments
          .filter((repayment) => yearOf(repayment.paidOn, periods) === year)
          .map((repayment) => repayment.amountMinor),
      );
    const outstandingAt = (end: string) =>
      remediation.openedOn > end
        ? 0n
        : BigInt(remediation.owedMinor) -
          sumMinor(
            remediation.repayments
              .filter((repayment) => repayment.paidOn <= end)
              .map((repayment) => repayment.amountMinor),
          );
    const existsCurrent = remediation.openedOn <= currentEnd;
    if (!existsCurrent) continue;
    records.fee_remediation.push({
      id: remediation.id,
      facts: {
        site: remediation.site,
        agency: remediation.agency,
        workers: remediation.workers,
        currency: remediation.currency,
        owed: remediation.owedMinor,
        repaidCurrent: paidIn('current').toString(),
        repaidPrevious: paidIn('previous').toString(),
        outstandingCurrent: outstandingAt(currentEnd).toString(),
        outstandingPrevious: outstandingAt(previousEnd).toString(),
        existsCurrent,
        existsPrevious: remediation.openedOn <= previousEnd,
      },
    });
  }

  for (const grievance of rows.grievances) {
    const year = yearOf(grievance.receivedOn, periods);
    if (!year) continue;
    records.grievance.push({
      id: grievance.id,
      facts: {
        year,
        category: grievance.category,
        receivedOn: grievance.receivedOn,
        acknowledgedOn: grievance.acknowledgedOn,
        closedOn: grievance.closedOn,
        outcome: grievance.outcome,
        acknowledgedInTime:
          grievance.acknowledgedOn !== null &&
          acknowledgedInTime(grievance.receivedOn, grievance.acknowledgedOn),
        resolved: grievance.closedOn !== null,
        substantiated:
          grievance.outcome !== null &&
          SUBSTANTIATED_OUTCOMES.includes(grievance.outcome as GrievanceOutcome),
      },
    });
  }

  for (const channel of rows.grievanceChannels)
    records.grievance_channel.push({
      id: channel.id,
      facts: { name: channel.name, scope: channel.scope, languages: [...channel.languages] },
    });

  // Policies in force at the end of the year: adopted by then (every registered version that was, so a replaced one shows beside its successor).
  for (const policy of rows.policies) {
    if (policy.adoptedOn > currentEnd) continue;
    records.policy.push({
      id: policy.id,
      facts: {
        title: policy.title,
        topic: policy.topic,
        version: policy.version,
        adoptedOn: policy.adoptedOn,
        url: policy.url,
      },
    });
  }

  for (const session of rows.training) {
    const year = yearOf(session.heldOn, periods);
    if (!year) continue;
    records.training.push({
      id: session.id,
      facts: {
        year,
        heldOn: session.heldOn,
        topic: session.topic,
        audience: session.audience,
        people: session.people,
        provider: session.provider,
      },
    });
  }
  return records;
}
