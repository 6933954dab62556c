import type { FxRate } from '../money/money';
import { feeInMonthsOfWages, isFeeCategory, type FeeCategory } from './fees';

/** How a fee burden was worked out: the rates used, so the figure can be traced and reproduced. */
export interface FeeBurden {
  computedOn: string;
  totalInWageCurrencyMinor: number | null;
  ratesUsed: FxRate[];
  /** Why the months are unknown, e.g. "no EUR→VND exchange rate on or before 2026-11-23". */
  unknownBecause: string | null;
}

/**
 * What an agency's fees cost a worker, in months of the destination wage, with the exchange rates
 * used. Unknown (fees not recorded, or a missing rate) stays unknown, with the reason: never zero.
 */
export function computeFeeBurden(
  fees: ReadonlyArray<{ category: string; amountMinor: number; currency: string }> | null,
  wage: { monthlyWageMinor: number; wageCurrency: string },
  rates: readonly FxRate[],
  onDate: string,
): { feeMonths: string | null; feeBurden: FeeBurden } {
  if (fees === null)
    return unknown('the fees this agency charges workers are not recorded', onDate);
  const result = feeInMonthsOfWages({
    fees: fees
      .filter((fee) => isFeeCategory(fee.category))
      .map((fee) => ({
        category: fee.category as FeeCategory,
        amountMinor: BigInt(fee.amountMinor),
        currency: fee.currency,
      })),
    monthlyWage: { amountMinor: BigInt(wage.monthlyWageMinor), currency: wage.wageCurrency },
    rates,
    onDate,
  });
  if ('error' in result)
    return unknown(
      result.error === 'missing_rate'
        ? `no ${result.from}→${result.to} exchange rate on or before ${onDate}; add one under /fx-rates`
        : result.message,
      onDate,
    );
  return {
    feeMonths: result.months.toFixed(2),
    feeBurden: {
      computedOn: onDate,
      totalInWageCurrencyMinor: Number(result.totalInWageCurrencyMinor),
      ratesUsed: result.ratesUsed.map((rate) => ({ ...rate })),
      unknownBecause: null,
    },
  };
}

function unknown(
  unknownBecause: string,
  onDate: string,
): { feeMonths: null; feeBurden: FeeBurden } {
  return {
    feeMonths: null,
    feeBurden: {
      computedOn: onDate,
      totalInWageCurrencyMinor: null,
      ratesUsed: [],
      unknownBecause,
    },
  };
}
