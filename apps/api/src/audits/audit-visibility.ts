import { DomainError } from '@app/domain';
import type { Audit } from '@app/persistence';
import type { AuthContext } from '../auth/auth-context';

/** Roles of the organisation that see every audit (officers plan them; executives oversee). */
const OFFICE_ROLES = new Set(['admin', 'compliance_officer', 'executive']);

export const isOfficeRole = (auth: AuthContext): boolean => OFFICE_ROLES.has(auth.role);

/**
 * The one rule for who sees an audit, as SQL over `alias` (an audits row) with the caller's
 * parameters appended to `params`. Office roles: all; auditors: audits assigned to them; supplier
 * users: their own site's audits, and an unannounced one only once its report is submitted
 * (the same rule as `canSeeAudit` below and the domain's isAuditVisibleToSupplier).
 */
export function auditVisibilitySql(auth: AuthContext, alias: string, params: unknown[]): string {
  params.push(auth.organisationId);
  const conditions = [`${alias}.organisation_id = $${params.length}`];
  if (auth.role === 'auditor') {
    params.push(auth.userId);
    conditions.push(`$${params.length}::uuid = ANY(${alias}.auditor_ids)`);
  } else if (auth.role === 'supplier') {
    params.push(auth.supplierId);
    conditions.push(
      `${alias}.supplier_id = $${params.length}`,
      `(${alias}.type <> 'unannounced' OR ${alias}.submitted_at IS NOT NULL)`,
    );
  } else if (!isOfficeRole(auth)) {
    conditions.push('false');
  }
  return conditions.join(' AND ');
}

export function canSeeAudit(auth: AuthContext, audit: Audit): boolean {
  if (audit.organisationId !== auth.organisationId) return false;
  if (isOfficeRole(auth)) return true;
  if (auth.role === 'auditor') return audit.auditorIds.includes(auth.userId);
  if (auth.role === 'supplier')
    return (
      audit.supplierId === auth.supplierId &&
      (audit.type !== 'unannounced' || audit.submittedAt !== null)
    );
  return false;
}

/** The audit, or the same 404 as for an id that never existed: nothing tells them apart. */
export function assertCanSeeAudit(auth: AuthContext, audit: Audit): Audit {
  if (!canSeeAudit(auth, audit)) throw DomainError.notFound('Audit');
  return audit;
}
