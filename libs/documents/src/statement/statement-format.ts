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

/** What a statement prints where a value is not known. */
export const EM_DASH = '—';

/** An empty cell or figure prints as a dash, never as blank or "null". */
export const orDash = (value: string | null | undefined): string =>
  value === null || value === undefined || value.trim() === '' ? EM_DASH : value;

/** A column of numbers (or dashes) is right-aligned, in the PDF and the HTML alike. */
export const isNumericCell = (text: string): boolean => /^[-+−]?[\d.,\s%]+$|^—$/.test(text.trim());

/** Every row gets exactly one cell per column: missing cells are blank, extra ones join the last. */
export function fitRow(row: readonly string[], columns: number): string[] {
  const cells = row.slice(0, columns).map((cell) => cell ?? '');
  while (cells.length < columns) cells.push('');
  if (row.length > columns) cells[columns - 1] = row.slice(columns - 1).join(' · ');
  return cells;
}

/** What the draft box says under "DRAFT — not approved". */
export function draftNote(status: string): string {
  return status === 'submitted'
    ? 'Submitted for approval. Not approved by the board and not signed: do not publish.'
    : 'Work in progress. Not approved by the board and not signed: do not publish.';
}
