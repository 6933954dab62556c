import { isCurrencyCode } from '../reference/currencies';
import { convertMinor, divideRoundHalfUp, findRate, type FxRate } from '../money/money';

/**
 * Fees and costs a worker paid to get a job. Under ILO C181 art. 7 and the Employer Pays Principle
 * none of them should be borne by the worker, so every category counts towards the total.
 *
 * Categories and wording: ILO, "General principles and operational guidelines for fair recruitment
 * and Definition of recruitment fees and related costs", Geneva, 2019.
 */
export const FEE_CATEGORIES = [
  'recruitment_service',
  'travel',
  'documents',
  'medical',
  'training',
  'other',
] as const;
export type FeeCategory = (typeof FEE_CATEGORIES)[number];

export const FEE_CATEGORY_DESCRIPTIONS: Readonly<Record<FeeCategory, string>> = {
  recruitment_service:
    'Recruitment fees: payments for recruitment services by a labour recruiter, public or private — advertising, matching, referral, placement, selection and processing of the application.',
  travel:
    'Travel and lodging costs of recruitment or placement, including in the origin country, transit and to the workplace in the destination country.',
  documents:
    'Administrative costs: application and service fees for visas, work and residence permits, passports, identity documents and the certification or legalisation of documents.',
  medical: 'Medical costs: medical examinations, tests and vaccinations, and insurance costs.',
  training:
    'Skills and qualification tests, training and orientation (including pre-departure orientation), and equipment required for the job.',
  other:
    'Any other fee or related cost charged to the worker in connection with recruitment that does not fit the categories above.',
};

export function isFeeCategory(value: unknown): value is FeeCategory {
  return typeof value === 'string' && (FEE_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Some buyers cap what a migrant worker may have paid at one month's wages and require
 * repayment of anything above (ICAT, "Preventing trafficking in persons by addressing demand",
 * 2014, §2.3 — seed 003). It is a buyer policy, not the norm: the norm is zero fees.
 */
export const BUYER_FEE_CAP_MONTHS_OF_WAGES = 1;
export const BUYER_FEE_CAP_SOURCE =
  'ICAT, "Preventing trafficking in persons by addressing demand", 2014, section 2.3 (seed 003)';

export interface WorkerFee {
  readonly category: FeeCategory;
  readonly amountMinor: bigint;
  readonly currency: string;
}

export interface FeeMonthsInput {
  readonly fees: readonly WorkerFee[];
  /** Monthly wage in the destination job: the denominator of the measure (docs/domain.md §3). */
  readonly monthlyWage: { readonly amountMinor: bigint; readonly currency: string };
  readonly rates: readonly FxRate[];
  /** ISO date of the fees' payment (or assessment); picks the exchange rate. */
  readonly onDate: string;
}

export interface FeeMonths {
  /** Fees as months of wages, rounded half-up to 2 decimals (display and risk input). */
  readonly months: number;
  readonly totalInWageCurrencyMinor: bigint;
  /** Every rate applied, once each, so the figure can be explained and reproduced. */
  readonly ratesUsed: FxRate[];
}

export type FeeMonthsError =
  | { readonly error: 'missing_rate'; readonly from: string; readonly to: string }
  | { readonly error: 'invalid_wage'; readonly message: string }
  | { readonly error: 'invalid_fee'; readonly index: number; readonly message: string };

/**
 * Fees paid by the worker ÷ monthly wage. Fees are summed per currency first and each sum is
 * converted once, so there is one rounding per currency rather than per fee, and the total grows
 * monotonically with every fee added (more fees never lower the figure).
 */
export function feeInMonthsOfWages(input: FeeMonthsInput): FeeMonths | FeeMonthsError {
  const wage = input.monthlyWage;
  if (!isCurrencyCode(wage.currency)) {
    return { error: 'invalid_wage', message: `unknown currency ${wage.currency}` };
  }
  if (wage.amountMinor <= 0n) {
    // A zero wage would make any fee infinite months; it means the wage is unknown, not free work.
    return { error: 'invalid_wage', message: 'monthly wage must be greater than zero' };
  }

  const sums = new Map<string, bigint>();
  for (const [index, fee] of input.fees.entries()) {
    if (!isCurrencyCode(fee.currency)) {
      return { error: 'invalid_fee', index, message: `unknown currency ${fee.currency}` };
    }
    if (fee.amountMinor < 0n) {
      return { error: 'invalid_fee', index, message: 'amount must not be negative' };
    }
    sums.set(fee.currency, (sums.get(fee.currency) ?? 0n) + fee.amountMinor);
  }

  let total = 0n;
  const ratesUsed: FxRate[] = [];
  for (const [currency, sum] of sums) {
    if (currency === wage.currency) {
      total += sum;
      continue;
    }
    const rate = findRate(input.rates, currency, wage.currency, input.onDate);
    if (rate === null) return { error: 'missing_rate', from: currency, to: wage.currency };
    if (!ratesUsed.includes(rate)) ratesUsed.push(rate);
    total += convertMinor(sum, currency, wage.currency, rate);
  }

  const hundredths = divideRoundHalfUp(total * 100n, wage.amountMinor);
  return { months: Number(hundredths) / 100, totalInWageCurrencyMinor: total, ratesUsed };
}
