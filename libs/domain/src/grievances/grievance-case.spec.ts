import fc from 'fast-check';
import { DomainError } from '../domain-error';
import {
  ACKNOWLEDGE_WITHIN_DAYS,
  FEEDBACK_WITHIN_DAYS,
  GRIEVANCE_CASE_ACTIONS,
  GRIEVANCE_CASE_STATUSES,
  GRIEVANCE_OUTCOMES,
  GRIEVANCE_SEVERITIES,
  GrievanceCaseAction,
  GrievanceCaseStatus,
  acknowledgedInTime,
  acknowledgementDueOn,
  feedbackDueOn,
  grievanceCaseStatusLabel,
  grievanceOutcomeLabel,
  grievanceSeverityLabel,
  isAcknowledgementOverdue,
  isFeedbackOverdue,
  isGrievanceCaseAction,
  isGrievanceCaseStatus,
  isGrievanceOutcome,
  isGrievanceSeverity,
  transitionGrievanceCase,
} from './grievance-case';

const statuses = GRIEVANCE_CASE_STATUSES.map((term) => term.code);
const actions = GRIEVANCE_CASE_ACTIONS.map((term) => term.code);

function thrown(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('vocabularies', () => {
  it('hold the codes of the spec, in order, with labels', () => {
    expect(statuses).toEqual([
      'received',
      'acknowledged',
      'investigating',
      'outcome_recorded',
      'closed',
    ]);
    expect(actions).toEqual(['acknowledge', 'investigate', 'record_outcome', 'close']);
    expect(GRIEVANCE_OUTCOMES.map((term) => term.code)).toEqual([
      'substantiated',
      'partly_substantiated',
      'not_substantiated',
      'withdrawn',
    ]);
    expect(GRIEVANCE_SEVERITIES.map((term) => term.code)).toEqual([
      'low',
      'medium',
      'high',
      'critical',
    ]);
    expect(grievanceCaseStatusLabel('investigating')).toBe('Being investigated');
    expect(grievanceOutcomeLabel('partly_substantiated')).toBe('Partly substantiated');
    expect(grievanceSeverityLabel('low')).toBe('Low');
    for (const terms of [
      GRIEVANCE_CASE_STATUSES,
      GRIEVANCE_CASE_ACTIONS,
      GRIEVANCE_OUTCOMES,
      GRIEVANCE_SEVERITIES,
    ])
      for (const term of terms) expect(term.label).not.toBe('');
  });

  it('guard their codes and nothing else', () => {
    expect(statuses.every(isGrievanceCaseStatus)).toBe(true);
    expect(actions.every(isGrievanceCaseAction)).toBe(true);
    expect(isGrievanceOutcome('withdrawn')).toBe(true);
    expect(isGrievanceSeverity('critical')).toBe(true);
    for (const value of ['', 'Closed', 'open', 'major', null, 1])
      for (const isCode of [
        isGrievanceCaseStatus,
        isGrievanceCaseAction,
        isGrievanceOutcome,
        isGrievanceSeverity,
      ])
        expect(isCode(value)).toBe(false);
  });
});

describe('transitionGrievanceCase', () => {
  it('follows the lifecycle', () => {
    expect(transitionGrievanceCase('received', 'acknowledge')).toBe('acknowledged');
    expect(transitionGrievanceCase('acknowledged', 'investigate')).toBe('investigating');
    expect(transitionGrievanceCase('investigating', 'record_outcome', 'substantiated')).toBe(
      'outcome_recorded',
    );
    expect(transitionGrievanceCase('acknowledged', 'record_outcome', 'withdrawn')).toBe(
      'outcome_recorded',
    );
    expect(transitionGrievanceCase('outcome_recorded', 'close')).toBe('closed');
  });

  it('refuses a step from the wrong status with a conflict naming the status needed', () => {
    const error = thrown(() => transitionGrievanceCase('received', 'close'));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Cannot close a grievance case that is received; it must be outcome_recorded',
    );
    expect(
      thrown(() => transitionGrievanceCase('received', 'record_outcome', 'withdrawn')).message,
    ).toBe(
      'Cannot record the outcome of a grievance case that is received; it must be acknowledged or investigating',
    );
    expect(thrown(() => transitionGrievanceCase('closed', 'acknowledge')).fields).toEqual([
      {
        field: 'status',
        message: 'Cannot acknowledge a grievance case that is closed; it must be received',
      },
    ]);
  });

  it('checks the outcome when given one', () => {
    expect(transitionGrievanceCase('investigating', 'record_outcome')).toBe('outcome_recorded');
    for (const outcome of [null, 'resolved', ''])
      expect(
        thrown(() => transitionGrievanceCase('investigating', 'record_outcome', outcome)),
      ).toMatchObject({ code: 'invalid', fields: [{ field: 'outcome' }] });
  });

  it('refuses an unknown action', () => {
    expect(
      thrown(() => transitionGrievanceCase('received', 'delete' as GrievanceCaseAction)).code,
    ).toBe('invalid');
  });

  it('only ever moves forward, and a closed case never moves', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.constantFrom(...actions),
        (status: GrievanceCaseStatus, action: GrievanceCaseAction) => {
          let next: GrievanceCaseStatus;
          try {
            next = transitionGrievanceCase(status, action, 'not_substantiated');
          } catch (error) {
            expect((error as DomainError).code).toBe('conflict');
            return;
          }
          expect(statuses.indexOf(next)).toBeGreaterThan(statuses.indexOf(status));
          expect(status).not.toBe('closed');
        },
      ),
    );
  });

  it('reaches closed from received along every allowed path', () => {
    const legal: Array<[GrievanceCaseStatus, GrievanceCaseAction]> = [];
    for (const status of statuses)
      for (const action of actions)
        try {
          transitionGrievanceCase(status, action, 'withdrawn');
          legal.push([status, action]);
        } catch {
          // not a legal step
        }
    expect(legal).toEqual([
      ['received', 'acknowledge'],
      ['acknowledged', 'investigate'],
      ['acknowledged', 'record_outcome'],
      ['investigating', 'record_outcome'],
      ['outcome_recorded', 'close'],
    ]);
  });
});

describe('targets', () => {
  it('are 7 days to acknowledge and 90 days to give feedback', () => {
    expect(ACKNOWLEDGE_WITHIN_DAYS).toBe(7);
    expect(FEEDBACK_WITHIN_DAYS).toBe(90);
    expect(acknowledgementDueOn('2026-02-25')).toBe('2026-03-04');
    expect(feedbackDueOn('2026-01-01')).toBe('2026-04-01');
    expect(feedbackDueOn('2024-12-15')).toBe('2025-03-15');
  });

  it('refuse a day that is not YYYY-MM-DD', () => {
    expect(thrown(() => acknowledgementDueOn('2026-02-30'))).toMatchObject({
      code: 'invalid',
      fields: [{ field: 'receivedOn' }],
    });
    expect(
      thrown(() =>
        isAcknowledgementOverdue({ receivedOn: '2026-01-01', acknowledgedOn: null }, 'x'),
      ).fields[0].field,
    ).toBe('today');
  });

  it('count the due day as in time', () => {
    expect(acknowledgedInTime('2026-03-01', '2026-03-08')).toBe(true);
    expect(acknowledgedInTime('2026-03-01', '2026-03-09')).toBe(false);
    expect(acknowledgedInTime('2026-03-01', '2026-03-01')).toBe(true);
  });

  it('make an unacknowledged case overdue from the day after the due day', () => {
    const open = { receivedOn: '2026-03-01', acknowledgedOn: null };
    expect(isAcknowledgementOverdue(open, '2026-03-08')).toBe(false);
    expect(isAcknowledgementOverdue(open, '2026-03-09')).toBe(true);
    // Acknowledged, even late: no longer waiting, so not overdue.
    expect(
      isAcknowledgementOverdue(
        { receivedOn: '2026-03-01', acknowledgedOn: '2026-03-20' },
        '2026-04-01',
      ),
    ).toBe(false);
  });

  it('make a case still open after 90 days overdue for feedback', () => {
    const open = { receivedOn: '2026-01-01', closedOn: null };
    expect(isFeedbackOverdue(open, '2026-04-01')).toBe(false);
    expect(isFeedbackOverdue(open, '2026-04-02')).toBe(true);
    expect(isFeedbackOverdue({ ...open, closedOn: '2026-06-01' }, '2026-07-01')).toBe(false);
  });

  it('agree with the due day for any received day', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 200 }), (receivedOn, after) => {
        const today = new Date(Date.parse(receivedOn) + after * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(isAcknowledgementOverdue({ receivedOn, acknowledgedOn: null }, today)).toBe(
          after > ACKNOWLEDGE_WITHIN_DAYS,
        );
        expect(isFeedbackOverdue({ receivedOn, closedOn: null }, today)).toBe(
          after > FEEDBACK_WITHIN_DAYS,
        );
      }),
    );
  });
});
