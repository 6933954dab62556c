import { feeInMonthsOfWages, FxRate, isFeeCategory } from '@app/domain';
import type {
  AgencyEngagement,
  FeeBurden,
  FxRateRecord,
  RecruitmentAgency,
} from '@app/persistence';

export const toFxRate = (record: FxRateRecord): FxRate => ({
  base: record.base,
  quote: record.quote,
  rate: record.rate.replace(/\.?0+$/, ''),
  validOn: record.validOn,
  source: record.source,
});

/**
 * What the agency's fees cost a worker at this site, in months of the destination wage, with the
 * exchange rates used. Unknown (a missing rate) stays unknown, with the reason: never zero.
 */
export function computeFeeBurden(
  agency: Pick<RecruitmentAgency, 'feesChargedToWorkers'>,
  engagement: Pick<AgencyEngagement, 'monthlyWageMinor' | 'wageCurrency'>,
  rates: FxRate[],
  onDate: string,
): { feeMonths: string | null; feeBurden: FeeBurden } {
  const result = feeInMonthsOfWages({
    fees: agency.feesChargedToWorkers
      .filter((fee) => isFeeCategory(fee.category))
      .map((fee) => ({
        category: fee.category as never,
        amountMinor: BigInt(fee.amountMinor),
        currency: fee.currency,
      })),
    monthlyWage: {
      amountMinor: BigInt(engagement.monthlyWageMinor),
      currency: engagement.wageCurrency,
    },
    rates,
    onDate,
  });
  if ('error' in result) {
    const unknownBecause =
      result.error === 'missing_rate'
        ? `no ${result.from}→${result.to} exchange rate on or before ${onDate}; add one under /fx-rates`
        : result.message;
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

export const today = (): string => new Date().toISOString().slice(0, 10);
