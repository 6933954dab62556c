/**
 * One CSV field, RFC 4180: quoted when it holds a comma, quote, or line break. A text value
 * starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a
 * spreadsheet opening the export does not run it as a formula (OWASP "CSV injection").
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(
  values: ReadonlyArray<string | number | boolean | null | undefined>,
): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
