import { isSectorCode, SECTOR_TAXONOMY_VERSION, SECTORS, sectorByCode } from './sectors';

describe('sector taxonomy', () => {
  it('has between 25 and 35 sectors with unique snake_case codes', () => {
    expect(SECTORS.length).toBeGreaterThanOrEqual(25);
    expect(SECTORS.length).toBeLessThanOrEqual(35);
    const codes = SECTORS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('maps every sector to two-digit ISIC Rev.4 divisions', () => {
    for (const s of SECTORS) {
      expect(s.isicDivisions.length).toBeGreaterThan(0);
      for (const d of s.isicDivisions) expect(d).toMatch(/^\d{2}$/);
      expect(s.name.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(0);
    }
  });

  it('cites a source exactly when a forced-labour risk is noted', () => {
    for (const s of SECTORS) expect(s.riskSource !== null).toBe(s.forcedLabourRiskNoted);
  });

  it('covers the required sectors', () => {
    const required = [
      'agriculture_crops',
      'livestock',
      'fishing',
      'aquaculture',
      'forestry_logging',
      'mining_quarrying',
      'food_processing',
      'seafood_processing',
      'beverages',
      'tobacco',
      'textiles',
      'apparel_manufacturing',
      'leather_footwear',
      'wood_products',
      'paper_packaging',
      'chemicals',
      'rubber_plastics',
      'electronics_assembly',
      'machinery',
      'automotive_parts',
      'furniture',
      'construction',
      'brick_kilns',
      'logistics_warehousing',
      'shipping',
      'hospitality',
      'domestic_work',
      'cleaning_facility_services',
      'security_services',
      'recruitment_agencies',
      'other_manufacturing',
      'other_services',
    ];
    for (const code of required) expect(isSectorCode(code)).toBe(true);
  });

  it('notes the risk sectors of docs/domain.md §4 and their ISIC divisions', () => {
    const noted = (code: string) => sectorByCode(code)?.forcedLabourRiskNoted;
    for (const code of [
      'agriculture_crops',
      'fishing',
      'seafood_processing',
      'construction',
      'apparel_manufacturing',
      'domestic_work',
      'hospitality',
      'brick_kilns',
      'electronics_assembly',
      'security_services',
      'cleaning_facility_services',
    ])
      expect(noted(code)).toBe(true);
    for (const code of ['beverages', 'machinery', 'recruitment_agencies'])
      expect(noted(code)).toBe(false);
    expect(sectorByCode('fishing')?.riskSource).toMatch(/ILO.*2008/);
    expect(sectorByCode('brick_kilns')?.isicDivisions).toEqual(['23']);
    expect(sectorByCode('recruitment_agencies')?.isicDivisions).toEqual(['78']);
    expect(sectorByCode('domestic_work')?.isicDivisions).toEqual(['97']);
  });

  it('looks sectors up by code only', () => {
    expect(sectorByCode('nope')).toBeUndefined();
    expect(isSectorCode('Apparel_Manufacturing')).toBe(false);
    expect(SECTOR_TAXONOMY_VERSION).toMatch(/^\d{4}-\d{2}$/);
  });
});
