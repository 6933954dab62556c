import type { FieldProblem } from '../domain-error';
import { isCurrencyCode } from '../reference/currencies';

/**
 * Money as it travels in JSON and is stored for audits and remediation: a non-negative safe
 * integer of minor units and an ISO 4217 code. (money/money.ts computes with bigint; amounts here
 * are per finding or per repayment, far below 2^53, and JSON carries them as plain numbers.)
 */
export interface Money {
  amountMinor: number;
  currency: string;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a money object at `path`, adding every problem to `problems`; null when there is one.
 * Unknown keys are refused rather than dropped: "amount" sent for "amountMinor" must not pass as
 * a missing value silently.
 */
export function readMoney(value: unknown, path: string, problems: FieldProblem[]): Money | null {
  if (!isPlainObject(value)) {
    problems.push({ field: path, message: 'must be an object with amountMinor and currency' });
    return null;
  }
  const before = problems.length;
  for (const key of Object.keys(value))
    if (key !== 'amountMinor' && key !== 'currency')
      problems.push({ field: `${path}.${key}`, message: 'unknown field' });
  const { amountMinor, currency } = value;
  if (typeof amountMinor !== 'number' || !Number.isInteger(amountMinor))
    problems.push({
      field: `${path}.amountMinor`,
      message: 'must be a whole number of minor units',
    });
  else if (amountMinor < 0)
    problems.push({ field: `${path}.amountMinor`, message: 'must not be negative' });
  else if (!Number.isSafeInteger(amountMinor))
    problems.push({ field: `${path}.amountMinor`, message: 'is too large' });
  if (typeof currency !== 'string' || !isCurrencyCode(currency))
    problems.push({
      field: `${path}.currency`,
      message: 'must be an ISO 4217 code in capitals, such as USD',
    });
  if (problems.length > before) return null;
  return { amountMinor: amountMinor as number, currency: currency as string };
}
