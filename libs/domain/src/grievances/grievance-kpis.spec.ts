import fc from 'fast-check';
import { DomainError } from '../domain-error';
import { GRIEVANCE_CATEGORIES, GrievanceCategory } from './grievance-categories';
import { GRIEVANCE_OUTCOMES, GrievanceOutcome } from './grievance-case';
import { GrievanceKpiRow, grievanceKpis } from './grievance-kpis';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const row = (fields: Partial<GrievanceKpiRow> & { receivedOn: string }): GrievanceKpiRow => ({
  category: 'other',
  acknowledgedOn: null,
  closedOn: null,
  outcome: null,
  ...fields,
});

describe('grievanceKpis', () => {
  it('is all zeros and a null median with no grievances', () => {
    expect(grievanceKpis([], YEAR)).toEqual({
      received: 0,
      acknowledgedInTime: 0,
      acknowledgedLate: 0,
      notYetAcknowledged: 0,
      resolved: 0,
      substantiated: 0,
      medianDaysToResolve: null,
      byCategory: [],
    });
  });

  it('counts the cases received in the period, both ends included', () => {
    const kpis = grievanceKpis(
      [
        row({ receivedOn: '2025-12-31' }),
        row({ receivedOn: '2026-01-01' }),
        row({ receivedOn: '2026-12-31' }),
        row({ receivedOn: '2027-01-01' }),
      ],
      YEAR,
    );
    expect(kpis.received).toBe(2);
  });

  it('splits acknowledgement into in time (7 days), late and not yet', () => {
    const kpis = grievanceKpis(
      [
        row({ receivedOn: '2026-03-01', acknowledgedOn: '2026-03-01' }),
        row({ receivedOn: '2026-03-01', acknowledgedOn: '2026-03-08' }),
        row({ receivedOn: '2026-03-01', acknowledgedOn: '2026-03-09' }),
        row({ receivedOn: '2026-03-01' }),
      ],
      YEAR,
    );
    expect(kpis).toMatchObject({
      acknowledgedInTime: 2,
      acknowledgedLate: 1,
      notYetAcknowledged: 1,
    });
  });

  it('counts resolved (closed) and substantiated (fully or partly), by category', () => {
    const kpis = grievanceKpis(
      [
        row({
          category: 'withholding_of_wages',
          receivedOn: '2026-02-01',
          acknowledgedOn: '2026-02-02',
          closedOn: '2026-02-11',
          outcome: 'substantiated',
        }),
        row({
          category: 'withholding_of_wages',
          receivedOn: '2026-02-01',
          acknowledgedOn: '2026-02-02',
          outcome: 'partly_substantiated',
        }),
        row({
          category: 'deception',
          receivedOn: '2026-02-01',
          acknowledgedOn: '2026-02-02',
          closedOn: '2026-03-03',
          outcome: 'not_substantiated',
        }),
        row({ category: 'other', receivedOn: '2026-05-01' }),
      ],
      YEAR,
    );
    expect(kpis.resolved).toBe(2);
    expect(kpis.substantiated).toBe(2);
    expect(kpis.medianDaysToResolve).toBe(20); // 10 and 30 days
    expect(kpis.byCategory).toEqual([
      { category: 'deception', received: 1, resolved: 1, substantiated: 0 },
      { category: 'other', received: 1, resolved: 0, substantiated: 0 },
      { category: 'withholding_of_wages', received: 2, resolved: 1, substantiated: 2 },
    ]);
  });

  it('takes the middle value for an odd count and rounds the mean of the middle two to 1 decimal', () => {
    const closedAfter = (days: number[]) =>
      days.map((d) =>
        row({
          receivedOn: '2026-01-01',
          closedOn: new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10),
        }),
      );
    expect(grievanceKpis(closedAfter([30, 2, 7]), YEAR).medianDaysToResolve).toBe(7);
    expect(grievanceKpis(closedAfter([1, 2, 100, 3]), YEAR).medianDaysToResolve).toBe(2.5);
    expect(grievanceKpis(closedAfter([0]), YEAR).medianDaysToResolve).toBe(0);
    // Across a daylight-saving change and a leap day, days are still whole days.
    expect(
      grievanceKpis([row({ receivedOn: '2024-02-28', closedOn: '2024-03-31' })], {
        from: '2024-01-01',
        to: '2024-12-31',
      }).medianDaysToResolve,
    ).toBe(32);
  });

  it('checks the period', () => {
    const fields = (period: { from: string; to: string }) => {
      try {
        grievanceKpis([], period);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('invalid');
        return (error as DomainError).fields.map((f) => f.field);
      }
      throw new Error('expected a DomainError');
    };
    expect(fields({ from: '2026-13-01', to: '2026-12-31' })).toEqual(['from']);
    expect(fields({ from: '2026-01-01', to: '31/12/2026' })).toEqual(['to']);
    expect(fields({ from: '', to: '' })).toEqual(['from', 'to']);
    expect(fields({ from: '2026-02-01', to: '2026-01-31' })).toEqual(['to']);
    expect(grievanceKpis([], { from: '2026-02-01', to: '2026-02-01' }).received).toBe(0);
  });

  describe('properties', () => {
    const categories = GRIEVANCE_CATEGORIES.map((c) => c.code);
    const outcomes = GRIEVANCE_OUTCOMES.map((o) => o.code);
    const dayOffset = (base: string, days: number) =>
      new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const arbRow = fc
      .record({
        category: fc.constantFrom<GrievanceCategory>(...categories),
        received: fc.integer({ min: -60, max: 425 }),
        ack: fc.option(fc.integer({ min: 0, max: 30 })),
        close: fc.option(fc.integer({ min: 0, max: 200 })),
        outcome: fc.option(fc.constantFrom<GrievanceOutcome>(...outcomes)),
      })
      .map(({ category, received, ack, close, outcome }): GrievanceKpiRow => ({
        category,
        receivedOn: dayOffset('2026-01-01', received),
        acknowledgedOn: ack === null ? null : dayOffset('2026-01-01', received + ack),
        closedOn: close === null ? null : dayOffset('2026-01-01', received + close),
        outcome,
      }));

    it('adds up', () => {
      fc.assert(
        fc.property(fc.array(arbRow, { maxLength: 60 }), (rows) => {
          const kpis = grievanceKpis(rows, YEAR);
          const inPeriod = rows.filter((r) => r.receivedOn >= YEAR.from && r.receivedOn <= YEAR.to);
          expect(kpis.received).toBe(inPeriod.length);
          expect(kpis.acknowledgedInTime + kpis.acknowledgedLate + kpis.notYetAcknowledged).toBe(
            kpis.received,
          );
          const sum = (key: 'received' | 'resolved' | 'substantiated') =>
            kpis.byCategory.reduce((total, c) => total + c[key], 0);
          expect(sum('received')).toBe(kpis.received);
          expect(sum('resolved')).toBe(kpis.resolved);
          expect(sum('substantiated')).toBe(kpis.substantiated);
          const codes = kpis.byCategory.map((c) => c.category);
          expect(codes).toEqual([...codes].sort());
          expect(kpis.byCategory.every((c) => c.received > 0)).toBe(true);
          expect(kpis.resolved).toBeLessThanOrEqual(kpis.received);
          if (kpis.resolved === 0) expect(kpis.medianDaysToResolve).toBeNull();
          else {
            const days = inPeriod
              .filter((r) => r.closedOn !== null)
              .map(
                (r) => (Date.parse(r.closedOn as string) - Date.parse(r.receivedOn)) / 86_400_000,
              );
            expect(kpis.medianDaysToResolve).toBeGreaterThanOrEqual(Math.min(...days));
            expect(kpis.medianDaysToResolve).toBeLessThanOrEqual(Math.max(...days));
            expect(Number.isInteger((kpis.medianDaysToResolve as number) * 2)).toBe(true);
          }
        }),
      );
    });

    it('does not depend on the order of the rows', () => {
      fc.assert(
        fc.property(fc.array(arbRow, { maxLength: 30 }), fc.infiniteStream(fc.nat()), (rows, s) => {
          const shuffled = [...rows];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (s.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
          }
          expect(grievanceKpis(shuffled, YEAR)).toEqual(grievanceKpis(rows, YEAR));
        }),
      );
    });
  });
});
