import fc from 'fast-check';
import { addDays, isCalendarDate, parseOffsetDateTime } from './calendar';

describe('isCalendarDate', () => {
  it('accepts real days only', () => {
    for (const day of ['2026-01-31', '2024-02-29', '2000-02-29', '2026-12-31'])
      expect(isCalendarDate(day)).toBe(true);
    for (const day of [
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      ' 2026-01-01',
      '2026-01-01T00:00:00Z',
      20260101,
      null,
    ])
      expect(isCalendarDate(day)).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2024-02-01', 28)).toBe('2024-02-29');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01');
  });

  it('always gives a real day, later by exactly n days', () => {
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2090-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4000 }), (from, n) => {
        const to = addDays(from, n);
        expect(isCalendarDate(to)).toBe(true);
        expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(n);
      }),
    );
  });
});

describe('parseOffsetDateTime', () => {
  it('reads date-times with Z or an offset', () => {
    expect(parseOffsetDateTime('2026-03-02T06:15:00Z')).toBe(Date.UTC(2026, 2, 2, 6, 15));
    expect(parseOffsetDateTime('2026-03-02T06:15+07:00')).toBe(Date.UTC(2026, 2, 1, 23, 15));
    expect(parseOffsetDateTime('2026-03-02T06:15:30.5-03:30')).toBe(
      Date.UTC(2026, 2, 2, 9, 45, 30, 500),
    );
  });

  it('refuses dates without offset, impossible values and other formats', () => {
    for (const text of [
      '2026-03-02T06:15:00',
      '2026-03-02',
      '2026-02-30T10:00:00Z',
      '2026-03-02T24:00:00Z',
      '2026-03-02T06:60:00Z',
      '2026-03-02T06:15:60Z',
      '2026-03-02T06:15:00+24:00',
      '2026-03-02 06:15:00Z',
      '2026-03-02t06:15:00z',
      '2026-03-02T06:15:00.1234Z',
      'yesterday',
    ])
      expect(parseOffsetDateTime(text)).toBeNull();
  });
});
