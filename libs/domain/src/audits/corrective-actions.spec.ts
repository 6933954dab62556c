import fc from 'fast-check';
import { DomainError } from '../domain-error';
import {
  CORRECTIVE_ACTION_ACTIONS,
  CORRECTIVE_ACTION_STATUSES,
  CORRECTIVE_ACTION_TRANSITIONS,
  DEFAULT_CAP_DUE_DAYS,
  checkCorrectiveActionComment,
  correctiveActionDueOn,
  isCorrectiveActionAction,
  isCorrectiveActionOverdue,
  isCorrectiveActionStatus,
  needsCorrectiveAction,
  transitionCorrectiveAction,
  type CorrectiveActionAction,
  type CorrectiveActionActor,
  type CorrectiveActionStatus,
} from './corrective-actions';

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

/** Every legal move: [from, action, actor, to]. */
const LEGAL: Array<
  [CorrectiveActionStatus, CorrectiveActionAction, CorrectiveActionActor, CorrectiveActionStatus]
> = [
  ['open', 'submit_plan', 'supplier', 'plan_submitted'],
  ['plan_submitted', 'accept_plan', 'officer', 'plan_accepted'],
  ['plan_submitted', 'return_plan', 'officer', 'open'],
  ['plan_accepted', 'submit_evidence', 'supplier', 'evidence_submitted'],
  ['follow_up_required', 'submit_evidence', 'supplier', 'evidence_submitted'],
  ['evidence_submitted', 'return_evidence', 'officer', 'plan_accepted'],
  ['evidence_submitted', 'verify', 'officer', 'closed'],
  ['evidence_submitted', 'require_follow_up_audit', 'officer', 'follow_up_required'],
  ['follow_up_required', 'close_after_follow_up', 'officer', 'closed'],
];

describe('transitionCorrectiveAction', () => {
  it.each(LEGAL)('%s --%s (%s)--> %s', (from, action, actor, to) => {
    expect(transitionCorrectiveAction(from, action, actor)).toBe(to);
  });

  it('refuses every other status with a conflict naming the status needed and the status now', () => {
    for (const status of CORRECTIVE_ACTION_STATUSES)
      for (const action of CORRECTIVE_ACTION_ACTIONS) {
        const actor = CORRECTIVE_ACTION_TRANSITIONS[action].actor;
        if (LEGAL.some(([from, a]) => from === status && a === action)) continue;
        const error = errorOf(() => transitionCorrectiveAction(status, action, actor));
        expect(error.code).toBe('conflict');
        expect(error.message).toContain(`it is '${status}'`);
      }
    expect(
      errorOf(() => transitionCorrectiveAction('open', 'accept_plan', 'officer')).message,
    ).toBe("To accept the plan the corrective action must be 'plan_submitted'; it is 'open'");
    expect(
      errorOf(() => transitionCorrectiveAction('closed', 'submit_evidence', 'supplier')).message,
    ).toBe(
      "To submit evidence the corrective action must be 'plan_accepted' or 'follow_up_required'; it is 'closed'",
    );
  });

  it('refuses the other party with forbidden, before looking at the status', () => {
    for (const action of CORRECTIVE_ACTION_ACTIONS) {
      const wrong: CorrectiveActionActor =
        CORRECTIVE_ACTION_TRANSITIONS[action].actor === 'officer' ? 'supplier' : 'officer';
      for (const status of CORRECTIVE_ACTION_STATUSES)
        expect(errorOf(() => transitionCorrectiveAction(status, action, wrong)).code).toBe(
          'forbidden',
        );
    }
    expect(
      errorOf(() => transitionCorrectiveAction('plan_submitted', 'accept_plan', 'supplier'))
        .message,
    ).toBe('Only a compliance officer can accept the plan');
    expect(
      errorOf(() => transitionCorrectiveAction('open', 'submit_plan', 'officer')).message,
    ).toBe('Only the supplier can submit a plan');
  });

  it('refuses an action it does not know (it may come from a request body)', () => {
    const error = errorOf(() =>
      transitionCorrectiveAction('open', 'approve' as CorrectiveActionAction, 'officer'),
    );
    expect(error.code).toBe('invalid');
    expect(error.fields[0].field).toBe('action');
    expect(isCorrectiveActionAction('toString')).toBe(false);
    expect(isCorrectiveActionAction('verify')).toBe(true);
    expect(isCorrectiveActionStatus('closed')).toBe(true);
    expect(isCorrectiveActionStatus('overdue')).toBe(false);
  });

  it('closes only by verify (desk review) or after a follow-up audit, and never leaves closed', () => {
    const closing = CORRECTIVE_ACTION_ACTIONS.filter(
      (action) => CORRECTIVE_ACTION_TRANSITIONS[action].to === 'closed',
    );
    expect(
      closing.map((action) => [action, CORRECTIVE_ACTION_TRANSITIONS[action].closureMethod]),
    ).toEqual([
      ['verify', 'desk_review'],
      ['close_after_follow_up', 'follow_up_audit'],
    ]);
    for (const action of CORRECTIVE_ACTION_ACTIONS)
      expect(CORRECTIVE_ACTION_TRANSITIONS[action].from).not.toContain('closed');
  });

  it('any sequence of allowed moves stays within the statuses and can always still close', () => {
    const move = fc.constantFrom(...CORRECTIVE_ACTION_ACTIONS);
    fc.assert(
      fc.property(fc.array(move, { maxLength: 30 }), (actions) => {
        let status: CorrectiveActionStatus = 'open';
        for (const action of actions) {
          const { actor } = CORRECTIVE_ACTION_TRANSITIONS[action];
          try {
            status = transitionCorrectiveAction(status, action, actor);
          } catch (error) {
            expect((error as DomainError).code).toBe('conflict');
          }
        }
        expect(CORRECTIVE_ACTION_STATUSES).toContain(status);
        // Closed is reachable from every status but closed itself (no dead ends).
        const path: Partial<Record<CorrectiveActionStatus, CorrectiveActionAction[]>> = {
          open: ['submit_plan', 'accept_plan', 'submit_evidence', 'verify'],
          plan_submitted: ['accept_plan', 'submit_evidence', 'verify'],
          plan_accepted: ['submit_evidence', 'verify'],
          evidence_submitted: ['verify'],
          follow_up_required: ['close_after_follow_up'],
        };
        for (const action of path[status] ?? [])
          status = transitionCorrectiveAction(
            status,
            action,
            CORRECTIVE_ACTION_TRANSITIONS[action].actor,
          );
        expect(status).toBe('closed');
      }),
    );
  });
});

describe('checkCorrectiveActionComment', () => {
  it('requires a comment to send a plan or evidence back', () => {
    for (const action of ['return_plan', 'return_evidence'] as const)
      for (const missing of [undefined, null, '', '   ']) {
        const error = errorOf(() => checkCorrectiveActionComment(action, missing));
        expect(error.code).toBe('invalid');
        expect(error.fields[0].field).toBe('comment');
      }
    expect(checkCorrectiveActionComment('return_plan', '  Name who pays the fees back.  ')).toBe(
      'Name who pays the fees back.',
    );
  });

  it('makes the comment optional elsewhere, but checks it when given', () => {
    expect(checkCorrectiveActionComment('verify', undefined)).toBeNull();
    expect(checkCorrectiveActionComment('verify', ' ')).toBeNull();
    expect(checkCorrectiveActionComment('accept_plan', 'Good plan')).toBe('Good plan');
    expect(errorOf(() => checkCorrectiveActionComment('verify', 42)).fields[0].field).toBe(
      'comment',
    );
    expect(() => checkCorrectiveActionComment('verify', 'x'.repeat(4001))).toThrow(/at most 4000/);
  });
});

describe('isCorrectiveActionOverdue', () => {
  it('is overdue after the due day unless closed', () => {
    const cap = (status: CorrectiveActionStatus) => ({ status, dueOn: '2026-04-01' });
    expect(isCorrectiveActionOverdue(cap('open'), '2026-04-01')).toBe(false);
    expect(isCorrectiveActionOverdue(cap('open'), '2026-04-02')).toBe(true);
    expect(isCorrectiveActionOverdue(cap('follow_up_required'), '2027-01-01')).toBe(true);
    expect(isCorrectiveActionOverdue(cap('closed'), '2027-01-01')).toBe(false);
  });

  it('refuses malformed dates rather than comparing garbage', () => {
    expect(() =>
      isCorrectiveActionOverdue({ status: 'open', dueOn: '2026-04-01' }, '1/4/2026'),
    ).toThrow(DomainError);
    expect(() =>
      isCorrectiveActionOverdue({ status: 'open', dueOn: '2026-02-30' }, '2026-04-01'),
    ).toThrow(DomainError);
  });
});

describe('due dates', () => {
  it('needs a CAP for critical and major findings only', () => {
    expect(needsCorrectiveAction('critical')).toBe(true);
    expect(needsCorrectiveAction('major')).toBe(true);
    expect(needsCorrectiveAction('minor')).toBe(false);
    expect(needsCorrectiveAction('observation')).toBe(false);
  });

  it('gives 30 days for critical and 90 for major by default', () => {
    expect(DEFAULT_CAP_DUE_DAYS).toEqual({ critical: 30, major: 90 });
    expect(correctiveActionDueOn('critical', '2026-01-31')).toBe('2026-03-02');
    expect(correctiveActionDueOn('major', '2026-11-15')).toBe('2027-02-13');
    expect(correctiveActionDueOn('minor', '2026-01-31')).toBeNull();
    expect(correctiveActionDueOn('observation', '2026-01-31')).toBeNull();
  });

  it("follows an organisation's policy", () => {
    expect(correctiveActionDueOn('critical', '2024-02-28', { critical: 1, major: 60 })).toBe(
      '2024-02-29',
    );
    expect(correctiveActionDueOn('major', '2024-02-28', { critical: 1, major: 60 })).toBe(
      '2024-04-28',
    );
  });

  it('refuses a malformed day or policy', () => {
    expect(errorOf(() => correctiveActionDueOn('critical', '2026-02-30')).fields[0].field).toBe(
      'fromDay',
    );
    for (const days of [0, -5, 2.5, NaN, 10_000])
      expect(
        errorOf(() => correctiveActionDueOn('major', '2026-01-01', { critical: 30, major: days }))
          .fields[0].field,
      ).toBe('policy.major');
  });

  it('is never due before the finding, and critical never later than major', () => {
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (from) => {
        const critical = correctiveActionDueOn('critical', from) as string;
        const major = correctiveActionDueOn('major', from) as string;
        expect(critical > from).toBe(true);
        expect(critical <= major).toBe(true);
      }),
    );
  });
});
