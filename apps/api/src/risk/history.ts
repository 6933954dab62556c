/**
 * Monthly history from snapshots: for each of the last $3 months (this one included), the row the
 * lateral query returns for that month's end. The lateral query sees `m.month_end`; $1 is always
 * the organisation.
 */
export function monthlyHistoryQuery(lateral: string, columns: string): string {
  return `WITH months AS (
      SELECT to_char(d, 'YYYY-MM') AS month, d + interval '1 month' AS month_end
        FROM generate_series(date_trunc('month', now()) - make_interval(months => $3::int - 1),
                             date_trunc('month', now()), interval '1 month') AS d)
    SELECT m.month, ${columns
      .split(',')
      .map((column) => `x.${column.trim()}`)
      .join(', ')}
      FROM months m LEFT JOIN LATERAL (${lateral}) x ON true
     ORDER BY m.month`;
}
