import { DomainError } from '../domain-error';
import { minorUnitDigits } from '../reference/currencies';

/**
 * Money is an integer count of minor units (cents, yen, fils) plus an ISO 4217 code; floats never
 * carry amounts. bigint because amounts in VND or IDR overflow Number's safe range quickly.
 */

/** Largest amount we accept: PostgreSQL `bigint` (int8), so a parsed value always stores. */
export const MAX_MINOR_UNITS = 2n ** 63n - 1n;

/**
 * Lenient on type, strict on value: a non-negative safe integer number, or a string of digits
 * (the only way to pass amounts beyond 2^53 without precision loss). Refuses decimals ("12.50"
 * is ambiguous: major or minor units?), exponents, signs, and anything above MAX_MINOR_UNITS.
 */
export function parseMinorUnits(value: unknown): bigint | null {
  let parsed: bigint;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) return null;
    parsed = BigInt(value);
  } else if (typeof value === 'string') {
    if (!/^[0-9]+$/.test(value)) return null;
    parsed = BigInt(value);
  } else if (typeof value === 'bigint') {
    parsed = value;
  } else {
    return null;
  }
  return parsed >= 0n && parsed <= MAX_MINOR_UNITS ? parsed : null;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 'USD 1,234.50', 'JPY 1,235', 'KWD 1.500'. Fixed English format: for reports and logs alike. */
export function formatMoney(amountMinor: bigint, currency: string): string {
  const digits = minorUnitDigits(currency);
  const negative = amountMinor < 0n;
  const abs = negative ? -amountMinor : amountMinor;
  const scale = 10n ** BigInt(digits);
  const major = groupThousands((abs / scale).toString());
  const minor = digits > 0 ? '.' + (abs % scale).toString().padStart(digits, '0') : '';
  return `${currency} ${negative ? '-' : ''}${major}${minor}`;
}

export interface FxRate {
  readonly base: string;
  readonly quote: string;
  /** Decimal string: quote units per 1 base unit (major units), e.g. '25450.5'. */
  readonly rate: string;
  /** ISO date (YYYY-MM-DD) from which the rate applies. */
  readonly validOn: string;
  /** Who published it, e.g. 'ECB reference rate'; shown beside any converted figure. */
  readonly source: string;
}

/** '25450.5' → 254505/10. A decimal string, not a float, so the rate is exactly what was published. */
function parseRate(rate: string): { num: bigint; den: bigint } {
  const match = /^([0-9]+)(?:\.([0-9]+))?$/.exec(rate);
  if (match === null) throw DomainError.invalid('rate', `is not a decimal number: ${rate}`);
  const fraction = match[2] ?? '';
  const num = BigInt(match[1] + fraction);
  if (num === 0n) throw DomainError.invalid('rate', 'must be greater than zero');
  return { num, den: 10n ** BigInt(fraction.length) };
}

/** Round num/den to the nearest integer, halves away from zero (half-up for amounts ≥ 0). */
export function divideRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) return divideRoundHalfUp(-num, -den);
  if (num < 0n) return -divideRoundHalfUp(-num, den);
  return (2n * num + den) / (2n * den);
}

/**
 * Converts with exact rational arithmetic and a single rounding at the end:
 *   to_minor = from_minor × rate × 10^digits(to) / 10^digits(from)
 * The rate may be given in either direction (a table of USD→VND also converts VND→USD, by
 * dividing instead of multiplying) so no inverse rate has to be stored or pre-rounded.
 */
export function convertMinor(amountMinor: bigint, from: string, to: string, rate: FxRate): bigint {
  const fromScale = 10n ** BigInt(minorUnitDigits(from));
  const toScale = 10n ** BigInt(minorUnitDigits(to));
  if (from === to) return amountMinor;
  const { num, den } = parseRate(rate.rate);
  if (rate.base === from && rate.quote === to) {
    return divideRoundHalfUp(amountMinor * num * toScale, den * fromScale);
  }
  if (rate.base === to && rate.quote === from) {
    return divideRoundHalfUp(amountMinor * den * toScale, num * fromScale);
  }
  throw DomainError.invalid('rate', `${rate.base}/${rate.quote} cannot convert ${from} to ${to}`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The rate to use on a date: the latest one valid on or before it, in either direction. On a tie
 * the direct direction wins, as it needs no division. Null when none applies (the caller must say
 * "missing rate", never guess). A rate whose validOn is not YYYY-MM-DD is never used.
 */
export function findRate(
  rates: readonly FxRate[],
  from: string,
  to: string,
  onDate: string,
): FxRate | null {
  if (!ISO_DATE.test(onDate)) throw DomainError.invalid('date', 'must be an ISO date YYYY-MM-DD');
  let best: FxRate | null = null;
  let bestDirect = false;
  for (const rate of rates) {
    const direct = rate.base === from && rate.quote === to;
    const inverse = rate.base === to && rate.quote === from;
    // Plain string comparison orders YYYY-MM-DD dates correctly.
    if ((!direct && !inverse) || !ISO_DATE.test(rate.validOn) || rate.validOn > onDate) continue;
    if (
      best === null ||
      rate.validOn > best.validOn ||
      (rate.validOn === best.validOn && direct && !bestDirect)
    ) {
      best = rate;
      bestDirect = direct;
    }
  }
  return best;
}
