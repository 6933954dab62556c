import { isRole, roleNeedsSupplierBinding, ROLES } from './roles';

describe('roles', () => {
  it('knows exactly the five product roles', () => {
    expect(ROLES).toEqual(['admin', 'compliance_officer', 'auditor', 'supplier', 'executive']);
    expect(isRole('admin')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('binds only supplier users to a supplier', () => {
    expect(ROLES.filter(roleNeedsSupplierBinding)).toEqual(['supplier']);
  });
});
