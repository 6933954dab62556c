import { SECTORS } from '../../reference/sectors';
import { SECTOR_WEIGHT_MAX, SECTOR_WEIGHT_ROWS, SECTOR_WEIGHTS_REFERENCE } from './sector-weights';

describe('sector inherent-risk weights', () => {
  it('weighs every sector of the taxonomy exactly once', () => {
    expect(SECTOR_WEIGHT_ROWS.map((row) => row.sector).sort()).toEqual(
      SECTORS.map((sector) => sector.code).sort(),
    );
    expect(SECTOR_WEIGHTS_REFERENCE.coverage).toContain(`${SECTORS.length} sectors`);
  });

  it('gives whole weights in range, never 0: no sector is risk-free', () => {
    for (const row of SECTOR_WEIGHT_ROWS) {
      expect(Number.isInteger(row.weight)).toBe(true);
      expect(row.weight).toBeGreaterThan(0);
      expect(row.weight).toBeLessThanOrEqual(SECTOR_WEIGHT_MAX);
    }
  });

  it('gives every weight its reasoning and source, reusing the taxonomy risk source', () => {
    for (const row of SECTOR_WEIGHT_ROWS) {
      expect(row.reasoning.trim().length).toBeGreaterThan(20);
      expect(row.source.trim().length).toBeGreaterThan(0);
      const sector = SECTORS.find((s) => s.code === row.sector);
      if (sector?.riskSource) expect(row.source).toBe(sector.riskSource);
      else expect(row.source).toMatch(/^no source in docs\/domain\.md §4 names this sector/);
    }
  });

  it('weighs the sectors docs/domain.md §4 names high (14+), the others lower (4-10)', () => {
    for (const row of SECTOR_WEIGHT_ROWS) {
      const named = SECTORS.find((s) => s.code === row.sector)?.forcedLabourRiskNoted;
      if (named) expect(row.weight).toBeGreaterThanOrEqual(14);
      else {
        expect(row.weight).toBeGreaterThanOrEqual(4);
        expect(row.weight).toBeLessThanOrEqual(10);
      }
    }
    const top = SECTOR_WEIGHT_ROWS.filter((row) => row.weight === SECTOR_WEIGHT_MAX).map(
      (row) => row.sector,
    );
    expect(top.sort()).toEqual(['agriculture_crops', 'construction', 'domestic_work']);
  });
});
