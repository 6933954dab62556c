/**
 * The people who use the product (see README "Who can do what"). A role is one per user; a
 * supplier user is additionally bound to one supplier site and sees only that site.
 */
export const ROLES = ['admin', 'compliance_officer', 'auditor', 'supplier', 'executive'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Only supplier users carry a supplier binding; everyone else sees the whole organisation. */
export function roleNeedsSupplierBinding(role: Role): boolean {
  return role === 'supplier';
}

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
