import { countriesRankedBelowHighRisk } from './high-risk-countries';
import { BUILT_IN_EDITIONS, buildRiskReference } from './reference-set';

describe('countriesRankedBelowHighRisk', () => {
  const lower = new Set(countriesRankedBelowHighRisk(buildRiskReference(BUILT_IN_EDITIONS)));
  const reference = buildRiskReference(BUILT_IN_EDITIONS);

  it('keeps Tier 1 and Tier 2 countries only', () => {
    for (const country of lower)
      expect(['Tier 1', 'Tier 2']).toContain(reference.tipByCountry.get(country)?.tier);
  });

  it('never lists a Tier 3, Watch List or unranked country', () => {
    const high = [...reference.tipByCountry.values()].filter(
      (row) => row.tier === null || !['Tier 1', 'Tier 2'].includes(row.tier),
    );
    expect(high.length).toBeGreaterThan(10);
    for (const row of high) expect(lower.has(row.iso2)).toBe(false);
  });
});
