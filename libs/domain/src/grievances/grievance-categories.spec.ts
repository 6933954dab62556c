import fc from 'fast-check';
import { ILO_INDICATORS } from '../risk/indicators';
import {
  GRIEVANCE_CATEGORIES,
  grievanceCategoryIndicators,
  grievanceCategoryLabel,
  isGrievanceCategory,
} from './grievance-categories';

describe('grievance categories', () => {
  const codes = GRIEVANCE_CATEGORIES.map((category) => category.code);

  it('has one category per ILO indicator, in the ILO order, then the three others', () => {
    expect(codes).toEqual([
      ...ILO_INDICATORS.map((indicator) => indicator.code),
      'health_and_safety',
      'discrimination',
      'other',
    ]);
    expect(codes).toHaveLength(14);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('maps each ILO category to its own indicator and the others to none', () => {
    for (const { code, indicators } of GRIEVANCE_CATEGORIES) {
      if (ILO_INDICATORS.some((indicator) => indicator.code === code))
        expect(indicators).toEqual([code]);
      else expect(indicators).toEqual([]);
      expect(grievanceCategoryIndicators(code)).toEqual(indicators);
    }
  });

  it('labels categories in plain words a worker would use, not the ILO names', () => {
    expect(grievanceCategoryLabel('retention_of_documents')).toBe(
      'My passport or ID is kept from me',
    );
    for (const { code, label } of GRIEVANCE_CATEGORIES) {
      expect(label.trim()).toBe(label);
      expect(label.length).toBeGreaterThan(5);
      expect(grievanceCategoryLabel(code)).toBe(label);
      const iloName = ILO_INDICATORS.find((indicator) => indicator.code === code)?.name;
      if (iloName) expect(label).not.toBe(iloName);
    }
    expect(new Set(GRIEVANCE_CATEGORIES.map((c) => c.label)).size).toBe(codes.length);
  });

  it('guards codes', () => {
    for (const code of codes) expect(isGrievanceCategory(code)).toBe(true);
    for (const value of ['', 'Other', 'deception ', 'forced_labour', null, undefined, 3, {}])
      expect(isGrievanceCategory(value)).toBe(false);
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(isGrievanceCategory(value)).toBe(codes.includes(value as never));
      }),
    );
  });
});
