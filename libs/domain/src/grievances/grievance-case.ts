import { addDays, isCalendarDate } from '../audits/calendar';
import { DomainError } from '../domain-error';
import { GrievanceTerm, codesOf, guard, labeller } from './terms';

/**
 * The life of a grievance case, from receipt to closure, and the targets the organisation holds
 * itself to. A case moves one way only:
 *
 *   received → acknowledged → investigating → outcome_recorded → closed
 *                          ╰──────────────────╯ (an outcome may be recorded without investigating,
 *                                                e.g. when the reporter withdraws)
 */

export const GRIEVANCE_CASE_STATUSES = [
  { code: 'received', label: 'Received' },
  { code: 'acknowledged', label: 'Acknowledged' },
  { code: 'investigating', label: 'Being investigated' },
  { code: 'outcome_recorded', label: 'Outcome recorded' },
  { code: 'closed', label: 'Closed' },
] as const;
export type GrievanceCaseStatus = (typeof GRIEVANCE_CASE_STATUSES)[number]['code'];
export const isGrievanceCaseStatus = guard<GrievanceCaseStatus>(GRIEVANCE_CASE_STATUSES);
export const grievanceCaseStatusLabel = labeller<GrievanceCaseStatus>(GRIEVANCE_CASE_STATUSES);

export const GRIEVANCE_CASE_ACTIONS = [
  { code: 'acknowledge', label: 'Acknowledge' },
  { code: 'investigate', label: 'Start investigating' },
  { code: 'record_outcome', label: 'Record the outcome' },
  { code: 'close', label: 'Close' },
] as const;
export type GrievanceCaseAction = (typeof GRIEVANCE_CASE_ACTIONS)[number]['code'];
export const isGrievanceCaseAction = guard<GrievanceCaseAction>(GRIEVANCE_CASE_ACTIONS);

/**
 * How a case ended. The labels are a Record, so an outcome added to the type does not compile
 * until it has a label. (The risk model spells the same four codes as GrievanceOutcomeInput.)
 */
export type GrievanceOutcome =
  'substantiated' | 'partly_substantiated' | 'not_substantiated' | 'withdrawn';
const OUTCOME_LABELS: Readonly<Record<GrievanceOutcome, string>> = {
  substantiated: 'Substantiated',
  partly_substantiated: 'Partly substantiated',
  not_substantiated: 'Not substantiated',
  withdrawn: 'Withdrawn by the reporter',
};
export const GRIEVANCE_OUTCOMES: ReadonlyArray<GrievanceTerm<GrievanceOutcome>> = (
  Object.keys(OUTCOME_LABELS) as GrievanceOutcome[]
).map((code) => ({ code, label: OUTCOME_LABELS[code] }));
export const isGrievanceOutcome = guard<GrievanceOutcome>(GRIEVANCE_OUTCOMES);
export const grievanceOutcomeLabel = (outcome: GrievanceOutcome): string => OUTCOME_LABELS[outcome];

/** Outcomes that count as substantiated in KPIs and raise the site's risk score. */
export const SUBSTANTIATED_OUTCOMES: readonly GrievanceOutcome[] = [
  'substantiated',
  'partly_substantiated',
];

/** Triage: how serious the grievance is, set by the organisation (never by the reporter). */
export const GRIEVANCE_SEVERITIES = [
  { code: 'low', label: 'Low' },
  { code: 'medium', label: 'Medium' },
  { code: 'high', label: 'High' },
  { code: 'critical', label: 'Critical: a worker may be in danger' },
] as const;
export type GrievanceSeverity = (typeof GRIEVANCE_SEVERITIES)[number]['code'];
export const isGrievanceSeverity = guard<GrievanceSeverity>(GRIEVANCE_SEVERITIES);
export const grievanceSeverityLabel = labeller<GrievanceSeverity>(GRIEVANCE_SEVERITIES);

/** Which statuses each action starts from, and where it leads. */
const TRANSITIONS: Readonly<
  Record<GrievanceCaseAction, { from: readonly GrievanceCaseStatus[]; to: GrievanceCaseStatus }>
> = {
  acknowledge: { from: ['received'], to: 'acknowledged' },
  investigate: { from: ['acknowledged'], to: 'investigating' },
  record_outcome: { from: ['acknowledged', 'investigating'], to: 'outcome_recorded' },
  close: { from: ['outcome_recorded'], to: 'closed' },
};

const ACTION_PHRASES: Readonly<Record<GrievanceCaseAction, string>> = {
  acknowledge: 'acknowledge',
  investigate: 'start investigating',
  record_outcome: 'record the outcome of',
  close: 'close',
};

/**
 * The status a case moves to under `action`. Throws DomainError 'conflict' naming the status the
 * action needs when the case is not in it. Recording an outcome needs the outcome: callers that
 * pass it here have it checked too (DomainError 'invalid' on `outcome`, before the status: a 400
 * about the request comes before a 409 about the case); callers that check it themselves with
 * isGrievanceOutcome may leave it out.
 */
export function transitionGrievanceCase(
  status: GrievanceCaseStatus,
  action: GrievanceCaseAction,
  outcome?: unknown,
): GrievanceCaseStatus {
  const transition = TRANSITIONS[action] as (typeof TRANSITIONS)[GrievanceCaseAction] | undefined;
  if (!transition)
    throw DomainError.invalid('action', `must be one of ${codesOf(GRIEVANCE_CASE_ACTIONS)}`);
  if (action === 'record_outcome' && outcome !== undefined && !isGrievanceOutcome(outcome))
    throw DomainError.invalid('outcome', `must be one of ${codesOf(GRIEVANCE_OUTCOMES)}`);
  if (!transition.from.includes(status)) {
    const needed = transition.from.join(' or ');
    throw DomainError.conflict(
      `Cannot ${ACTION_PHRASES[action]} a grievance case that is ${status}; it must be ${needed}`,
      'status',
    );
  }
  return transition.to;
}

/**
 * Targets, from the grievance-mechanism issue: acknowledge "default target 7 days"; give the
 * reporter feedback (an outcome and a closed case) within "3 months", taken as 90 days. Day
 * counts are calendar days from the day the report was received; the due day itself is in time.
 */
export const ACKNOWLEDGE_WITHIN_DAYS = 7;
export const FEEDBACK_WITHIN_DAYS = 90;

export function acknowledgementDueOn(receivedOn: string): string {
  return addDays(day(receivedOn, 'receivedOn'), ACKNOWLEDGE_WITHIN_DAYS);
}

export function feedbackDueOn(receivedOn: string): string {
  return addDays(day(receivedOn, 'receivedOn'), FEEDBACK_WITHIN_DAYS);
}

/** Whether the case was (or, if still open, will be) acknowledged by the due day. */
export function acknowledgedInTime(receivedOn: string, acknowledgedOn: string): boolean {
  return day(acknowledgedOn, 'acknowledgedOn') <= acknowledgementDueOn(receivedOn);
}

/**
 * Overdue means still waiting past the due day. Once acknowledged the case is no longer overdue,
 * even if acknowledged late (the KPIs count late acknowledgements).
 */
export function isAcknowledgementOverdue(
  grievance: { receivedOn: string; acknowledgedOn: string | null },
  today: string,
): boolean {
  const due = acknowledgementDueOn(grievance.receivedOn);
  return grievance.acknowledgedOn === null && day(today, 'today') > due;
}

/** Still open past the feedback due day. */
export function isFeedbackOverdue(
  grievance: { receivedOn: string; closedOn: string | null },
  today: string,
): boolean {
  const due = feedbackDueOn(grievance.receivedOn);
  return grievance.closedOn === null && day(today, 'today') > due;
}

function day(value: string, field: string): string {
  if (!isCalendarDate(value)) throw DomainError.invalid(field, 'must be a day written YYYY-MM-DD');
  return value;
}
