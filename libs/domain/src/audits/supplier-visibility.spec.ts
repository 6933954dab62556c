import type { AuditType } from './audit-vocabulary';
import { isAuditVisibleToSupplier } from './supplier-visibility';

describe('isAuditVisibleToSupplier', () => {
  it.each(['announced', 'semi_announced'] as const)('shows a %s audit once scheduled', (type) => {
    expect(isAuditVisibleToSupplier({ type, reportSubmittedAt: null })).toBe(true);
    expect(isAuditVisibleToSupplier({ type, reportSubmittedAt: new Date() })).toBe(true);
  });

  it('hides an unannounced audit until its report is submitted', () => {
    expect(isAuditVisibleToSupplier({ type: 'unannounced', reportSubmittedAt: null })).toBe(false);
    expect(
      isAuditVisibleToSupplier({
        type: 'unannounced',
        reportSubmittedAt: new Date('2026-03-02T10:00:00Z'),
      }),
    ).toBe(true);
    expect(
      isAuditVisibleToSupplier({ type: 'unannounced', reportSubmittedAt: '2026-03-02T10:00:00Z' }),
    ).toBe(true);
  });

  it('fails closed on a type it does not know', () => {
    const type = 'surprise' as AuditType;
    expect(isAuditVisibleToSupplier({ type, reportSubmittedAt: null })).toBe(false);
    const missing = undefined as unknown as null;
    expect(isAuditVisibleToSupplier({ type: 'unannounced', reportSubmittedAt: missing })).toBe(
      false,
    );
  });
});
