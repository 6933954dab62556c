import fc from 'fast-check';
import type { FxRate } from '../money/money';
import {
  BUYER_FEE_CAP_MONTHS_OF_WAGES,
  BUYER_FEE_CAP_SOURCE,
  FEE_CATEGORIES,
  FEE_CATEGORY_DESCRIPTIONS,
  feeInMonthsOfWages,
  isFeeCategory,
  type FeeCategory,
  type WorkerFee,
} from './fees';

const usdMyr: FxRate = {
  base: 'USD',
  quote: 'MYR',
  rate: '4.5',
  validOn: '2026-01-01',
  source: 'test',
};
const usdNpr: FxRate = {
  base: 'USD',
  quote: 'NPR',
  rate: '135',
  validOn: '2026-01-01',
  source: 'test',
};
const wage = { amountMinor: 180000n, currency: 'MYR' }; // MYR 1,800.00 a month

const fee = (category: FeeCategory, amountMinor: bigint, currency: string): WorkerFee => ({
  category,
  amountMinor,
  currency,
});

describe('fee categories', () => {
  it('describes every category; documents covers visas, permits, passports', () => {
    for (const c of FEE_CATEGORIES) expect(FEE_CATEGORY_DESCRIPTIONS[c].length).toBeGreaterThan(20);
    expect(FEE_CATEGORY_DESCRIPTIONS.documents).toMatch(/visas/);
    expect(FEE_CATEGORY_DESCRIPTIONS.documents).toMatch(/permits/);
    expect(FEE_CATEGORY_DESCRIPTIONS.documents).toMatch(/passports/);
    expect(isFeeCategory('travel')).toBe(true);
    expect(isFeeCategory('deposit')).toBe(false);
  });

  it('exports the one-month buyer cap with its source', () => {
    expect(BUYER_FEE_CAP_MONTHS_OF_WAGES).toBe(1);
    expect(BUYER_FEE_CAP_SOURCE).toMatch(/ICAT.*2014.*2\.3/);
  });
});

describe('feeInMonthsOfWages', () => {
  it('divides fees in the wage currency by the wage', () => {
    const result = feeInMonthsOfWages({
      fees: [fee('recruitment_service', 270000n, 'MYR'), fee('medical', 30000n, 'MYR')],
      monthlyWage: wage,
      rates: [],
      onDate: '2026-02-01',
    });
    expect(result).toEqual({ months: 1.67, totalInWageCurrencyMinor: 300000n, ratesUsed: [] });
  });

  it('converts other currencies, by the inverse rate where needed, and lists the rates used', () => {
    // USD 1,000.00 → MYR 4,500.00, plus MYR 900.00 = MYR 5,400.00 = 3 months of MYR 1,800.00
    const ok = feeInMonthsOfWages({
      fees: [fee('recruitment_service', 100000n, 'USD'), fee('travel', 90000n, 'MYR')],
      monthlyWage: wage,
      rates: [usdMyr, usdNpr],
      onDate: '2026-02-01',
    });
    expect(ok).toEqual({ months: 3, totalInWageCurrencyMinor: 540000n, ratesUsed: [usdMyr] });

    // NPR 135,000.00 ÷ 135 (table holds USD→NPR only) = USD 1,000.00 = 2 months of USD 500.00
    const inverse = feeInMonthsOfWages({
      fees: [fee('documents', 13500000n, 'NPR')],
      monthlyWage: { amountMinor: 50000n, currency: 'USD' },
      rates: [usdNpr],
      onDate: '2026-02-01',
    });
    expect(inverse).toEqual({ months: 2, totalInWageCurrencyMinor: 100000n, ratesUsed: [usdNpr] });
  });

  it('reports a missing rate instead of guessing', () => {
    expect(
      feeInMonthsOfWages({
        fees: [fee('travel', 1000n, 'NPR')],
        monthlyWage: wage,
        rates: [usdMyr, usdNpr],
        onDate: '2026-02-01',
      }),
    ).toEqual({ error: 'missing_rate', from: 'NPR', to: 'MYR' });
    expect(
      feeInMonthsOfWages({
        fees: [fee('travel', 1000n, 'USD')],
        monthlyWage: wage,
        rates: [usdMyr],
        onDate: '2025-12-31',
      }),
    ).toEqual({ error: 'missing_rate', from: 'USD', to: 'MYR' });
  });

  it('refuses a zero or negative wage and an unknown wage currency', () => {
    for (const monthlyWage of [
      { amountMinor: 0n, currency: 'MYR' },
      { amountMinor: -1n, currency: 'MYR' },
      { amountMinor: 100n, currency: 'XAU' },
    ])
      expect(
        feeInMonthsOfWages({ fees: [], monthlyWage, rates: [], onDate: '2026-01-01' }),
      ).toMatchObject({ error: 'invalid_wage' });
  });

  it('refuses negative fees and unknown fee currencies, naming the fee', () => {
    expect(
      feeInMonthsOfWages({
        fees: [fee('travel', 1n, 'MYR'), fee('other', -5n, 'MYR')],
        monthlyWage: wage,
        rates: [],
        onDate: '2026-01-01',
      }),
    ).toMatchObject({ error: 'invalid_fee', index: 1 });
    expect(
      feeInMonthsOfWages({
        fees: [fee('travel', 1n, 'ABC')],
        monthlyWage: wage,
        rates: [],
        onDate: '2026-01-01',
      }),
    ).toMatchObject({ error: 'invalid_fee', index: 0 });
  });

  it('is zero months with no fees', () => {
    expect(
      feeInMonthsOfWages({ fees: [], monthlyWage: wage, rates: [], onDate: '2026-01-01' }),
    ).toEqual({ months: 0, totalInWageCurrencyMinor: 0n, ratesUsed: [] });
  });

  it('never lowers the months when a fee is added', () => {
    const feeArb = fc.record({
      category: fc.constantFrom(...FEE_CATEGORIES),
      amountMinor: fc.bigInt({ min: 0n, max: 10n ** 9n }),
      currency: fc.constantFrom('MYR', 'USD', 'NPR'),
    });
    const rates = [usdMyr, { ...usdNpr, base: 'NPR', quote: 'MYR', rate: '0.0333' }];
    fc.assert(
      fc.property(
        fc.array(feeArb, { maxLength: 8 }),
        feeArb,
        fc.bigInt({ min: 1n, max: 10n ** 8n }),
        (fees, extra, wageMinor) => {
          const input = { monthlyWage: { amountMinor: wageMinor, currency: 'MYR' }, rates };
          const before = feeInMonthsOfWages({ ...input, fees, onDate: '2026-06-01' });
          const after = feeInMonthsOfWages({
            ...input,
            fees: [...fees, extra],
            onDate: '2026-06-01',
          });
          if ('error' in before || 'error' in after) throw new Error('unexpected error result');
          expect(after.months).toBeGreaterThanOrEqual(before.months);
          expect(after.totalInWageCurrencyMinor).toBeGreaterThanOrEqual(
            before.totalInWageCurrencyMinor,
          );
        },
      ),
    );
  });
});
