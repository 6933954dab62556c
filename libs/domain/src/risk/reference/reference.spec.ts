import { isCountryCode } from '../../reference/countries';
import { DOL_DOWNSTREAM_ROWS, DOL_GOOD_ROWS } from './dol-goods.data';
import { goodListing, listedGoods, listedInputs } from './dol-goods';
import { TIP_TIER_ROWS } from './tip-tiers.data';
import { tipPlacement, TIP_TIERS } from './tip-tiers';

describe('US TIP Report tiers, 2025 edition', () => {
  it('covers every ISO country once, with the published counts per tier', () => {
    expect(TIP_TIER_ROWS).toHaveLength(250);
    expect(new Set(TIP_TIER_ROWS.map((row) => row.iso2)).size).toBe(250);
    expect(TIP_TIER_ROWS.every((row) => isCountryCode(row.iso2))).toBe(true);
    const counts = Object.fromEntries(
      TIP_TIERS.map((tier) => [tier, TIP_TIER_ROWS.filter((row) => row.tier === tier).length]),
    );
    // 188 ranked: 33 / 106 / 25 / 20 / 4 (the report's own totals, see the extract's notes).
    expect(counts).toEqual({
      'Tier 1': 33,
      'Tier 2': 106,
      'Tier 2 Watch List': 25,
      'Tier 3': 20,
      'Special Case': 4,
    });
    expect(TIP_TIER_ROWS.every((row) => row.source.length > 0)).toBe(true);
  });

  it('gives a placement with its source, and unknown (never Tier 1) for unranked territories', () => {
    expect(tipPlacement('af')).toMatchObject({
      known: true,
      tier: 'Tier 3',
      previousTier: 'Tier 3',
    });
    expect(tipPlacement('GB')).toMatchObject({ known: true, tier: 'Tier 1' });
    expect(tipPlacement('MY')).toMatchObject({ known: true, tier: 'Tier 2' });
    expect(tipPlacement('AD')).toEqual({
      known: false,
      reason: expect.stringMatching(/not ranked .* unknown, not Tier 1/),
    });
    expect(tipPlacement('ZZ')).toMatchObject({ known: false });
  });
});

describe('US DOL List of Goods (partial extract)', () => {
  it('holds the extract with an edition and a source on every row', () => {
    expect(DOL_GOOD_ROWS).toHaveLength(471);
    expect(DOL_DOWNSTREAM_ROWS).toHaveLength(35);
    for (const row of [...DOL_GOOD_ROWS, ...DOL_DOWNSTREAM_ROWS]) {
      expect([2022, 2024]).toContain(row.edition);
      expect(row.source.length).toBeGreaterThan(0);
    }
    expect(DOL_GOOD_ROWS.every((row) => row.childLabour || row.forcedLabour)).toBe(true);
  });

  it('finds a listed pair whatever the case, and says "not in our data" for the rest', () => {
    expect(goodListing(' bricks ', 'af')).toMatchObject({
      inExtract: true,
      row: { good: 'Bricks', iso2: 'AF', forcedLabour: true, childLabour: true },
    });
    const absent = goodListing('Bricks', 'IS');
    expect(absent).toEqual({ inExtract: false, reason: expect.stringMatching(/partial/) });
    expect(listedGoods('af').map((row) => row.good)).toContain('Carpets');
    expect(listedInputs('Lithium-Ion Batteries', 'CN')[0]).toMatchObject({ inputIso2: 'CD' });
  });
});
