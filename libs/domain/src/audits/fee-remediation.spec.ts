import fc from 'fast-check';
import { DomainError } from '../domain-error';
import type { AuditFindingInput } from './audit-report';
import {
  checkRepayment,
  isSettled,
  outstanding,
  owedFromFinding,
  summariseRemediations,
  type FeeRemediationState,
  type RemediationRow,
} from './fee-remediation';
import type { Money } from './money-input';

const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const TODAY = '2026-03-02';

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid');
    return (error as DomainError).fields;
  }
  throw new Error('expected the repayment to be rejected');
}

describe('outstanding and isSettled', () => {
  it('subtracts what was repaid', () => {
    const state = { owed: usd(480_000), repaid: [usd(100_000), usd(80_000)] };
    expect(outstanding(state)).toEqual(usd(300_000));
    expect(isSettled(state)).toBe(false);
    expect(isSettled({ owed: usd(480_000), repaid: [usd(480_000)] })).toBe(true);
    expect(outstanding({ owed: usd(0), repaid: [] })).toEqual(usd(0));
  });

  it('never goes negative when what was owed is corrected downwards', () => {
    expect(outstanding({ owed: usd(100), repaid: [usd(150)] })).toEqual(usd(0));
  });

  it('refuses a repayment in another currency as corrupt state', () => {
    const state = { owed: usd(100), repaid: [{ amountMinor: 10, currency: 'EUR' }] };
    expect(() => outstanding(state)).toThrow(expect.objectContaining({ code: 'invalid_state' }));
  });
});

describe('checkRepayment', () => {
  const state: FeeRemediationState = { owed: usd(480_000), repaid: [usd(80_000)] };

  it('returns the repayment clean', () => {
    expect(
      checkRepayment(state, { amountMinor: 400_000, currency: 'USD' }, '2026-03-02', TODAY),
    ).toEqual({
      amount: usd(400_000),
      paidOn: '2026-03-02',
    });
  });

  it('refuses more than is outstanding, naming the balance', () => {
    expect(problemsOf(() => checkRepayment(state, usd(400_001), '2026-03-01', TODAY))).toEqual([
      {
        field: 'amount.amountMinor',
        message: 'must not exceed the outstanding balance of USD 4,000.00',
      },
    ]);
    const settled = { owed: usd(100), repaid: [usd(100)] };
    expect(
      problemsOf(() => checkRepayment(settled, usd(1), '2026-03-01', TODAY))[0].message,
    ).toMatch(/nothing is outstanding/);
  });

  it('formats the balance in the currency’s own minor units', () => {
    const jpy = { owed: { amountMinor: 150_000, currency: 'JPY' }, repaid: [] };
    expect(
      problemsOf(() =>
        checkRepayment(jpy, { amountMinor: 150_001, currency: 'JPY' }, TODAY, TODAY),
      )[0].message,
    ).toBe('must not exceed the outstanding balance of JPY 150,000');
  });

  it('refuses another currency, zero, and malformed amounts', () => {
    expect(
      problemsOf(() => checkRepayment(state, { amountMinor: 100, currency: 'MYR' }, TODAY, TODAY)),
    ).toEqual([{ field: 'amount.currency', message: expect.stringContaining('must be USD') }]);
    expect(problemsOf(() => checkRepayment(state, usd(0), TODAY, TODAY))).toEqual([
      { field: 'amount.amountMinor', message: 'must be greater than zero' },
    ]);
    expect(
      problemsOf(() =>
        checkRepayment(state, { amountMinor: '100', currency: 'usd' }, TODAY, TODAY),
      ).map((problem) => problem.field),
    ).toEqual(['amount.amountMinor', 'amount.currency']);
    expect(problemsOf(() => checkRepayment(state, 100, TODAY, TODAY))).toEqual([
      { field: 'amount', message: 'must be an object with amountMinor and currency' },
    ]);
    expect(
      problemsOf(() => checkRepayment(state, { amountMinor: -5, currency: 'USD' }, TODAY, TODAY))[0]
        .field,
    ).toBe('amount.amountMinor');
  });

  it('needs a real day, not in the future', () => {
    for (const paidOn of ['2026-02-30', '02/03/2026', null, 20260302])
      expect(problemsOf(() => checkRepayment(state, usd(1), paidOn, TODAY))).toEqual([
        { field: 'paidOn', message: 'must be a date written YYYY-MM-DD' },
      ]);
    expect(problemsOf(() => checkRepayment(state, usd(1), '2026-03-03', TODAY))).toEqual([
      { field: 'paidOn', message: 'must not be in the future' },
    ]);
  });

  it('reports amount and date problems together', () => {
    expect(
      problemsOf(() => checkRepayment(state, usd(0), '2030-01-01', TODAY)).map((p) => p.field),
    ).toEqual(['amount.amountMinor', 'paidOn']);
  });

  it('refuses a malformed today (a caller bug, not user input)', () => {
    expect(() => checkRepayment(state, usd(1), TODAY, 'today')).toThrow(/today/);
  });

  it('accepted repayments never overpay, and settle exactly when they add up to what is owed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { maxLength: 20 }),
        (owed, attempts) => {
          const state: FeeRemediationState = { owed: usd(owed), repaid: [] };
          for (const attempt of attempts) {
            const before = outstanding(state).amountMinor;
            try {
              const { amount } = checkRepayment(state, usd(attempt), TODAY, TODAY);
              expect(attempt).toBeGreaterThan(0);
              expect(attempt).toBeLessThanOrEqual(before);
              state.repaid.push(amount);
            } catch (error) {
              expect((error as DomainError).code).toBe('invalid');
              expect(attempt === 0 || attempt > before).toBe(true);
            }
            const repaid = state.repaid.reduce((total, payment) => total + payment.amountMinor, 0);
            expect(outstanding(state).amountMinor + repaid).toBe(owed);
            expect(isSettled(state)).toBe(repaid === owed);
          }
        },
      ),
    );
  });

  it('paying the whole outstanding balance always settles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (owed, share) => {
          // Leave something outstanding: at least one minor unit.
          const first = Math.min(owed - 1, Math.floor(owed * share));
          const state: FeeRemediationState = {
            owed: usd(owed),
            repaid: first > 0 ? [usd(first)] : [],
          };
          const { amount } = checkRepayment(state, outstanding(state), TODAY, TODAY);
          expect(isSettled({ ...state, repaid: [...state.repaid, amount] })).toBe(true);
        },
      ),
    );
  });
});

describe('owedFromFinding', () => {
  const finding = (changes: Partial<AuditFindingInput>): AuditFindingInput => ({
    category: 'recruitment_fees',
    indicators: ['debt_bondage'],
    severity: 'critical',
    description: 'Fees paid to the agency',
    workersAffected: 40,
    feesPaid: usd(4_800_000),
    evidenceFileIds: [],
    ...changes,
  });

  it('owes the total fees paid, not fees × workers', () => {
    expect(owedFromFinding(finding({}))).toEqual(usd(4_800_000));
  });

  it('owes nothing for other findings or without fees', () => {
    expect(owedFromFinding(finding({ feesPaid: null }))).toBeNull();
    expect(owedFromFinding(finding({ category: 'wages', feesPaid: usd(1) }))).toBeNull();
  });

  it('returns a copy', () => {
    const source = finding({});
    const owed = owedFromFinding(source) as Money;
    owed.amountMinor = 1;
    expect(source.feesPaid?.amountMinor).toBe(4_800_000);
  });
});

describe('summariseRemediations', () => {
  const period = { from: '2025-01-01', to: '2025-12-31' };
  const row = (
    owed: Money,
    repayments: Array<[number, string]>,
    workersAffected: number,
  ): RemediationRow => ({
    owed,
    repayments: repayments.map(([amountMinor, paidOn]) => ({
      amount: { amountMinor, currency: owed.currency },
      paidOn,
    })),
    workersAffected,
  });

  it('totals per currency, sorted, with the period’s repayments apart', () => {
    const myr = (amountMinor: number): Money => ({ amountMinor, currency: 'MYR' });
    expect(
      summariseRemediations(
        [
          row(
            usd(100_000),
            [
              [40_000, '2024-12-31'],
              [60_000, '2025-01-01'],
            ],
            10,
          ),
          row(
            myr(500_000),
            [
              [100_000, '2025-12-31'],
              [50_000, '2026-01-01'],
            ],
            25,
          ),
          row(usd(30_000), [], 3),
        ],
        period,
      ),
    ).toEqual([
      {
        currency: 'MYR',
        owed: myr(500_000),
        repaid: myr(150_000),
        repaidInPeriod: myr(100_000),
        outstanding: myr(350_000),
        workersAffected: 25,
        open: 1,
        closed: 0,
      },
      {
        currency: 'USD',
        owed: usd(130_000),
        repaid: usd(100_000),
        repaidInPeriod: usd(60_000),
        outstanding: usd(30_000),
        workersAffected: 13,
        open: 1,
        closed: 1,
      },
    ]);
  });

  it('is empty without rows', () => {
    expect(summariseRemediations([], period)).toEqual([]);
  });

  it('refuses a malformed or reversed period', () => {
    expect(() => summariseRemediations([], { from: '2025-13-01', to: '2025-12-31' })).toThrow(
      DomainError,
    );
    expect(() => summariseRemediations([], { from: '2025-12-31', to: '2025-01-01' })).toThrow(
      /before/,
    );
  });

  it('adds up: owed = repaid + outstanding, period ⊆ all time, open + closed = rows', () => {
    const day = fc
      .date({
        min: new Date('2023-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const rowArb = fc
      .record({
        currency: fc.constantFrom('USD', 'MYR', 'THB'),
        owed: fc.integer({ min: 0, max: 10 ** 12 }),
        shares: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), day), {
          maxLength: 5,
        }),
        workers: fc.integer({ min: 1, max: 1000 }),
      })
      .map(({ currency, owed, shares, workers }) => {
        // Repayments as checkRepayment would allow them: each within what is left.
        let left = owed;
        const repayments = shares.map(([share, paidOn]) => {
          const amountMinor = Math.floor(left * share);
          left -= amountMinor;
          return { amount: { amountMinor, currency }, paidOn };
        });
        return { owed: { amountMinor: owed, currency }, repayments, workersAffected: workers };
      });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), (rows) => {
        const summary = summariseRemediations(rows, period);
        expect(summary.map((line) => line.currency)).toEqual(
          [...new Set(rows.map((r) => r.owed.currency))].sort(),
        );
        for (const line of summary) {
          const mine = rows.filter((r) => r.owed.currency === line.currency);
          expect(line.owed.amountMinor).toBe(
            line.repaid.amountMinor + line.outstanding.amountMinor,
          );
          expect(line.repaidInPeriod.amountMinor).toBeLessThanOrEqual(line.repaid.amountMinor);
          expect(line.open + line.closed).toBe(mine.length);
          expect(line.workersAffected).toBe(
            mine.reduce((total, r) => total + r.workersAffected, 0),
          );
        }
      }),
    );
  });

  it('refuses totals beyond safe integers rather than rounding them', () => {
    const huge = row(usd(Number.MAX_SAFE_INTEGER), [], 1);
    expect(() => summariseRemediations([huge, huge], period)).toThrow(RangeError);
  });
});
