import { DomainError } from '../domain-error';
import type { FindingSeverity } from '../risk/model/types';
import { addDays, isCalendarDate } from './calendar';

/**
 * Corrective action plans (CAPs): one per critical or major finding. The supplier proposes a plan
 * and proves it was carried out; the compliance officer accepts, sends back, or closes, either on
 * the evidence (desk review) or after a follow-up audit.
 */

export const CORRECTIVE_ACTION_STATUSES = [
  'open',
  'plan_submitted',
  'plan_accepted',
  'evidence_submitted',
  'follow_up_required',
  'closed',
] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

export function isCorrectiveActionStatus(value: unknown): value is CorrectiveActionStatus {
  return (
    typeof value === 'string' && (CORRECTIVE_ACTION_STATUSES as readonly string[]).includes(value)
  );
}

export type CorrectiveActionActor = 'supplier' | 'officer';
export type CapClosureMethod = 'desk_review' | 'follow_up_audit';

export interface CorrectiveActionTransition {
  /** Who may take the action: the other party never can, whatever the status. */
  readonly actor: CorrectiveActionActor;
  readonly from: readonly CorrectiveActionStatus[];
  readonly to: CorrectiveActionStatus;
  /** Sending work back must say why, or the supplier cannot fix it. */
  readonly needsComment: boolean;
  /** Set when the action closes the CAP: how it was verified, for the statement. */
  readonly closureMethod: CapClosureMethod | null;
  /** For messages: "To accept the plan, …". */
  readonly label: string;
}

const step = (
  actor: CorrectiveActionActor,
  from: readonly CorrectiveActionStatus[],
  to: CorrectiveActionStatus,
  label: string,
  extra: { needsComment?: boolean; closureMethod?: CapClosureMethod } = {},
): CorrectiveActionTransition => ({
  actor,
  from,
  to,
  label,
  needsComment: extra.needsComment ?? false,
  closureMethod: extra.closureMethod ?? null,
});

/** The whole state machine, in one table so the API, UI and tests read the same rules. */
export const CORRECTIVE_ACTION_TRANSITIONS = {
  submit_plan: step('supplier', ['open'], 'plan_submitted', 'submit a plan'),
  accept_plan: step('officer', ['plan_submitted'], 'plan_accepted', 'accept the plan'),
  return_plan: step('officer', ['plan_submitted'], 'open', 'send the plan back', {
    needsComment: true,
  }),
  submit_evidence: step(
    'supplier',
    ['plan_accepted', 'follow_up_required'],
    'evidence_submitted',
    'submit evidence',
  ),
  return_evidence: step('officer', ['evidence_submitted'], 'plan_accepted', 'send evidence back', {
    needsComment: true,
  }),
  verify: step('officer', ['evidence_submitted'], 'closed', 'verify and close', {
    closureMethod: 'desk_review',
  }),
  require_follow_up_audit: step(
    'officer',
    ['evidence_submitted'],
    'follow_up_required',
    'require a follow-up audit',
  ),
  close_after_follow_up: step(
    'officer',
    ['follow_up_required'],
    'closed',
    'close after the follow-up audit',
    { closureMethod: 'follow_up_audit' },
  ),
} as const satisfies Record<string, CorrectiveActionTransition>;

export type CorrectiveActionAction = keyof typeof CORRECTIVE_ACTION_TRANSITIONS;
export const CORRECTIVE_ACTION_ACTIONS = Object.keys(
  CORRECTIVE_ACTION_TRANSITIONS,
) as CorrectiveActionAction[];

export function isCorrectiveActionAction(value: unknown): value is CorrectiveActionAction {
  return typeof value === 'string' && Object.hasOwn(CORRECTIVE_ACTION_TRANSITIONS, value);
}

const ACTOR_NAMES: Record<CorrectiveActionActor, string> = {
  supplier: 'the supplier',
  officer: 'a compliance officer',
};

/**
 * The status after `action`. The role is checked before the status, so someone who may never
 * take the action learns nothing about where the CAP stands:
 * - wrong role → DomainError 'forbidden' (403): the code exists for exactly this, and a 409
 *   would suggest that trying again later could work;
 * - right role, wrong status → DomainError.conflict (409) naming the status needed and the
 *   status now.
 * Comments and closure methods are the caller's to record: see CORRECTIVE_ACTION_TRANSITIONS and
 * checkCorrectiveActionComment.
 */
export function transitionCorrectiveAction(
  status: CorrectiveActionStatus,
  action: CorrectiveActionAction,
  actorRole: CorrectiveActionActor,
): CorrectiveActionStatus {
  // Actions usually arrive from a request body; the types alone do not guard that.
  if (!isCorrectiveActionAction(action))
    throw DomainError.invalid('action', `must be one of ${CORRECTIVE_ACTION_ACTIONS.join(', ')}`);
  const transition: CorrectiveActionTransition = CORRECTIVE_ACTION_TRANSITIONS[action];
  if (transition.actor !== actorRole)
    throw new DomainError(
      'forbidden',
      `Only ${ACTOR_NAMES[transition.actor]} can ${transition.label}`,
    );
  if (!transition.from.includes(status))
    throw DomainError.conflict(
      `To ${transition.label} the corrective action must be ` +
        `${transition.from.map((from) => `'${from}'`).join(' or ')}; it is '${status}'`,
    );
  return transition.to;
}

export const MAX_CAP_COMMENT_LENGTH = 4000;

/**
 * The comment sent with an action, trimmed; null when none was given and none is needed.
 * Throws DomainError.invalid on `comment` when the action needs one (return_plan,
 * return_evidence) and it is missing or blank, or when it is not text or too long.
 */
export function checkCorrectiveActionComment(
  action: CorrectiveActionAction,
  comment: unknown,
): string | null {
  const { needsComment, label } = CORRECTIVE_ACTION_TRANSITIONS[action];
  if (
    comment === undefined ||
    comment === null ||
    (typeof comment === 'string' && !comment.trim())
  ) {
    if (needsComment) throw DomainError.invalid('comment', `is required to ${label}`);
    return null;
  }
  if (typeof comment !== 'string') throw DomainError.invalid('comment', 'must be text');
  const text = comment.trim();
  if ([...text].length > MAX_CAP_COMMENT_LENGTH)
    throw DomainError.invalid('comment', `must be at most ${MAX_CAP_COMMENT_LENGTH} characters`);
  return text;
}

/**
 * Overdue is a flag, not a status: a CAP keeps its place in the workflow when its due date
 * passes. Due on the day itself is not overdue yet.
 */
export function isCorrectiveActionOverdue(
  cap: { status: CorrectiveActionStatus; dueOn: string },
  today: string,
): boolean {
  if (!isCalendarDate(today)) throw DomainError.invalid('today', 'must be a date YYYY-MM-DD');
  if (!isCalendarDate(cap.dueOn)) throw DomainError.invalid('dueOn', 'must be a date YYYY-MM-DD');
  return cap.status !== 'closed' && today > cap.dueOn;
}

/** docs/domain.md §5: critical and major findings carry a CAP with a due date; others none. */
export type CapSeverity = Extract<FindingSeverity, 'critical' | 'major'>;
export type CapDuePolicy = Readonly<Record<CapSeverity, number>>;

/** Days from the audit to the CAP's due date; an organisation may set its own policy. */
export const DEFAULT_CAP_DUE_DAYS: CapDuePolicy = { critical: 30, major: 90 };

export function needsCorrectiveAction(severity: FindingSeverity): severity is CapSeverity {
  return severity === 'critical' || severity === 'major';
}

/** The due date (YYYY-MM-DD) of the CAP for a finding, or null when the severity needs none. */
export function correctiveActionDueOn(
  severity: FindingSeverity,
  fromDay: string,
  policy: CapDuePolicy = DEFAULT_CAP_DUE_DAYS,
): string | null {
  if (!isCalendarDate(fromDay)) throw DomainError.invalid('fromDay', 'must be a date YYYY-MM-DD');
  if (!needsCorrectiveAction(severity)) return null;
  const days = policy[severity];
  // A policy may come from organisation settings: a CAP due the day it opens is no plan at all.
  if (!Number.isSafeInteger(days) || days < 1 || days > 3660)
    throw DomainError.invalid(
      `policy.${severity}`,
      'must be a whole number of days from 1 to 3660',
    );
  return addDays(fromDay, days);
}
