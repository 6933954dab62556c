import fc from 'fast-check';
import {
  financialYearEnding,
  remindersDue,
  statementDueOn,
  statementReminderKey,
  statementReminderDays,
} from './deadlines';

describe('statement deadlines', () => {
  it('is due six months after the year-end', () => {
    expect(statementDueOn('2026-03-31')).toBe('2026-09-30');
    expect(statementDueOn('2025-12-31')).toBe('2026-06-30');
    expect(statementDueOn('2026-06-15')).toBe('2026-12-15');
    // A month-end year-end stays at the month-end; the last day of February when shorter.
    expect(statementDueOn('2025-08-31')).toBe('2026-02-28');
    expect(statementDueOn('2027-08-31')).toBe('2028-02-29');
    expect(statementDueOn('2026-02-28')).toBe('2026-08-31');
  });

  it('gives the financial year ending in a year, whatever the year-end day', () => {
    expect(financialYearEnding(2026, { month: 3, day: 31 })).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
    });
    expect(financialYearEnding(2028, { month: 2, day: 31 })).toEqual({
      from: '2027-03-01',
      to: '2028-02-29',
    });
    expect(() => financialYearEnding(2026, { month: 13, day: 1 })).toThrow(/financialYearEndMonth/);
  });

  it('reminds one month, two weeks and one week before, and never after the due date', () => {
    expect(statementReminderDays('2026-09-30')).toEqual([
      { key: 'one_month', on: '2026-08-31' },
      { key: 'two_weeks', on: '2026-09-16' },
      { key: 'one_week', on: '2026-09-23' },
    ]);
    expect(remindersDue('2026-09-30', '2026-08-30')).toEqual([]);
    expect(remindersDue('2026-09-30', '2026-09-20')).toEqual(['one_month', 'two_weeks']);
    expect(remindersDue('2026-09-30', '2026-10-01')).toEqual([]);
  });

  it('always falls due after the year-end, within six months and a few days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const { to } = financialYearEnding(year, { month, day });
          const due = statementDueOn(to);
          const days = (Date.parse(due) - Date.parse(to)) / 86_400_000;
          return days >= 181 && days <= 184;
        },
      ),
    );
  });
});

describe('statementReminderKey', () => {
  it('is one key per company, year-end and reminder, with the year-end third', () => {
    const key = statementReminderKey('c1', '2026-03-31', 'two_weeks');
    expect(key).toBe('statement.due_soon:c1:2026-03-31:two_weeks');
    expect(key.split(':')[2]).toBe('2026-03-31');
    expect(statementReminderKey('c1', '2026-03-31', 'one_week')).not.toBe(key);
  });
});
