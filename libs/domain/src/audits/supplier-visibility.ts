import type { AuditType } from './audit-vocabulary';

/**
 * Whether a supplier user may know that an audit exists. THE single rule: every supplier-facing
 * route, list, count, export and notification must use it (or an SQL twin that says the same),
 * never a rule of its own.
 *
 * An announced or semi-announced audit is visible once scheduled: the supplier is meant to know
 * the date or the window. An unannounced audit stays invisible until its report is submitted,
 * i.e. the visit has happened and been recorded; before that even its existence would tell the
 * supplier a visit is coming, and an unannounced audit whose date leaks is worthless
 * (docs/domain.md §5).
 *
 * Fails closed: a type it does not know is treated as unannounced.
 */
export function isAuditVisibleToSupplier(audit: {
  type: AuditType;
  reportSubmittedAt: Date | string | null;
}): boolean {
  if (audit.type === 'announced' || audit.type === 'semi_announced') return true;
  return audit.reportSubmittedAt !== null && audit.reportSubmittedAt !== undefined;
}
