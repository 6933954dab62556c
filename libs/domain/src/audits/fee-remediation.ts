import { DomainError, type FieldProblem } from '../domain-error';
import { formatMoney } from '../money/money';
import { invalidFields } from '../questionnaires/validate-template';
import type { AuditFindingInput } from './audit-report';
import { isCalendarDate } from './calendar';
import { readMoney, type Money } from './money-input';

/**
 * Repaying recruitment fees to the workers who paid them (Employer Pays Principle, ILO C181
 * art. 7; docs/domain.md §3). A remediation owes one amount in one currency, the currency the
 * workers paid in, so repayments are never converted and nothing is lost to exchange rates.
 */
export interface FeeRemediationState {
  owed: Money;
  /** Each in the currency of `owed`. */
  repaid: Money[];
}

/**
 * Sums non-negative safe integers exactly. The total of safe terms is exact while it stays safe;
 * beyond 2^53 we refuse rather than round a debt owed to workers.
 */
function sum(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    if (!Number.isSafeInteger(total)) throw new RangeError('Money total exceeds 2^53 minor units');
  }
  return total;
}

function repaidTotal(state: FeeRemediationState): number {
  state.repaid.forEach((payment, i) => {
    if (payment.currency !== state.owed.currency)
      throw new DomainError(
        'invalid_state',
        `Repayment ${i} is in ${payment.currency}, the remediation in ${state.owed.currency}`,
      );
  });
  return sum(state.repaid.map((payment) => payment.amountMinor));
}

/**
 * What is still owed. Never negative: if what was owed is corrected downwards after repayments,
 * the workers keep the surplus and the remediation simply has nothing left to pay.
 */
export function outstanding(state: FeeRemediationState): Money {
  return {
    amountMinor: Math.max(0, state.owed.amountMinor - repaidTotal(state)),
    currency: state.owed.currency,
  };
}

export function isSettled(state: FeeRemediationState): boolean {
  return outstanding(state).amountMinor === 0;
}

/**
 * Checks a repayment about to be recorded and returns it clean. Every problem is reported at
 * once, on `amount`, `amount.amountMinor`, `amount.currency` or `paidOn`. The amount may not
 * exceed the outstanding balance: an overpayment would have to be recovered from the workers.
 */
export function checkRepayment(
  state: FeeRemediationState,
  amount: unknown,
  paidOn: unknown,
  today: string,
): { amount: Money; paidOn: string } {
  if (!isCalendarDate(today)) throw DomainError.invalid('today', 'must be a date YYYY-MM-DD');
  const problems: FieldProblem[] = [];
  const money = readMoney(amount, 'amount', problems);
  if (money !== null) {
    const balance = outstanding(state);
    if (money.currency !== balance.currency)
      problems.push({
        field: 'amount.currency',
        message: `must be ${balance.currency}, the currency the fees were paid in`,
      });
    else if (money.amountMinor === 0)
      problems.push({ field: 'amount.amountMinor', message: 'must be greater than zero' });
    else if (money.amountMinor > balance.amountMinor)
      problems.push({
        field: 'amount.amountMinor',
        message:
          balance.amountMinor === 0
            ? 'must not exceed the outstanding balance: nothing is outstanding'
            : `must not exceed the outstanding balance of ${formatMoney(BigInt(balance.amountMinor), balance.currency)}`,
      });
  }
  if (!isCalendarDate(paidOn))
    problems.push({ field: 'paidOn', message: 'must be a date written YYYY-MM-DD' });
  else if (paidOn > today) problems.push({ field: 'paidOn', message: 'must not be in the future' });
  if (problems.length > 0 || money === null || !isCalendarDate(paidOn))
    throw invalidFields('Invalid repayment', problems);
  return { amount: money, paidOn };
}

/**
 * What a recruitment_fees finding puts in remediation; null for any other finding or one
 * without fees. feesPaid is read as the TOTAL all affected workers paid, not a per-worker
 * amount: auditors reconstruct fees from recruitment records and interviews, where amounts vary
 * worker by worker, and a total is what gets repaid and reported. Multiplying a per-worker figure
 * by workersAffected would invent precision the audit does not have.
 */
export function owedFromFinding(finding: AuditFindingInput): Money | null {
  if (finding.category !== 'recruitment_fees' || finding.feesPaid === null) return null;
  return { amountMinor: finding.feesPaid.amountMinor, currency: finding.feesPaid.currency };
}

export interface RemediationRow {
  owed: Money;
  repayments: ReadonlyArray<{ amount: Money; paidOn: string }>;
  workersAffected: number;
}

export interface RemediationPeriod {
  /** First day, inclusive (YYYY-MM-DD). */
  from: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  to: string;
}

export interface RemediationSummary {
  currency: string;
  owed: Money;
  /** All repayments ever recorded: owed = repaid + outstanding unless something was overpaid. */
  repaid: Money;
  /** Repayments paid within the period: the year's effort, for the statement. */
  repaidInPeriod: Money;
  outstanding: Money;
  workersAffected: number;
  /** Remediations with something still outstanding. */
  open: number;
  /** Remediations fully repaid. */
  closed: number;
}

/**
 * Totals per currency for the annual statement, sorted by currency code. Never converted:
 * a statement says "USD 12,000.00 and MYR 40,500.00 repaid", each traceable to its records.
 */
export function summariseRemediations(
  rows: readonly RemediationRow[],
  period: RemediationPeriod,
): RemediationSummary[] {
  if (!isCalendarDate(period.from)) throw DomainError.invalid('from', 'must be a date YYYY-MM-DD');
  if (!isCalendarDate(period.to)) throw DomainError.invalid('to', 'must be a date YYYY-MM-DD');
  if (period.to < period.from) throw DomainError.invalid('to', 'must not be before from');

  const byCurrency = new Map<string, RemediationRow[]>();
  for (const row of rows) {
    const group = byCurrency.get(row.owed.currency) ?? [];
    group.push(row);
    byCurrency.set(row.owed.currency, group);
  }
  return [...byCurrency.keys()].sort().map((currency) => {
    const group = byCurrency.get(currency) ?? [];
    const states = group.map((row) => ({
      owed: row.owed,
      repaid: row.repayments.map((payment) => payment.amount),
    }));
    const inPeriod = group.flatMap((row) =>
      row.repayments.filter(
        (payment) => payment.paidOn >= period.from && payment.paidOn <= period.to,
      ),
    );
    const balances = states.map((state) => outstanding(state).amountMinor);
    const money = (amountMinor: number): Money => ({ amountMinor, currency });
    return {
      currency,
      owed: money(sum(group.map((row) => row.owed.amountMinor))),
      repaid: money(sum(states.map(repaidTotal))),
      repaidInPeriod: money(sum(inPeriod.map((payment) => payment.amount.amountMinor))),
      outstanding: money(sum(balances)),
      workersAffected: sum(group.map((row) => row.workersAffected)),
      open: balances.filter((balance) => balance > 0).length,
      closed: balances.filter((balance) => balance === 0).length,
    };
  });
}
