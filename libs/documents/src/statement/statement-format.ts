const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "1 April 2024" from "2024-04-01", the way dates are written in a published statement. A value that
 * is not a real calendar date is printed as given rather than guessed at.
 */
export function formatLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return isoDate;
  }
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Chart numbers: grouped thousands, at most two decimals; anything not finite counts as 0. */
export function formatChartNumber(value: number): string {
  return (Number.isFinite(value) ? value : 0).toLocaleString('en-GB', {
    maximumFractionDigits: 2,
  });
}
